"""A session whose summary miscounts its events (a hand edit, a half-restored backup) still
takes answers when its log is whole: it was 409 "try again" on every answer, forever
(robustness review 70, #4). With a hole in its log: tests/store/test_event_count.py."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import BASE, send, start
from sqlalchemy import text

from camreset.settings import Settings
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app

pytestmark = pytest.mark.anyio


def _sql(store: SessionStore, statement: str, session_id: str) -> None:
    with store.engine.begin() as db:
        db.execute(text(statement), {"sid": session_id})


def _count(store: SessionStore, session_id: str) -> int:
    with store.engine.connect() as db:
        found = db.execute(
            text("select event_count from sessions where id = :sid"), {"sid": session_id}
        )
        return int(found.scalar_one())


async def _answer(client: httpx.AsyncClient, session_id: str) -> httpx.Response:
    current = (await client.get(f"/api/sessions/{session_id}")).json()["current"]
    return await send(client, session_id, type="answer", step=current["id"], answer="not_sure")


@pytest.mark.parametrize("count", [99, 1])
async def test_a_miscounted_session_with_a_whole_log_takes_the_answer(
    client: httpx.AsyncClient, store: SessionStore, settings: Settings, count: int
) -> None:
    session = await start(client)
    events = len(store.load(session["id"]))
    _sql(store, f"update sessions set event_count = {count} where id = :sid", session["id"])
    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as fresh:
        answered = await _answer(fresh, session["id"])
        assert answered.status_code == 200, answered.text
        again = await _answer(fresh, session["id"])
        assert again.status_code == 200, again.text
    assert len(store.load(session["id"])) == events + 2  # both kept, in the log
    assert _count(store, session["id"]) == events + 2
