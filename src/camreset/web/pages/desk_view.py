"""What a step page shows beside the step for whoever follows the session, often a helpdesk:
what has been answered, by which screen, with the holds and waits the log measured.

Its own module: the session page had reached the 400 lines a module may have.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.requests import Request

from camreset.app.local_time import local_zone
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.holding_words import holding_here_words, holding_words
from camreset.core.present.screen_names import given_where, who_did
from camreset.core.report import Report, build_report
from camreset.core.report.history_rows import (
    history_rows,
    hold_on_screen_words,
    taken_back_rows,
)
from camreset.core.session import SessionState
from camreset.core.session.commands import SCREEN
from camreset.core.session.events import effective, moves_on
from camreset.core.session.holding import AFTER_THE_TIMER, running_hold, still_running
from camreset.web.pages.answered_here import given_here
from camreset.web.pages.deps import services
from camreset.web.pages.seen_view import screens_seen


def desk_view(
    request: Request, session_id: str, state: SessionState, kb: KnowledgeBase
) -> dict[str, Any]:
    """The page's `history` and `history_back` rows, from the report's own rows, and the hold
    saved for the step on screen (`hold_saved`), with which screen timed it; where the last
    answer was given (`last_given_where`), as every screen names it (screen_names.py); a
    hold timer started on another screen and not stopped (`holding`), or on this one
    (`holding_here`: said where no timer of its own counts, without JavaScript); on a
    helpdesk's screen, which step the other screens show and when each last looked
    (`screens_seen`: seen_view.py)."""
    report = build_report(kb, state, zone=local_zone())
    events, mine = list(state.events), given_here(request, session_id)
    here = {events[c - 1].at for c in mine if 0 < c <= len(events)}
    kept = [e for e in effective(events) if moves_on(e)]
    now, zone = services(request).sessions.clock(), local_zone()
    return {
        "holding": holding_words(state, now, zone, mine),
        "holding_here": holding_here_words(state, now, zone) if running_here(state, mine) else "",
        "last_given_where": given_where(who_did(kept[-1].data if kept else {})),
        "history": history_rows(report, here),
        "history_back": taken_back_rows(report),
        "hold_saved": hold_saved_words(state, kb, mine, report),
        "holding_for": held_so_far(state, now, mine),
        "screens_seen": screens_seen(request, session_id),
    }


def held_so_far(
    state: SessionState, now: datetime, mine: frozenset[int]
) -> tuple[float, float] | None:
    """How long a hold timed on another screen has run when the page is made, and the most it
    may still be counted to: the desk's own face read "0.0 s" under "Holding the button since
    02:45:06", and the agent on the phone worked out the seconds from the clock (helpdesk review
    74 F, #4). None when no timer of another screen runs."""
    found, timer = running_hold(state), state.current.timer
    if found is None or timer is None or found[0] + 1 in mine:
        return None
    if not still_running(state, found[1], now):
        return None
    longest = max(timer.max, timer.recommended, timer.min) + AFTER_THE_TIMER
    return round((now - found[1].at).total_seconds(), 1), longest


def hold_saved_words(
    state: SessionState, kb: KnowledgeBase, mine: frozenset[int], report: Report | None = None
) -> str:
    """The hold saved for the step on screen, not answered yet ("" if none), with which screen
    timed it: on the page, and said by `/now` to a desk not following once the timer stops
    (it said "The session has changed on another screen", merged-diff review 71 N, F9)."""
    events = state.events
    holds = [i for i, e in enumerate(events) if e.type == "hold" and e.step == state.current.id]
    if not holds:
        return ""  # no report built: `/now` asks this every few seconds
    hold = events[holds[-1]]
    report = report if report is not None else build_report(kb, state, zone=local_zone())
    return hold_on_screen_words(report, hold.data.get(SCREEN), here=holds[-1] + 1 in mine)


def running_here(state: SessionState, mine: frozenset[int]) -> bool:
    """Whether this browser started the timer running on the step on screen."""
    found = running_hold(state)
    return found is not None and found[0] + 1 in mine
