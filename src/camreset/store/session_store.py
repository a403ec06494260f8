"""SessionStore: sessions as append-only event logs in SQLite or PostgreSQL.

`append` is the one place concurrency is decided: it inserts event number `expected_count` and
the database's unique `(session_id, seq)` lets exactly one of two racing writers win; the loser
gets StaleStepError and may reload and retry (the session service in camreset.app does).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from camreset.core.session.events import SessionEvent
from camreset.errors import SessionNotFoundError, StaleStepError, StoreError
from camreset.store.engine import make_engine
from camreset.store.migrate import upgrade_to_head
from camreset.store.models import EventRow, SessionRow

ID_BYTES = 24  # 192 random bits: unguessable, and the id is the only key to a session


@dataclass(frozen=True)
class SessionSummary:
    """One line of the recent-sessions list."""

    id: str
    model: str | None
    started: datetime
    updated: datetime
    state: Literal["in_progress", "finished"]
    outcome: str | None


def new_session_id() -> str:
    """A fresh url-safe session id with ID_BYTES of randomness."""
    return secrets.token_urlsafe(ID_BYTES)


class SessionStore:
    """Create, load and append to sessions; every SQLAlchemy error leaves as a StoreError."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

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
        started = _utc(events[0].at)
        fields: dict[str, Any] = {"have": [], **_summary_fields(events)}
        row = SessionRow(
            id=session_id,
            created_at=started,
            updated_at=_utc(events[-1].at),
            event_count=len(events),
            finished=False,
            **fields,
        )
        with self._writing("create the session") as db:
            db.add(row)
            db.flush()
            db.add_all(_event_row(session_id, seq, ev) for seq, ev in enumerate(events))
        return session_id

    def load(self, session_id: str, since: int = 0) -> list[SessionEvent]:
        """The session's events from number `since` on, in order (all of them by default).

        SessionNotFoundError when the session does not exist; an empty list when it has no
        event past `since`.
        """
        with self._reading("load the session") as db:
            rows = db.scalars(
                select(EventRow)
                .where(EventRow.session_id == session_id, EventRow.seq >= since)
                .order_by(EventRow.seq)
            ).all()
            if not rows and (since == 0 or db.get(SessionRow, session_id) is None):
                raise SessionNotFoundError(f"no session has id {session_id!r}")
            return [_event(row) for row in rows]

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
        values: dict[str, Any] = {
            "event_count": expected_count + 1,
            "updated_at": _utc(event.at),
            **_summary_fields([event]),
        }
        if finished is not None:
            values["finished"] = finished
        if finished is not None or outcome is not None:
            values["outcome"] = outcome
        try:
            with self._writing("save the answer") as db:
                db.add(_event_row(session_id, expected_count, event))
                db.flush()
                done = db.execute(
                    update(SessionRow)
                    .where(SessionRow.id == session_id, SessionRow.event_count == expected_count)
                    .values(**values)
                )
                if getattr(done, "rowcount", 1) != 1:
                    raise StaleStepError("another answer to this session was saved first")
        except IntegrityError as exc:
            self._raise_missing(session_id)
            raise StaleStepError("another answer to this session was saved first") from exc

    def recent(self, limit: int = 20) -> list[SessionSummary]:
        """The most recently updated sessions, newest first."""
        with self._reading("list sessions") as db:
            rows = db.scalars(
                select(SessionRow).order_by(SessionRow.updated_at.desc()).limit(limit)
            ).all()
            return [
                SessionSummary(
                    id=row.id,
                    model=row.model,
                    started=_utc(row.created_at),
                    updated=_utc(row.updated_at),
                    state="finished" if row.finished else "in_progress",
                    outcome=row.outcome,
                )
                for row in rows
            ]

    def _raise_missing(self, session_id: str) -> None:
        with self._reading("load the session") as db:
            if db.get(SessionRow, session_id) is None:
                raise SessionNotFoundError(f"no session has id {session_id!r}")

    @contextmanager
    def _reading(self, doing: str) -> Iterator[Session]:
        with self._transaction(doing) as db:
            yield db
            db.rollback()

    @contextmanager
    def _writing(self, doing: str) -> Iterator[Session]:
        with self._transaction(doing) as db:
            yield db
            db.commit()

    @contextmanager
    def _transaction(self, doing: str) -> Iterator[Session]:
        """An ORM session; driver failures leave as StoreError, unique violations as they are."""
        with Session(self.engine, expire_on_commit=False) as db:
            try:
                yield db
            except IntegrityError:
                db.rollback()
                raise
            except SQLAlchemyError as exc:
                db.rollback()
                raise StoreError(f"could not {doing}: {_reason(exc)}") from exc


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
        elif ev.type == "feedback":
            fields["feedback"] = dict(ev.data)
    return fields


def _event_row(session_id: str, seq: int, ev: SessionEvent) -> EventRow:
    return EventRow(
        session_id=session_id,
        seq=seq,
        type=ev.type,
        at=_utc(ev.at),
        step=ev.step,
        answer=ev.answer,
        data=ev.model_dump(mode="json")["data"] or {},
    )


def _event(row: EventRow) -> SessionEvent:
    return SessionEvent.model_validate(
        {
            "type": row.type,
            "at": _utc(row.at),
            "step": row.step,
            "answer": row.answer,
            "data": row.data,
        }
    )


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
