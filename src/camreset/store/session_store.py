"""SessionStore: sessions as append-only event logs in SQLite or PostgreSQL.

`append` is the one place concurrency is decided: it inserts event number `expected_count` and
the database's unique `(session_id, seq)` lets exactly one of two racing writers win; the loser
gets StaleStepError and may reload and retry (the session service in camreset.app does).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, Row, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.sql.dml import Insert, Update

from camreset.core.session.events import SessionEvent
from camreset.errors import (
    DamagedSessionError,
    SessionNotFoundError,
    StaleStepError,
    StoreError,
)
from camreset.store.engine import make_engine
from camreset.store.event_count import mend_event_count
from camreset.store.migrate import upgrade_to_head
from camreset.store.models import Base, as_utc
from camreset.store.share_codes import ShareCodes
from camreset.store.sqlite_append import SqliteAppend

ID_BYTES = 24  # 192 random bits: unguessable, and the id is the only key to a session
SESSIONS = Base.metadata.tables["sessions"]
EVENTS = Base.metadata.tables["events"]
EVENT_FIELDS = ("session_id", "seq", "type", "at", "step", "answer", "data")

# The hot path's statements, built once: SQLAlchemy compiles each once per engine and caches
# it, so a request pays for binding its values and the driver's round trip, not for SQL.
_LOAD = (
    select(EVENTS.c.seq, EVENTS.c.type, EVENTS.c.at, EVENTS.c.step, EVENTS.c.answer, EVENTS.c.data)
    .where(EVENTS.c.session_id == bindparam("sid"), EVENTS.c.seq >= bindparam("since"))
    .order_by(EVENTS.c.seq)
)
_EXISTS = select(SESSIONS.c.id).where(SESSIONS.c.id == bindparam("sid"))
_INSERT_SESSION = insert(SESSIONS)
_INSERT_EVENT = insert(EVENTS)
_LISTED = ("id", "model", "created_at", "updated_at", "finished", "outcome")
"""What a list of sessions reads: not the JSON summary columns (`have`, `feedback`), whose
one hand-edited row made the whole list a traceback (robustness review 70, #1)."""
_RECENT = (
    select(*(SESSIONS.c[name] for name in _LISTED))
    .order_by(SESSIONS.c.updated_at.desc())
    .limit(bindparam("limit"))
)
_RECENT_IDS = select(SESSIONS.c.id).order_by(SESSIONS.c.updated_at.desc()).limit(bindparam("limit"))
_ONE = select(*(SESSIONS.c[name] for name in _LISTED)).where(SESSIONS.c.id == bindparam("sid"))
SummaryKeys = frozenset[str]


def _moved(keys: SummaryKeys) -> Update:
    """Move the session's summary on by one event, only if it still has `expected` events."""
    return (
        update(SESSIONS)
        .where(SESSIONS.c.id == bindparam("sid"), SESSIONS.c.event_count == bindparam("expected"))
        .values({key: bindparam(f"new_{key}") for key in sorted(keys)})
    )


def _append_in_one(keys: SummaryKeys) -> Insert:
    """PostgreSQL: the summary update and the event insert as one statement (one round trip,
    atomic on its own): the event is inserted only if the update found the session at the
    expected count, so the statement inserts one row or none."""
    moved = _moved(keys).returning(SESSIONS.c.id).cte("moved")
    values = [bindparam(f"ev_{name}", type_=EVENTS.c[name].type) for name in EVENT_FIELDS[1:]]
    statement = insert(EVENTS).from_select(list(EVENT_FIELDS), select(moved.c.id, *values))
    return statement.execution_options(preserve_rowcount=True)


@dataclass(frozen=True)
class SessionSummary:
    """One line of the recent-sessions list."""

    id: str
    model: str | None
    started: datetime
    updated: datetime
    state: Literal["in_progress", "finished"]
    outcome: str | None
    damaged: bool = False
    """Its summary row cannot be read (a hand edit, a half-restored backup): listed by its
    id, with its times unknown (`started` and `updated` are then the epoch)."""


def new_session_id() -> str:
    """A fresh url-safe session id with ID_BYTES of randomness that never starts with "-": a
    command line would read `camreset report -Xy…` as an option (one id in 64 did)."""
    while True:
        session_id = secrets.token_urlsafe(ID_BYTES)
        if not session_id.startswith("-"):
            return session_id


class SessionStore:
    """Create, load and append to sessions; every SQLAlchemy error leaves as a StoreError.

    Statements are SQLAlchemy Core, not the ORM: a step is one insert and one update, and the
    ORM's unit of work cost more than the database itself (issue 15). On PostgreSQL, reads and
    appends run in autocommit, each one statement: one round trip per request.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.remote = engine.dialect.name == "postgresql"
        """A database server: each call waits on the network and, for a write, its commit
        (SQLite's are calls into a local file)."""
        self._one_statement = self.remote
        self._auto = (
            engine.execution_options(isolation_level="AUTOCOMMIT")
            if self._one_statement
            else engine
        )
        self._statements: dict[tuple[bool, SummaryKeys], Insert | Update] = {}
        self._sqlite = (
            SqliteAppend(engine, SESSIONS, EVENTS) if engine.dialect.name == "sqlite" else None
        )
        self.codes = ShareCodes(engine)
        """Short codes that open a session for a while (read out over the phone)."""

    @classmethod
    def from_url(cls, url: str, *, migrate: bool = True) -> SessionStore:
        """A store over the database at `url`, migrated to the newest schema."""
        engine = make_engine(url)
        if migrate:
            upgrade_to_head(engine)
        return cls(engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def create(self, events: Sequence[SessionEvent]) -> str:
        """Store a new session whose log starts with `events`; return its id."""
        if not events:
            raise ValueError("a session starts with at least its 'started' event")
        session_id = new_session_id()
        row: dict[str, Any] = {
            "id": session_id,
            "created_at": as_utc(events[0].at),
            "updated_at": as_utc(events[-1].at),
            "event_count": len(events),
            "finished": False,
            "have": [],
            "model": None,
            "line": None,
            "form_factor": None,
            "outcome": None,
            "feedback": None,
            **_summary_fields(events),
        }
        with self._failing_as("create the session"), self.engine.begin() as db:
            db.execute(_INSERT_SESSION, row)
            db.execute(_INSERT_EVENT, [_event_row(session_id, n, e) for n, e in enumerate(events)])
        return session_id

    def load(self, session_id: str, since: int = 0) -> list[SessionEvent]:
        """The session's events from number `since` on, in order (all of them by default).

        SessionNotFoundError when the session does not exist; an empty list when it has no
        event past `since`.
        """
        with self._failing_as("load the session"), self._auto.connect() as db:
            rows = db.execute(_LOAD, {"sid": session_id, "since": since})
            events = _events(session_id, rows, since)
            if not events and (since == 0 or not self._exists(db, session_id)):
                raise SessionNotFoundError(f"no session has id {session_id!r}")
            return events

    def append(
        self,
        session_id: str,
        expected_count: int,
        event: SessionEvent,
        *,
        finished: bool | None = None,
        outcome: str | None = None,
    ) -> None:
        """Append `event` as number `expected_count`; StaleStepError if another landed first.

        `finished` and `outcome` update the summary (the store does not replay sessions).
        """
        summary: dict[str, Any] = {
            "event_count": expected_count + 1,
            "updated_at": as_utc(event.at),
            **_summary_fields([event]),
        }
        if finished is not None:
            summary["finished"] = finished
        if finished is not None or outcome is not None:
            summary["outcome"] = outcome
        params = {f"new_{key}": value for key, value in summary.items()}
        params |= {"sid": session_id, "expected": expected_count}
        row = _event_row(session_id, expected_count, event)
        keys = frozenset(summary)
        try:
            with self._failing_as("save the answer"):
                saved = self._append(keys, params, row)
                if not saved and mend_event_count(self.engine, session_id):
                    saved = self._append(keys, params, row)  # the count was wrong, not the step
        except IntegrityError as exc:
            self._raise_missing(session_id)
            raise StaleStepError("another answer to this session was saved first") from exc
        if not saved:
            self._raise_missing(session_id)
            raise StaleStepError("another answer to this session was saved first")

    def _append(self, keys: SummaryKeys, params: dict[str, Any], row: dict[str, Any]) -> bool:
        """True if the event was stored; False if the session had moved on (or is missing)."""
        statement = self._statement(keys)
        if self._one_statement:
            params |= {f"ev_{name}": row[name] for name in EVENT_FIELDS[1:]}
            with self._auto.connect() as db:
                return db.execute(statement, params).rowcount == 1
        with self.engine.connect() as db:
            if self._sqlite is not None:  # the same two statements, at the driver's level
                db.begin()
                moved = self._sqlite(db, row, keys, params)
            else:
                db.execute(_INSERT_EVENT, row)  # the primary key refuses a second event `seq`
                moved = db.execute(statement, params).rowcount == 1
            if not moved:
                db.rollback()
                return False
            db.commit()
            return True

    def _statement(self, keys: SummaryKeys) -> Insert | Update:
        found = self._statements.get((self._one_statement, keys))
        if found is None:
            found = _append_in_one(keys) if self._one_statement else _moved(keys)
            self._statements[(self._one_statement, keys)] = found
        return found

    def recent(self, limit: int = 20) -> list[SessionSummary]:
        """The most recently updated sessions, newest first; a row that cannot be decoded is
        listed as damaged, and the rest still are."""
        with self._failing_as("list sessions"), self._auto.connect() as db:
            try:
                return [_summary(row) for row in db.execute(_RECENT, {"limit": limit}).all()]
            except ValueError:  # one row the driver cannot decode: each on its own
                ids = db.execute(_RECENT_IDS, {"limit": limit}).scalars().all()
                return [self._one_summary(db, session_id) for session_id in ids]

    def _one_summary(self, db: Connection, session_id: str) -> SessionSummary:
        try:
            return _summary(db.execute(_ONE, {"sid": session_id}).one())
        except ValueError:
            epoch = datetime.fromtimestamp(0, UTC)
            return SessionSummary(session_id, None, epoch, epoch, "in_progress", None, True)

    def _exists(self, db: Connection, session_id: str) -> bool:
        return db.execute(_EXISTS, {"sid": session_id}).first() is not None

    def _raise_missing(self, session_id: str) -> None:
        with self._failing_as("load the session"), self._auto.connect() as db:
            if not self._exists(db, session_id):
                raise SessionNotFoundError(f"no session has id {session_id!r}")

    @contextmanager
    def _failing_as(self, doing: str) -> Iterator[None]:
        """Driver failures leave as StoreError; unique violations as they are."""
        try:
            yield
        except IntegrityError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(f"could not {doing}: {_reason(exc)}") from exc


def _summary(row: Row[Any, Any, Any, Any, Any, Any]) -> SessionSummary:
    return SessionSummary(
        id=row.id,
        model=row.model,
        started=as_utc(row.created_at),
        updated=as_utc(row.updated_at),
        state="finished" if row.finished else "in_progress",
        outcome=row.outcome,
    )


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]


def _summary_fields(events: Sequence[SessionEvent]) -> dict[str, Any]:
    """Summary columns that follow from the events themselves."""
    fields: dict[str, Any] = {}
    for ev in events:
        if ev.type == "started":
            fields["model"] = ev.data.get("model")
            fields["line"] = ev.data.get("line")
            fields["form_factor"] = ev.data.get("form_factor")
            fields["have"] = sorted(ev.data.get("have") or [])
        elif ev.type == "model-found":  # found on its label later: the list names it
            fields["model"] = ev.data.get("model")
        elif ev.type == "feedback":
            fields["feedback"] = dict(ev.data)
    return fields


def _event_row(session_id: str, seq: int, ev: SessionEvent) -> dict[str, Any]:
    return {
        "session_id": session_id,
        "seq": seq,
        "type": ev.type,
        "at": as_utc(ev.at),
        "step": ev.step,
        "answer": ev.answer,
        "data": ev.model_dump(mode="json")["data"] or {},
    }


def _events(
    session_id: str, rows: Iterable[Row[Any, Any, Any, Any, Any, Any]], since: int = 0
) -> list[SessionEvent]:
    """The rows as events, numbered on from `since` with none missing; DamagedSessionError
    naming the first row that cannot be one, or the first number missing (a hole replayed
    as if that answer had never been given: robustness review 70, #7). Rows are decoded as
    they are fetched (a JSON or date column the driver cannot read fails then), so the last
    good event is known even when the damaged row cannot be read at all."""
    events: list[SessionEvent] = []
    last: int | None = None
    fetching = iter(rows)
    while True:
        try:
            row = next(fetching, None)
        except ValueError as exc:
            where = "the first event" if last is None else f"the event after event {last}"
            raise _damaged(session_id, f"{where}: a column cannot be decoded") from exc
        if row is None:
            return events
        if row.seq != since + len(events):
            raise _damaged(session_id, f"event {since + len(events)} is missing")
        try:
            events.append(_event(row))
        except ValidationError as exc:
            said = "; ".join(
                f"{'.'.join(map(str, e['loc']))}: not a valid value"
                if e["loc"]
                else str(e["msg"]).removeprefix("Value error, ")
                for e in exc.errors()
            )
            raise _damaged(session_id, f"event {row.seq}: {said}") from exc
        last = row.seq


def _damaged(session_id: str, detail: str) -> DamagedSessionError:
    return DamagedSessionError(f"the saved session {session_id} cannot be read: {detail}")


def _event(row: Row[Any, Any, Any, Any, Any, Any]) -> SessionEvent:
    return SessionEvent.model_validate(
        {
            "type": row.type,
            "at": as_utc(row.at),
            "step": row.step,
            "answer": row.answer,
            "data": row.data,
        }
    )
