"""The terminal's JSON says a hold going on, as the API's session document does.

The session document's `holding` (app/holding_doc.py) said "Holding the button since …
(timer on another screen)." while the customer's phone timed the hold; `camreset guide
--json` and `camreset sessions --json` had no such field, so a script following the session
from a terminal saw nothing of it (session 72's leftover).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from tests.web_pages.conftest import PageClient

from camreset.kb_files import load_kb
from camreset.settings import Settings
from camreset.web.app import create_app

from .conftest import Cli
from .test_holding_seen_in_the_terminal import ELSEWHERE, TITLE
from .test_wizard_pty import TAPO_HAVE, TAPO_SUCCESS


@pytest.fixture
def phone(db_url: str) -> Iterator[PageClient]:
    client = PageClient(create_app(Settings(database_url=db_url), kb=load_kb()))
    yield client
    client.close()


def _records(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _held_elsewhere(cli: Cli, phone: PageClient) -> tuple[str, dict[str, Any]]:
    """A scripted run left at the hold step, whose timer the phone then started; the session
    id and the API session document's `holding`."""
    hold = next(i for i, s in enumerate(TAPO_SUCCESS) if s.title == TITLE)
    typed = json.dumps([s.answer for s in TAPO_SUCCESS[:hold]])
    ran = cli("guide", "tapo-c200", "--have", TAPO_HAVE, "--answers", "-", "--json", stdin=typed)
    assert ran.exit_code == 4, ran.output  # answers ran out at the hold
    records = _records(ran.output)
    assert records[-2]["step"]["title"] == TITLE and records[-2]["holding"] is None
    session_id = records[-1]["session_id"]
    step = records[-2]["step"]["id"]
    sent = phone.post(f"/api/sessions/{session_id}/holding", json={"step": step})
    assert sent.status_code == 200, sent.text
    return session_id, sent.json()["holding"]


def test_guide_json_gives_the_hold_another_screen_is_timing(db_url: str, phone: PageClient) -> None:
    cli = Cli(db_url)
    session_id, api = _held_elsewhere(cli, phone)
    ran = cli("guide", "--resume", session_id, "--answers", "-", "--json", stdin='["done"]')
    first, after = _records(ran.output)[:2]
    assert first["step"]["title"] == TITLE
    holding = first["holding"]
    assert holding == {**api, "running": holding["running"]}  # the API's shape and values
    assert holding["screen"] == "other" and holding["running"] is True
    assert ELSEWHERE.fullmatch(holding["words"]), holding["words"]
    assert after["type"] == "step" and after["holding"] is None  # answered: none on the next


def test_sessions_json_gives_the_hold_going_on(db_url: str, phone: PageClient) -> None:
    cli = Cli(db_url)
    session_id, api = _held_elsewhere(cli, phone)
    listed = cli("sessions", "--json")
    assert listed.exit_code == 0, listed.output
    (row,) = [r for r in json.loads(listed.output) if r["id"] == session_id]
    assert row["holding"]["step"] == api["step"] and row["holding"]["words"] == api["words"]
    assert row["holding"]["started_at"] == api["started_at"]
