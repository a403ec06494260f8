"""SessionStore: what goes in comes back, in order, across restarts and racing writers."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from camreset.core.session.events import SessionEvent
from camreset.errors import SessionNotFoundError, StaleStepError, StoreError
from camreset.store.session_store import SessionStore

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def started(model: str | None = "tapo-c200") -> SessionEvent:
    data = {"model": model, "line": None, "form_factor": None, "have": ["pin", "app"]}
    return SessionEvent(type="started", at=T0, data=data)


def answered(step: str, answer: str, minutes: int) -> SessionEvent:
    return SessionEvent(
        type="answered", at=T0 + timedelta(minutes=minutes), step=step, answer=answer
    )


@pytest.fixture
def store(db_url: str) -> SessionStore:
    return SessionStore.from_url(db_url)


def test_a_session_comes_back_exactly_as_stored(store: SessionStore) -> None:
    events = [started(), answered("s1", "yes", 2)]
    session_id = store.create(events[:1])
    store.append(session_id, 1, events[1])
    assert store.load(session_id) == events
    assert store.load(session_id)[1].at.tzinfo is not None


def test_session_ids_are_unguessable_and_url_safe(store: SessionStore) -> None:
    ids = {store.create([started()]) for _ in range(20)}
    assert len(ids) == 20
    for session_id in ids:
        assert len(session_id) >= 22  # 22 url-safe characters carry 128 bits
        assert session_id.replace("-", "").replace("_", "").isalnum()


def test_an_unknown_session_is_not_found(store: SessionStore) -> None:
    with pytest.raises(SessionNotFoundError):
        store.load("no-such-session-id-anywhere")
    with pytest.raises(SessionNotFoundError):
        store.append("no-such-session-id-anywhere", 1, answered("s1", "yes", 1))


def test_an_append_behind_the_log_is_refused_and_changes_nothing(store: SessionStore) -> None:
    session_id = store.create([started()])
    store.append(session_id, 1, answered("s1", "yes", 1))
    with pytest.raises(StaleStepError):
        store.append(session_id, 1, answered("s1", "no", 1))
    assert [e.answer for e in store.load(session_id)] == [None, "yes"]


def test_a_session_survives_a_restart(db_url: str) -> None:
    first = SessionStore.from_url(db_url)
    session_id = first.create([started()])
    first.append(session_id, 1, answered("s1", "yes", 3))
    first.close()
    again = SessionStore.from_url(db_url)  # migrations run again: nothing to do, nothing lost
    assert [e.type for e in again.load(session_id)] == ["started", "answered"]
    again.close()


def test_racing_appends_keep_exactly_one(store: SessionStore) -> None:
    session_id = store.create([started()])
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def writer(n: int) -> None:
        barrier.wait()
        try:
            store.append(session_id, 1, answered("s1", f"a{n}", 1))
            outcomes.append("saved")
        except StaleStepError:
            outcomes.append("stale")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["saved"] + ["stale"] * 7
    assert len(store.load(session_id)) == 2


def test_recent_lists_what_a_helpdesk_needs(store: SessionStore) -> None:
    older = store.create([started("kasa-ec70")])
    newer = store.create([started()])
    store.append(newer, 1, answered("s1", "yes", 5), finished=True, outcome="reset")
    summaries = store.recent(limit=10)
    assert [s.id for s in summaries] == [newer, older]
    assert (summaries[0].model, summaries[0].state, summaries[0].outcome) == (
        "tapo-c200",
        "finished",
        "reset",
    )
    assert summaries[1].state == "in_progress"
    assert summaries[0].updated - summaries[0].started == timedelta(minutes=5)


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path: object) -> None:
    store = SessionStore.from_url(f"sqlite:///{tmp_path}/s.sqlite3")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.close()


def test_a_mistyped_folder_is_named_and_never_made(tmp_path: Path) -> None:
    """`sessions --database-url sqlite:////nonexistent/dir/db.sqlite` made the folders and
    an empty database, then said "No sessions yet" (an installer reviewer)."""
    typo = tmp_path / "sesions" / "db.sqlite3"
    with pytest.raises(StoreError, match=f"there is no folder {typo.parent} for the database"):
        SessionStore.from_url(f"sqlite:///{typo}")
    assert not typo.parent.exists()


def test_a_database_that_cannot_be_reached_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        SessionStore.from_url("postgresql+psycopg://nobody:x@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(StoreError):
        SessionStore.from_url("not a url")
