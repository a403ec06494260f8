"""The session: an append-only event list whose state is derived by replaying it."""

from camreset.core.present.step import Answer, Cause, Step, StepRef, Timer, Why
from camreset.core.session.commands import Command
from camreset.core.session.events import SessionEvent
from camreset.core.session.flow import Recommender, plain_recommender
from camreset.core.session.machine import Guide
from camreset.core.session.state import HistoryEntry, Progress, SessionState

__all__ = [
    "Answer",
    "Cause",
    "Command",
    "Guide",
    "HistoryEntry",
    "Progress",
    "Recommender",
    "SessionEvent",
    "SessionState",
    "Step",
    "StepRef",
    "Timer",
    "Why",
    "plain_recommender",
]
