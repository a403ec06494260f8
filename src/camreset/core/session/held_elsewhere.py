"""A hold timed from its logged start on one screen to the answer given on another.

A customer started the timer on the laptop, picked up the phone mid-hold, opened the session
from its short code and tapped "Done, I let go" there: the log had the start (the `holding`
event) and the answer's time, but the report said "none timed", and the laptop left on the
table counted on (helpdesk review 74 F, #3). Since HELD_ELSEWHERE_RULES, such an answer
carries the hold from that start to itself, read as any timed hold is (a short one is asked
about), and kept with where its timer was started. Only where camreset can tell the two
screens apart (their marks differ): a page with no timer that said "I'm pressing the button
now" and then answered on the same screen measured nothing, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from camreset.core.present.step import Step
from camreset.core.session.events import SessionEvent
from camreset.core.session.holding import AFTER_THE_TIMER, BY_HAND
from camreset.core.session.later_rules import HELD_ELSEWHERE_RULES
from camreset.core.session.screens import BY, SCREEN, VIA

if TYPE_CHECKING:
    from camreset.core.session.state import SessionFold

STARTED_ON_HELPDESK = "helpdesk"
"""A start's place, as `HistoryEntry.held_start` keeps it, where the helpdesk's screen
started the timer (beside the screen marks "starter" and "other")."""
STARTED_NOT_KNOWN = ""
"""A start on a screen whose mark is not known (a log or a cookie from before the marks)."""
ANSWERS = frozenset({"done", "answered"})
"""The events that may carry such a hold: a skip or a network check holds nothing."""


@dataclass(frozen=True)
class HoldStart:
    """A hold timer started on a step, as its `holding` event logged it."""

    step: str
    at: datetime
    marks: tuple[str | None, str | None, str | None]
    """Its SCREEN, VIA and BY: which screen started it."""
    by_hand: bool

    @property
    def place(self) -> str:
        """Where it was started: "helpdesk", "starter", "other", or "" (not known)."""
        screen, _via, by = self.marks
        if by is not None:
            return STARTED_ON_HELPDESK
        return screen or STARTED_NOT_KNOWN


def _marks(event: SessionEvent) -> tuple[str | None, str | None, str | None]:
    return tuple(  # type: ignore[return-value]
        str(event.data[k]) if k in event.data else None for k in (SCREEN, VIA, BY)
    )


def note_start(fold: SessionFold, event: SessionEvent) -> None:
    """A `holding` event: kept until a hold is saved for its step or an answer carries it."""
    if fold.rules >= HELD_ELSEWHERE_RULES and event.step is not None:
        by_hand = event.data.get(BY_HAND) is True
        fold.holding = HoldStart(event.step, event.at, _marks(event), by_hand)


def note_hold(fold: SessionFold, event: SessionEvent) -> None:
    """A hold saved for a step: its timer's start is no longer a hold going on."""
    if fold.holding is not None and fold.holding.step == event.step:
        fold.holding = None


def from_start(fold: SessionFold, event: SessionEvent, step: Step) -> tuple[float, str] | None:
    """The hold an answer carries from a timer started on another screen on its page, in
    seconds, and where that timer was started; None where there is none (no timer started
    there, a hold already timed, the same screen, or a start long past)."""
    start, fold.holding = fold.holding, None
    if start is None or event.type not in ANSWERS or start.step != event.step:
        return None
    if start.marks == _marks(event) or step.timer is None:
        return None  # the same screen, as far as camreset can tell: it sent its own hold
    timer = step.timer
    seconds = (event.at - start.at).total_seconds()
    longest = max(timer.max, timer.recommended, timer.min) + AFTER_THE_TIMER
    if not 0 < seconds <= longest:  # as holding.py's `still_running`
        return None
    return round(seconds, 1), start.place
