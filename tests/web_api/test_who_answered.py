"""Who answered, as the log records it: a helpdesk tool that started the session through the
API is the screen that started it, a customer's phone is another screen, and the tool may say
it is the helpdesk (helpdesk review 70, H #1: the customer's own answers were marked as a
helper's, and the tool's answers carried no mark at all)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import assert_problem, send, start

pytestmark = pytest.mark.anyio


async def _answer(client: httpx.AsyncClient, session: dict[str, Any], **more: Any) -> Any:
    current = session["current"]
    answer = current["answers"][0]["id"]
    sent = await send(
        client, session["id"], type="answer", step=current["id"], answer=answer, **more
    )
    assert sent.status_code == 200, sent.text
    return sent.json()


async def test_the_api_that_started_a_session_is_its_starter_and_may_say_it_is_the_helpdesk(
    client: httpx.AsyncClient,
) -> None:
    session = await start(client)
    session = await _answer(client, session)
    session = await _answer(client, session, by="helpdesk")
    history = session["history"]
    assert [h["screen"] for h in history[-2:]] == ["starter", "starter"]
    assert [h["by"] for h in history[-2:]] == [None, "helpdesk"]
    text = (await client.get(f"/api/sessions/{session['id']}/report?format=txt")).text
    helped = history[-1]["answer_label"]
    assert f"{helped} (entered by the helpdesk)" in text
    assert "entered on another screen" not in text  # the tool is not "another screen"
    assert "through the API" in next(line for line in text.splitlines() if "Started" in line)
    assert "were sent by a helpdesk's program through the API, which said so" in text
    assert "a helper" not in text
    report = (await client.get(f"/api/sessions/{session['id']}/report?format=json")).json()
    assert report["steps"][-1]["screen"] == "starter" and report["steps"][-1]["by"] == "helpdesk"


async def test_a_bad_who_is_refused_with_words(client: httpx.AsyncClient) -> None:
    session = await start(client)
    current = session["current"]
    answer = current["answers"][0]["id"]
    sent = await send(
        client, session["id"], type="answer", step=current["id"], answer=answer, by="customer"
    )
    body = assert_problem(sent, 422)
    said = 'by: leave it out, or send "helpdesk" when a helpdesk sends this'
    assert body["detail"] == said  # not "by: Input should be 'helpdesk'" (review 70, N #6)
    assert body["errors"] == [{"loc": ["body", "by"], "msg": said.removeprefix("by: ")}]
