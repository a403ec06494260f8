"""Two clients answer one step at once (helpdesk review 60, #3): the 409 says which answer was
kept, the refused answer is in the report, and the same answer sent twice is no error."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from api_helpers import assert_problem, send, start

pytestmark = pytest.mark.anyio


def _label(step: dict[str, Any], answer: str) -> str:
    return next(str(a["label"]) for a in step["answers"] if a["id"] == answer)


async def test_the_409_of_a_second_answer_to_the_same_step_names_the_answer_kept(
    client: httpx.AsyncClient,
) -> None:
    """It said only "the current step is '…'": an agent's tool could not tell the customer's
    "No" from its own "Yes", nor say which one the session now goes on from."""
    session = await start(client)
    step = session["current"]
    first = await send(client, session["id"], type="answer", step=step["id"], answer="cant")
    assert first.status_code == 200, first.text
    late = await send(client, session["id"], type="answer", step=step["id"], answer="not_sure")
    problem = assert_problem(late, 409)
    assert problem["type"].endswith("stale-step")
    assert problem["kept"] == {
        "step": step["id"],
        "answer": "cant",
        "answer_label": _label(step, "cant"),
        "title": step["title"],
    }
    assert f"“{_label(step, 'cant')}” was answered first and kept" in problem["detail"]
    now = (await client.get(f"/api/sessions/{session['id']}")).json()
    assert now["current"] == first.json()["current"]  # no answer changed, no step moved
    assert [h["answer"] for h in now["history"]] == ["skip-questions", "cant"]
    report = (await client.get(f"/api/sessions/{session['id']}/report?format=txt")).text
    theirs = f"(kept; another screen answered “{_label(step, 'not_sure')}”, not saved)"
    assert f"Answer: {_label(step, 'cant')} {theirs}" in report


async def test_the_same_answer_sent_twice_is_answered_as_the_first_time(
    client: httpx.AsyncClient,
) -> None:
    """A double submit (a retry after a lost reply) was a 409 "no longer the current step"."""
    session = await start(client)
    step = session["current"]["id"]
    first = await send(client, session["id"], type="answer", step=step, answer="cant")
    again = await send(client, session["id"], type="answer", step=step, answer="cant")
    assert again.status_code == 200, again.text
    assert again.json() == first.json()
    report = (await client.get(f"/api/sessions/{session['id']}/report?format=md")).text
    assert "another screen answered" not in report


async def test_an_answer_to_an_older_step_names_no_answer_kept(client: httpx.AsyncClient) -> None:
    """A page two steps behind (restored by Back) did not race anyone: its 409 is as before."""
    session = await start(client)
    first = session["current"]
    after = await send(client, session["id"], type="answer", step=first["id"], answer="cant")
    second = after.json()["current"]
    answer = second["answers"][0]["id"]
    sent = await send(client, session["id"], type="answer", step=second["id"], answer=answer)
    assert sent.status_code == 200, sent.text
    for repeat in ("cant", "not_sure"):  # not even the same answer: it is no longer the last
        late = await send(client, session["id"], type="answer", step=first["id"], answer=repeat)
        assert "kept" not in assert_problem(late, 409)


async def test_two_different_answers_at_once_keep_one_and_refuse_the_others(
    client: httpx.AsyncClient,
) -> None:
    session = await start(client)
    first = session["current"]["id"]
    answers = ["cant", "not_sure"] * 3
    replies = await asyncio.gather(
        *(send(client, session["id"], type="answer", step=first, answer=a) for a in answers)
    )
    kept = (await client.get(f"/api/sessions/{session['id']}")).json()["history"][-1]["answer"]
    for answer, reply in zip(answers, replies, strict=True):
        if answer == kept:
            assert reply.status_code == 200, reply.text
        else:
            assert assert_problem(reply, 409)["kept"]["answer"] == kept
