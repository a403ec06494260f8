"""Persistence only: sessions as append-only event logs in SQLite or PostgreSQL."""

from camreset.store.session_store import SessionStore, SessionSummary

__all__ = ["SessionStore", "SessionSummary"]
