"""Sessions kept in a database: `SessionStore` (events) and `GuidedSessions` (store + guide)."""

from camreset.store.guided import GuidedSessions
from camreset.store.session_store import SessionStore, SessionSummary

__all__ = ["GuidedSessions", "SessionStore", "SessionSummary"]
