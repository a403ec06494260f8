"""An API client says a hold timer started, and sees one going on.

The web's desk said "Holding the button since 15:40:12 (…)" while a phone's timer ran, but a
helpdesk tool following the session through the API neither could send the start nor saw a
hold going on: its document had nothing until the hold was saved (session 71, merged-diff
review N, F8). `POST /api/sessions/{id}/holding` logs the start, as a page's script does, and
the session document's `holding` says when, where and by whom while no hold is saved.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from api_helpers import assert_problem, send, start
from test_hold_is_a_number import _timer_step

pytestmark = pytest.mark.anyio

BY_THE_HELPDESK = re.compile(r"Holding the button since \d\d:\d\d:\d\d \(timed by the helpdesk\)\.")


async def _holding(client: httpx.AsyncClient, session_id: str, **body: Any) -> httpx.Response:
    return await client.post(f"/api/sessions/{session_id}/holding", json=body)


async def test_a_hold_started_through_the_api_shows_in_the_session_until_it_is_saved(
    client: httpx.AsyncClient,
) -> None:
    session_id, step = await _timer_step(client)
    before = (await client.get(f"/api/sessions/{session_id}")).json()
    assert before["holding"] is None

    sent = await _holding(client, session_id, step=step["id"], by="helpdesk")
    assert sent.status_code == 200, sent.text
    session = sent.json()
    assert session["current"]["id"] == step["id"]  # moves no step
    assert session["history"] == before["history"]
    holding = session["holding"]
    assert holding["step"] == step["id"]
    assert holding["screen"] == "starter"  # the API started this session
    assert holding["by"] == "helpdesk"
    assert holding["timed"] is True and holding["running"] is True
    assert BY_THE_HELPDESK.fullmatch(holding["words"]), holding["words"]
    assert holding["started_at"]
    again = (await client.get(f"/api/sessions/{session_id}")).json()
    assert again["holding"] == holding

    # a desk page following the session says the same
    desk = await client.get(f"/s/{session_id}/now", headers={"Accept": "application/json"})
    assert desk.json()["holding"] == holding["words"]

    saved = await send(client, session_id, type="hold", step=step["id"], data={"seconds": 12.5})
    assert saved.status_code == 200, saved.text
    assert saved.json()["holding"] is None  # stopped: the hold itself is in the history


async def test_a_hold_started_elsewhere_names_that_screen(client: httpx.AsyncClient) -> None:
    session_id, step = await _timer_step(client)
    sent = await _holding(client, session_id, step=step["id"])
    assert sent.status_code == 200, sent.text
    holding = sent.json()["holding"]
    assert holding["by"] is None
    assert holding["words"].endswith("(timer on the screen that started the session).")


async def test_a_bad_holding_request_is_refused_saying_why(client: httpx.AsyncClient) -> None:
    session = await start(client)
    session_id, first = session["id"], session["current"]
    assert first["timer"] is None
    no_timer = await _holding(client, session_id, step=first["id"])
    problem = assert_problem(no_timer, 422)
    assert problem["type"].endswith("invalid-answer")
    assert problem["detail"] == f"step {first['id']!r} has no hold timer"

    session_id, step = await _timer_step(client)
    for body, field in (
        ({}, "step"),
        ({"step": step["id"], "by": "me"}, "by"),
        ({"step": step["id"], "seconds": 3}, "seconds"),
    ):
        refused = assert_problem(await _holding(client, session_id, **body), 422)
        assert any(error["loc"][-1] == field for error in refused["errors"]), refused
    wrong_by = assert_problem(await _holding(client, session_id, step=step["id"], by="me"), 422)
    assert 'leave it out, or send "helpdesk"' in wrong_by["detail"]

    moved = await send(client, session_id, type="done", step=step["id"])
    assert moved.status_code == 200, moved.text
    stale = assert_problem(await _holding(client, session_id, step=step["id"]), 409)
    assert stale["type"].endswith("stale-step")
    assert moved.json()["holding"] is None
    assert_problem(await _holding(client, "no-such-session", step=step["id"]), 404)
    after = (await client.get(f"/api/sessions/{session_id}")).json()
    assert after["history"] == moved.json()["history"]  # nothing refused was logged
