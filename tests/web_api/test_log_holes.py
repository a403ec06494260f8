"""A log with an event missing, or an answer that names no step, is a damaged session: each
was replayed silently, to another step than the one the person was at, and took answers
(robustness review 70, #7)."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import BASE, assert_problem, send, start
from sqlalchemy import text
from typer.testing import CliRunner

from camreset.cli.app import app as cli_app
from camreset.settings import Settings
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app

pytestmark = pytest.mark.anyio

DAMAGE = {
    "an event missing": (
        "delete from events where session_id = :sid and seq = 1",
        "cannot be read: event 1 is missing",
    ),
    "an answer with no step": (
        "update events set step = NULL where session_id = :sid and seq = 1",
        "cannot be read: event 1: an 'answered' event names the step it answers",
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
async def test_a_log_with_a_hole_is_damaged_everywhere(
    client: httpx.AsyncClient, store: SessionStore, settings: Settings, kind: str
) -> None:
    session = await start(client)  # its opening skipped: event 1 is that answer
    step = session["current"]["id"]
    assert (
        await send(client, session["id"], type="answer", step=step, answer="not_sure")
    ).is_success
    statement, said = DAMAGE[kind]
    with store.engine.begin() as db:
        db.execute(text(statement), {"sid": session["id"]})

    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as fresh:
        problem = assert_problem(await fresh.get(f"/api/sessions/{session['id']}"), 500)
        assert problem["type"].endswith("damaged-session")
        refused = await send(fresh, session["id"], type="details", data={"reference": "T-1"})
        assert_problem(refused, 500)

    url = store.engine.url.render_as_string(hide_password=False)
    run = CliRunner().invoke(cli_app, ["report", session["id"], "--database-url", url])
    assert run.exit_code == 1
    assert run.stderr.strip().endswith(said), run.stderr
