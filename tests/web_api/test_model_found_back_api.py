"""An undo through the API that takes back a model found says so (session 73): the document it
answered with said nothing of it, while a page following the session read "The helpdesk took
back the model found: …". Its `notice` now says it in the words the web page that took it back
reads (tests/web_pages/test_model_found_back.py)."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import send, start

pytestmark = pytest.mark.anyio

YOURS = (
    "You took back the model found: Ring Video Doorbell 3. "
    "The steps are the usual ones again, for any camera."
)


async def _found(client: httpx.AsyncClient, **marks: str) -> dict:
    """A Ring doorbell's session started without its model, past its first question, and the
    Video Doorbell 3 found on its label (`marks`: who said they found it, `by`)."""
    body = {"model": None, "line": "ring", "form_factor": "doorbell", "have": ["pin"]}
    session = await start(client, opening=True, **body)
    step = session["current"]["id"]
    sent = await send(client, session["id"], type="answer", step=step, answer="wont-reset")
    assert sent.status_code == 200, sent.text
    found = await client.post(
        f"/api/sessions/{session['id']}/model-found", json={"model": "Video Doorbell 3", **marks}
    )
    assert found.status_code == 200, found.text
    return dict(found.json())


async def test_the_undo_that_takes_back_the_model_found_says_so(
    client: httpx.AsyncClient,
) -> None:
    found = await _found(client)
    sid = found["id"]
    undone = await send(client, sid, type="undo", step=found["current"]["id"], by="helpdesk")
    assert undone.status_code == 200, undone.text
    body = undone.json()
    assert body["model"] is None  # taken back: the usual steps again
    assert body["current"]["notices"][0] == YOURS
    assert body["current"]["notice"].startswith(YOURS)


async def test_an_undo_of_an_answer_says_nothing_of_a_model_found(
    client: httpx.AsyncClient,
) -> None:
    found = await _found(client)
    sid, step = found["id"], found["current"]
    sent = await send(client, sid, type="answer", step=step["id"], answer=step["answers"][0]["id"])
    assert sent.status_code == 200, sent.text
    undone = await send(client, sid, type="undo", step=sent.json()["current"]["id"])
    body = undone.json()
    assert body["model"] == "ring-video-doorbell-3"  # the answer went, the model stays
    assert "took back the model found" not in (body["current"]["notice"] or "")


async def test_the_undo_names_the_helpdesk_that_entered_the_model(
    client: httpx.AsyncClient,
) -> None:
    """A helpdesk agent entered the model for the customer, then the model was taken back
    through the API: the notice said "You took back the model found: …" as if its client
    had entered it, while the report, the web's and the terminal's lists of what was taken
    back said "entered by the helpdesk" (session 74)."""
    found = await _found(client, by="helpdesk")
    undone = await send(client, found["id"], type="undo", step=found["current"]["id"])
    assert undone.status_code == 200, undone.text
    assert undone.json()["current"]["notices"][0] == (
        "You took back the model found, entered by the helpdesk: Ring Video Doorbell 3. "
        "The steps are the usual ones again, for any camera."
    )
    report = await client.get(f"/api/sessions/{found['id']}/report", params={"format": "txt"})
    assert "entered by the helpdesk" in report.text  # the report's words, the same
