"""Another client took back an answer while this one showed a step (session 69, B #2).

A client that then answered the step it showed got a bare 409 ("step '…' is no longer the
current step; the current step is '…'"), which did not say that the session went back, nor
to what. Its 409 now says so, in the problem shape every error has, naming the current step;
and a client whose step is the very one asked again (the same page, after the same answers:
only its id, which names its position, changed) has its answer taken, as the web's pages do.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import assert_problem, send, start

pytestmark = pytest.mark.anyio


async def _answer(client: httpx.AsyncClient, sid: str, step: dict[str, Any]) -> dict[str, Any]:
    answer = step["answers"][0]["id"]
    sent = await send(client, sid, type="answer", step=step["id"], answer=answer)
    assert sent.status_code == 200, sent.text
    return dict(sent.json())


async def test_an_answer_to_a_step_taken_back_past_says_so_and_names_the_current_step(
    client: httpx.AsyncClient,
) -> None:
    session = await start(client)
    sid, asked = session["id"], session["current"]
    shown = (await _answer(client, sid, asked))["current"]  # this client's step
    undone = await send(client, sid, type="undo", step=shown["id"])  # another client's undo
    current = undone.json()["current"]
    assert current["title"] == asked["title"] and current["id"] != asked["id"]
    late = await send(client, sid, type="answer", step=shown["id"], answer="done")
    problem = assert_problem(late, 409)
    assert problem["type"].endswith("stale-step")
    label = asked["answers"][0]["label"]
    assert problem["detail"] == (
        f"step {shown['id']!r} is no longer the current step: the session was taken back past "
        f"it. An earlier request took back the answer “{label}” to “{asked['title']}”. The "
        f"current step is {current['id']!r} (“{current['title']}”)."
    )
    assert problem["taken_back"] is True
    assert problem["current"] == {"id": current["id"], "title": current["title"]}
    history = (await client.get(f"/api/sessions/{sid}")).json()["history"]
    assert [h["step"] for h in history][-1] != shown["id"]  # nothing saved


async def test_taken_back_then_answered_again_says_both(client: httpx.AsyncClient) -> None:
    session = await start(client)
    sid, asked = session["id"], session["current"]
    shown = (await _answer(client, sid, asked))["current"]
    back = (await send(client, sid, type="undo", step=shown["id"])).json()["current"]
    again = await send(client, sid, type="answer", step=back["id"], answer="cant")
    now = again.json()["current"]
    late = await send(client, sid, type="answer", step=shown["id"], answer="done")
    problem = assert_problem(late, 409)
    label = next(a["label"] for a in asked["answers"] if a["id"] == "cant")
    assert (
        f"the session was taken back past it. An earlier request took back an answer, then "
        f"answered “{label}” to “{asked['title']}”. The current step is {now['id']!r}"
    ) in problem["detail"]
    assert problem["current"]["id"] == now["id"]


async def test_an_answer_to_the_step_asked_again_is_taken(client: httpx.AsyncClient) -> None:
    """Another client answered the step this one shows, then took that answer back: the
    session is on this very step again, after the same answers. The answer is this step's."""
    session = await start(client)
    sid, shown = session["id"], session["current"]
    after = await _answer(client, sid, shown)  # the other client's answer…
    undone = await send(client, sid, type="undo", step=after["current"]["id"])  # …taken back
    assert undone.json()["current"]["id"] != shown["id"]
    sent = await send(client, sid, type="answer", step=shown["id"], answer="cant")
    assert sent.status_code == 200, sent.text
    history = sent.json()["history"]
    assert history[-1]["answer"] == "cant"
    assert history[-1]["step"] == undone.json()["current"]["id"]


async def test_an_older_step_answered_since_is_still_a_409_without_taken_back(
    client: httpx.AsyncClient,
) -> None:
    session = await start(client)
    sid, first = session["id"], session["current"]
    second = (await _answer(client, sid, first))["current"]
    await _answer(client, sid, second)
    late = await send(client, sid, type="answer", step=first["id"], answer="cant")
    problem = assert_problem(late, 409)
    now = (await client.get(f"/api/sessions/{sid}")).json()["current"]
    assert problem["current"] == {"id": now["id"], "title": now["title"]}
    assert "taken_back" not in problem
    assert "taken back" not in problem["detail"]
