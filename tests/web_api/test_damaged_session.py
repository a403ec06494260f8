"""A saved session whose record was damaged (edited by hand, a half-restored backup, a camera
this version no longer knows) is answered with one clear error that names the event, on the
API, on the page and in the terminal; nothing is written to it, and other sessions still open.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api_helpers import BASE, assert_problem
from sqlalchemy import select, update
from typer.testing import CliRunner

from camreset.cli.app import app as cli_app
from camreset.core.session.rules import RULES
from camreset.settings import Settings
from camreset.store.models import EventRow
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app

pytestmark = pytest.mark.anyio

DAMAGE: dict[str, tuple[str, Any, str]] = {
    "unknown event type": ("type", "bogus", "event 0: type: not a valid value"),
    "data not JSON": ("data", "{not json", "the first event: a column cannot be decoded"),
    "time not a time": ("at", "yesterday", "the first event: a column cannot be decoded"),
    "camera no longer known": (
        "data",
        {"model": "no-such-cam"},
        "cannot be replayed here: unknown camera model 'no-such-cam'",
    ),
    # robustness review 70, #6: both were replayed as if nothing were wrong
    "saved by a newer camreset": (
        "data",
        {"model": "tapo-c200", "rules": 999},
        f"saved by a newer camreset (rules 999; this one reads up to {RULES}): open it with that "
        "version",
    ),
    "rules not a number": (
        "data",
        {"model": "tapo-c200", "rules": "sixty"},
        "its rules are 'sixty', not a whole number of 0 or more",
    ),
}


async def _started(client: httpx.AsyncClient) -> str:
    response = await client.post("/api/sessions", json={"model": "tapo-c200"})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _damage(store: SessionStore, session_id: str, column: str, value: Any) -> None:
    """Write `value` into the session's first event behind the store's back. Text for the JSON
    or date column is written raw, as no code of camreset's would ever store it."""
    table = EventRow.__table__
    with store.engine.begin() as db:
        if isinstance(value, str) and column in ("data", "at"):
            db.exec_driver_sql(
                f"UPDATE events SET {column} = ? WHERE session_id = ?", (value, session_id)
            )
        else:
            db.execute(
                update(table).where(table.c.session_id == session_id).values({column: value})
            )


def _rows(store: SessionStore, session_id: str) -> list[tuple[Any, ...]]:
    table = EventRow.__table__
    query = select(table.c.seq, table.c.type).where(table.c.session_id == session_id)
    with store.engine.connect() as db:
        return [tuple(row) for row in db.execute(query)]


@pytest.mark.parametrize("kind", list(DAMAGE))
async def test_a_damaged_session_is_one_clear_error_and_is_left_as_it_was(
    client: httpx.AsyncClient, store: SessionStore, settings: Settings, kind: str
) -> None:
    damaged, sound = await _started(client), await _started(client)
    column, value, names = DAMAGE[kind]
    _damage(store, damaged, column, value)
    before = _rows(store, damaged)

    # A server started after the damage (one before it keeps the session in memory).
    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as fresh:
        problem = assert_problem(await fresh.get(f"/api/sessions/{damaged}"), 500)
        assert problem["type"].endswith("damaged-session")
        assert "nothing was changed" in problem["detail"]
        page = await fresh.get(f"/s/{damaged}")
        assert page.status_code == 500
        assert "This saved session can&#39;t be opened" in page.text
        assert "Nothing was changed" in page.text
        answer = await fresh.post(
            f"/api/sessions/{damaged}/events",
            json={"type": "answer", "step": "opening", "answer": "skip-questions"},
        )
        assert_problem(answer, 500)
        assert (await fresh.get(f"/api/sessions/{sound}")).status_code == 200

    assert _rows(store, damaged) == before

    url = store.engine.url.render_as_string(hide_password=False)
    run = CliRunner().invoke(cli_app, ["report", damaged, "--database-url", url])
    assert run.exit_code == 1
    said = run.stderr.strip()
    assert said.startswith("camreset report: the saved session") and said.endswith(names), said
    assert len(said.splitlines()) == 1
