"""The session: an append-only event list whose state is derived by replaying it."""

from camreset.core.session.events import SessionEvent
from camreset.core.session.machine import Guide
from camreset.core.session.state import HistoryEntry, Progress, SessionState
from camreset.core.session.steps import Answer, Cause, Step, Timer, Why

__all__ = [
    "Answer",
    "Cause",
    "Guide",
    "HistoryEntry",
    "Progress",
    "SessionEvent",
    "SessionState",
    "Step",
    "Timer",
    "Why",
]
