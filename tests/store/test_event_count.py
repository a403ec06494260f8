"""The summary's event count is mended from a whole log, and a log with a hole is damaged
(robustness review 70, #4): a wrong count refused every append, forever."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from camreset.core.session.events import SessionEvent
from camreset.errors import DamagedSessionError, StaleStepError
from camreset.store.session_store import SessionStore

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def _started() -> SessionEvent:
    data = {"model": "tapo-c200", "line": None, "form_factor": None, "have": ["pin"]}
    return SessionEvent(type="started", at=T0, data=data)


def _answered(n: int) -> SessionEvent:
    return SessionEvent(type="answered", at=T0 + timedelta(minutes=n), step=f"s{n}", answer="yes")


@pytest.fixture
def store(db_url: str) -> SessionStore:
    return SessionStore.from_url(db_url)


def _session(store: SessionStore, events: int) -> str:
    session_id = store.create([_started()])
    for n in range(1, events):
        store.append(session_id, n, _answered(n))
    return session_id


def _sql(store: SessionStore, statement: str, session_id: str) -> None:
    with store.engine.begin() as db:
        db.execute(text(statement), {"sid": session_id})


def test_a_wrong_count_over_a_whole_log_is_mended_and_the_event_kept(store: SessionStore) -> None:
    session_id = _session(store, 3)
    _sql(store, "update sessions set event_count = 99 where id = :sid", session_id)
    store.append(session_id, 3, _answered(3))
    assert [e.step for e in store.load(session_id)] == [None, "s1", "s2", "s3"]
    store.append(session_id, 4, _answered(4))  # and the next one, as usual


def test_a_racing_writer_is_still_told_another_answer_came_first(store: SessionStore) -> None:
    session_id = _session(store, 3)
    with pytest.raises(StaleStepError):
        store.append(session_id, 2, _answered(9))  # event 2 is there: a race lost, not a miscount
    assert len(store.load(session_id)) == 3


def test_a_wrong_count_over_a_log_with_a_hole_is_damaged(store: SessionStore) -> None:
    session_id = _session(store, 4)
    _sql(store, "delete from events where session_id = :sid and seq in (1, 2)", session_id)
    _sql(store, "update sessions set event_count = 99 where id = :sid", session_id)
    with pytest.raises(DamagedSessionError, match="summary counts 99 events, its log holds 2"):
        store.append(session_id, 2, _answered(2))
