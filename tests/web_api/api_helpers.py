"""Helpers the API tests share: start a session, send an event, check a problem."""

from __future__ import annotations

from typing import Any

import httpx

BASE = "http://camreset.test"
SKIP = "skip-questions"


async def start(client: httpx.AsyncClient, *, opening: bool = False, **body: Any) -> dict[str, Any]:
    """Start a session (a Tapo C200, a pin, its adapter and the app unless told otherwise) and
    return it, past its opening questions (skipped) unless `opening`."""
    body = {"model": "tapo-c200", "have": ["pin", "original_adapter", "app"], **body}
    response = await client.post("/api/sessions", json=body)
    assert response.status_code == 201, response.text
    session: dict[str, Any] = response.json()
    if not opening and session["current"]["ref"]["kind"] == "opening":
        step = session["current"]["id"]
        skipped = await send(client, session["id"], type="answer", step=step, answer=SKIP)
        assert skipped.status_code == 200, skipped.text
        session = skipped.json()
    return session


async def to_remote(client: httpx.AsyncClient, session: dict[str, Any]) -> dict[str, Any]:
    """On to the remote reset: the opening skipped, an item asked for not at hand, a question
    not sure of."""
    for _ in range(8):
        current = session["current"]
        if current["remote"]:
            break
        kind = current["ref"]["kind"]
        answer = {"opening": SKIP, "tool": "cant"}.get(kind, "not_sure")
        sent = await send(client, session["id"], type="answer", step=current["id"], answer=answer)
        assert sent.status_code == 200, sent.text
        session = sent.json()
    return session


async def send(client: httpx.AsyncClient, session_id: str, **event: Any) -> httpx.Response:
    return await client.post(f"/api/sessions/{session_id}/events", json=event)


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """The response is an RFC 9457 problem with exactly this status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    for key in ("type", "title", "detail"):
        assert isinstance(body[key], str) and body[key], key
    return body
