"""No short code is given for a session that cannot be opened: one was 200 for a damaged
session, and for a row with no events, while every other route on them was 500 or 404
(robustness review 70, #8)."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import BASE, assert_problem, start
from sqlalchemy import text

from camreset.settings import Settings
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app

pytestmark = pytest.mark.anyio

DAMAGE = {
    "damaged": ("update events set type = 'bogus' where session_id = :sid", 500, "damaged-session"),
    "no events": ("delete from events where session_id = :sid", 404, "session-not-found"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
async def test_no_code_for_a_session_that_cannot_be_opened(
    client: httpx.AsyncClient, store: SessionStore, settings: Settings, kind: str
) -> None:
    session, sound = await start(client), await start(client)
    statement, status, problem_type = DAMAGE[kind]
    with store.engine.begin() as db:
        db.execute(text(statement), {"sid": session["id"]})
    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as fresh:
        refused = await fresh.post(f"/api/sessions/{session['id']}/share-code")
        assert assert_problem(refused, status)["type"].endswith(problem_type)
        given = await fresh.post(f"/api/sessions/{sound['id']}/share-code")
        assert given.status_code == 200, given.text
    with store.engine.connect() as db:
        codes = db.execute(
            text("select count(*) from share_codes where session_id = :sid"), {"sid": session["id"]}
        )
        assert codes.scalar_one() == 0
