"""SQLite's driver-level append (store/sqlite_append.py) stores what SQLAlchemy's own
statements stored, and fails the way they failed: a person's answers and the session list
read back the same whichever path wrote them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from camreset.core.session.events import SessionEvent
from camreset.errors import SessionNotFoundError, StaleStepError, StoreError
from camreset.store.session_store import EVENTS, SESSIONS, SessionStore, _moved
from camreset.store.sqlite_append import SqliteAppend

T0 = datetime(2025, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)
STARTED = SessionEvent(
    type="started", at=T0, data={"model": "tapo-c200", "have": ["pin"], "line": None}
)
LATER = [
    SessionEvent(type="answered", at=T0 + timedelta(minutes=1), step="s1", answer="yes"),
    SessionEvent(type="details", at=T0 + timedelta(minutes=2), data={"note": "“quoted” é"}),
    SessionEvent(
        type="feedback", at=T0 + timedelta(minutes=3), step="s2", data={"fixed": "no", "n": 2}
    ),
]


class _SqlAlchemyPath(SqliteAppend):
    """The append as it ran before: SQLAlchemy's `Connection.execute` of the same statements."""

    def __call__(self, db: Any, row: dict[str, Any], keys: frozenset[str], params: Any) -> bool:
        db.execute(EVENTS.insert(), row)
        return bool(db.execute(_moved(keys), params).rowcount == 1)


def _stored(store: SessionStore, session_id: str) -> tuple[list[Any], list[Any]]:
    with store.engine.connect() as db:
        events = db.execute(
            text("SELECT seq, type, at, step, answer, data FROM events WHERE session_id = :s"),
            {"s": session_id},
        ).all()
        summary = db.execute(
            select(*(c for c in SESSIONS.c if c.name != "id")).where(SESSIONS.c.id == session_id)
        ).all()
    return [tuple(r) for r in events], [tuple(r) for r in summary]


def _walk(store: SessionStore) -> str:
    session_id = store.create([STARTED])
    for n, event in enumerate(LATER, start=1):
        done = event.type == "feedback"
        store.append(
            session_id, n, event, finished=done or None, outcome="gave_up" if done else None
        )
    return session_id


def test_the_driver_path_stores_the_same_bytes_as_sqlalchemy(tmp_path: Path) -> None:
    fast = SessionStore.from_url(f"sqlite:///{tmp_path / 'fast.db'}")
    slow = SessionStore.from_url(f"sqlite:///{tmp_path / 'slow.db'}")
    slow._sqlite = _SqlAlchemyPath(slow.engine, SESSIONS, EVENTS)
    a, b = _walk(fast), _walk(slow)
    assert _stored(fast, a) == _stored(slow, b)
    assert fast.load(a) == [STARTED, *LATER]
    listed = fast.recent()[0]
    assert (listed.state, listed.outcome) == ("finished", "gave_up")
    assert listed.updated == LATER[-1].at


def test_a_race_lost_at_the_driver_is_still_a_stale_step_and_saves_nothing(
    tmp_path: Path,
) -> None:
    store = SessionStore.from_url(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    session_id = store.create([STARTED])
    store.append(session_id, 1, LATER[0])
    with pytest.raises(StaleStepError):
        store.append(session_id, 1, LATER[1])  # the primary key refuses a second event 1
    with pytest.raises(StaleStepError):
        store.append(session_id, 0, LATER[1])
    assert store.load(session_id) == [STARTED, LATER[0]]
    with pytest.raises(SessionNotFoundError):
        store.append("no-such-session", 1, LATER[0])  # the foreign key refuses it


def test_a_database_error_at_the_driver_is_a_store_error_not_a_traceback(
    tmp_path: Path,
) -> None:
    store = SessionStore.from_url(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    session_id = store.create([STARTED])
    with store.engine.begin() as db:
        db.execute(text("ALTER TABLE events RENAME TO events_moved"))  # a hand edit
    with pytest.raises(StoreError, match="could not save the answer: no such table: events"):
        store.append(session_id, 1, LATER[0])
    with store.engine.begin() as db:
        db.execute(text("ALTER TABLE events_moved RENAME TO events"))
    assert store.load(session_id) == [STARTED]
