"""The session tables: one row per session (a summary) and its append-only event log.

The event log is the truth; the summary columns (model, what the person has at hand, times,
outcome, feedback) are kept beside it so a list of recent sessions needs no replay.
`(session_id, seq)` is the primary key of `events`: two writers that both think they are
appending event number `seq` cannot both succeed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of the store's tables (the Alembic migrations mirror these)."""


class SessionRow(Base):
    """One guided session: a summary kept in step with its events."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    event_count: Mapped[int] = mapped_column(Integer)
    model: Mapped[str | None] = mapped_column(String(200))
    line: Mapped[str | None] = mapped_column(String(200))
    form_factor: Mapped[str | None] = mapped_column(String(100))
    have: Mapped[list[str]] = mapped_column(JSON)
    finished: Mapped[bool] = mapped_column(default=False)
    outcome: Mapped[str | None] = mapped_column(String(32))
    feedback: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class EventRow(Base):
    """One event of a session's append-only log, numbered from 0."""

    __tablename__ = "events"

    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    step: Mapped[str | None] = mapped_column(String(200))
    answer: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ShareCodeRow(Base):
    """A short code that opens a session for a while: read out over the phone, typed in."""

    __tablename__ = "share_codes"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
