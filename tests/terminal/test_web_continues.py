"""A session started in the terminal carries on in the web API, and back again."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from camreset.settings import Settings
from camreset.web.app import create_app

from .conftest import BASE, Cli
from .stories import answers, plan


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def api(db_url: str) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Settings(database_url=db_url, base_url=BASE))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield client


@pytest.mark.anyio
async def test_terminal_then_web_then_terminal(
    cli: Cli, api: httpx.AsyncClient, tmp_path: Path
) -> None:
    have = "pin,original_adapter,other_outlet"
    story = answers(plan("tapo-c200", have, reset=True))
    first = tmp_path / "first.json"
    first.write_text(json.dumps(story[:3]), encoding="utf-8")
    code, records = cli.json_lines("guide", "tapo-c200", "--have", have, "--answers", str(first))
    assert code == 4
    session_id = records[-1]["session_id"]
    in_terminal = records[-2]["step"]

    got = await api.get(f"/api/sessions/{session_id}")
    assert got.status_code == 200, got.text
    session = got.json()
    assert session["current"]["id"] == in_terminal["id"]
    assert session["current"]["title"] == in_terminal["title"]
    assert [h["answer"] for h in session["history"]] == story[:3]

    sent = await api.post(
        f"/api/sessions/{session_id}/events",
        json={"type": "answer", "step": in_terminal["id"], "answer": story[3]},
    )
    assert sent.status_code == 200, sent.text
    on_web = sent.json()["current"]

    rest = tmp_path / "rest.json"
    rest.write_text(json.dumps([*story[4:], "yes"]), encoding="utf-8")
    code, resumed = cli.json_lines("guide", "--resume", session_id, "--answers", str(rest))
    assert resumed[0]["step"]["id"] == on_web["id"]
    assert code == 0
    done = (await api.get(f"/api/sessions/{session_id}")).json()
    assert done["outcome"] == "done"
    assert len(done["history"]) == len(story)
