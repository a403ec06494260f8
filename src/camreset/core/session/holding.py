"""A hold timer started on a screen: logged when it starts, so that the other screen sees a
hold going on.

Only a stopped timer logged anything (a `hold` event with its seconds), so an agent on the
call watched the desk say nothing for the 30 s the customer held the button (session 71,
helpdesk leftover). A `holding` event says when a timer started, on which step and where
(the screen marks, nothing typed, nothing secret). It is a side event: replay passes it by,
so it changes no step, no reading of an answer and no next step, and a log without one
replays as it did; no rules constant.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from camreset.core.session.events import SessionEvent
from camreset.core.session.screens import screen_marks
from camreset.core.session.state import SessionState
from camreset.errors import InvalidAnswerError

HOLDING = "holding"
BY_HAND = "by_hand"
"""Marks a hold said started on a page with no timer of its own (no JavaScript): no time is
measured there, so none is said to have been (merged-diff review 71 N, F7)."""
AFTER_THE_TIMER = 60.0
"""Seconds past the timer's longest time after which a timer never stopped is said as that,
not as a hold going on (app.js gives up counting on from a reload at the same point)."""


def holding_event(
    state: SessionState, step: str, data: Mapping[str, Any], at: datetime
) -> SessionEvent:
    """A hold timer started on the step on screen, which must have one."""
    if state.current.timer is None:
        raise InvalidAnswerError(f"step {step!r} has no hold timer")
    marks: dict[str, Any] = dict(screen_marks(state.events, data))
    if data.get(BY_HAND) is True:
        marks[BY_HAND] = True
    return SessionEvent(type=HOLDING, at=at, step=step, data=marks)


def running_hold(state: SessionState) -> tuple[int, SessionEvent] | None:
    """The last timer started on the step on screen with no hold saved for it since (its
    index in the log, and the event), or None."""
    step, found = state.current.id, None
    for i, event in enumerate(state.events):
        if event.step != step:
            continue
        if event.type == HOLDING:
            found = (i, event)
        elif event.type == "hold":
            found = None
    return found


def still_running(state: SessionState, started: SessionEvent, now: datetime) -> bool:
    """Whether a timer started at `started` could still be counting a hold at `now`."""
    timer = state.current.timer
    if timer is None:
        return False
    longest = max(timer.max, timer.recommended, timer.min) + AFTER_THE_TIMER
    return 0 <= (now - started.at).total_seconds() <= longest
