"""A helpdesk tool says the model was found on the label of a session started without it
(session 71, helpdesk review leftover): the same session goes on with the model's steps."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem, send, start

from camreset.core.session import machine
from camreset.core.session.later_rules import MODEL_FOUND_RULES

pytestmark = pytest.mark.anyio


async def _generic(client: httpx.AsyncClient) -> dict:
    return await start(
        client, opening=True, model=None, line="ring", form_factor="doorbell", have=["pin"]
    )


async def test_the_model_found_keeps_the_session_its_code_and_its_reference(
    client: httpx.AsyncClient,
) -> None:
    session = await _generic(client)
    sid = session["id"]
    code = (await client.post(f"/api/sessions/{sid}/share-code")).json()["code"]
    await send(client, sid, type="details", data={"reference": "INC0012345"})
    sent = await send(
        client, sid, type="answer", step=session["current"]["id"], answer="wont-reset"
    )
    assert sent.status_code == 200, sent.text
    assert session["model"] is None
    found = await client.post(
        f"/api/sessions/{sid}/model-found", json={"model": "Video Doorbell 3"}
    )
    assert found.status_code == 200, found.text
    body = found.json()
    assert body["id"] == sid and body["model"] == "ring-video-doorbell-3"
    assert body["current"]["notice"].startswith("Model found: Ring Video Doorbell 3.")
    assert (await client.get(f"/api/share-codes/{code}")).json()["session_id"] == sid
    report = (await client.get(f"/api/sessions/{sid}/report?format=json")).json()
    assert body["details"]["reference"] == "INC0012345"  # the helpdesk's, kept
    assert report["started_as"] == "Ring, model not known, doorbell"
    assert report["model_found_at"]
    text = (await client.get(f"/api/sessions/{sid}/report?format=txt")).text
    assert "Model found:" in text and "(started as: Ring, model not known, doorbell)" in text


async def test_an_unknown_model_is_a_404_in_plain_words(client: httpx.AsyncClient) -> None:
    session = await _generic(client)
    answer = await client.post(
        f"/api/sessions/{session['id']}/model-found", json={"model": "Zorblax 9000"}
    )
    problem = assert_problem(answer, 404)
    assert problem["type"].endswith("unknown-model") and "Zorblax 9000" in problem["detail"]
    again = (await client.get(f"/api/sessions/{session['id']}")).json()
    assert again["model"] is None  # nothing changed


async def test_a_session_with_a_model_is_a_409_that_names_it(client: httpx.AsyncClient) -> None:
    session = await start(client)  # a Tapo C200
    answer = await client.post(
        f"/api/sessions/{session['id']}/model-found", json={"model": "Tapo C210"}
    )
    problem = assert_problem(answer, 409)
    assert problem["type"].endswith("model-found-refused")
    assert "This session already has a model: Tapo C200." in problem["detail"]


async def test_the_session_says_whether_a_model_found_would_be_taken(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helpdesk tool could only learn it by sending a model and reading a 409 (session 71,
    "Left out"): `can_find_model` says it, as the pages' link and the terminal's `m` do."""
    session = await _generic(client)
    sid = session["id"]
    assert session["can_find_model"] is True
    found = await client.post(
        f"/api/sessions/{sid}/model-found", json={"model": "Video Doorbell 3"}
    )
    assert found.json()["can_find_model"] is False  # it has one now
    undone = await send(client, sid, type="undo", step=found.json()["current"]["id"])
    assert undone.json()["model"] is None and undone.json()["can_find_model"] is True
    assert (await start(client))["can_find_model"] is False  # a Tapo C200 from the start
    monkeypatch.setattr(machine, "RULES", MODEL_FOUND_RULES - 1)
    older = await _generic(client)
    monkeypatch.undo()
    again = (await client.get(f"/api/sessions/{older['id']}")).json()
    assert again["model"] is None and again["can_find_model"] is False
    refused = await client.post(
        f"/api/sessions/{older['id']}/model-found", json={"model": "Video Doorbell 3"}
    )
    assert_problem(refused, 409)
