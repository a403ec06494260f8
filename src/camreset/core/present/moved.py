"""A move made on another screen, as a notice: what was done there, and what the page now
shown is after it.

Its own module, beneath both the words of what moved a session on (moved_words.py) and of
what an undo took back (taken_back_words.py), which each return one and read the last move.
"""

from __future__ import annotations

from dataclasses import dataclass

from camreset.core.session import SessionState
from camreset.core.session.events import SIDE_EVENTS

YOU = "You"
"""Who did it, on the screen that did it."""
SOMEWHERE = "The session has changed on another screen."
"""When what changed cannot be named (the end page's question answered, say)."""


@dataclass(frozen=True)
class Moved:
    said: str
    """What was done elsewhere: "The other screen answered “Done” to “Press reset”."."""
    here: str
    """What the page now shown is, after that: "This is the next step."."""


def last_move(state: SessionState) -> int:
    """The index of the last event that moved a step (not a detail, hold or check), or -1."""
    kinds = [e.type for e in state.events]
    return next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] not in SIDE_EVENTS), -1)
