"""A hold timer another screen started on the step on screen, said in the terminal.

The web's desk says "Holding the button since 21:35:04 (timer on another screen)." while the
customer's phone (or an API client) times a hold; a terminal following the same session said
nothing of it: it learnt only of answers (session 72's leftover). Now it says the web's words
(core/present/holding_words.py) when it draws a step and when a key that answers nothing
checks for news, never of a timer this run started itself, and the same words once only.
"""

from __future__ import annotations

from datetime import datetime

from camreset.app.local_time import local_zone
from camreset.core.present.holding_words import holding_words
from camreset.core.session import SessionState


class HoldingSeen:
    """What this run has said of other screens' hold timers, and which timers were its own."""

    def __init__(self) -> None:
        self.mine: set[int] = set()
        """The event counts just after this run's own `holding` events (as a page's `mine`):
        its own timer, left with q, h or u, is no other screen's hold going on."""
        self._said = ""

    def started_here(self, state: SessionState) -> None:
        """`state`: the session just after this run logged its timer's start."""
        self.mine.add(len(state.events))

    def news(self, state: SessionState, now: datetime, *, drawn: bool = False) -> str | None:
        """The words for a timer another screen started on the step on screen, judged at
        `now`; None: none, or already said (`drawn`: the step was just drawn again, so they
        are said again under it)."""
        words = holding_words(state, now, local_zone(), frozenset(self.mine))
        if words == self._said and not drawn:
            return None
        self._said = words
        return words or None
