"""Which answers this browser gave: a cookie keeps, for the last answers this browser gave
(in any session), the session's event count just after each.

A step page uses it to tell its own Back (offer "undo your last answer?") from a page left
open while another screen answered (only say the session moved on), to word the undo button
("undo my last answer", or "… given on another screen") by whose the answer now last is,
even after an undo, and to say who moved the session ("another tab in this browser").
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from camreset.core.session import SessionState
from camreset.core.session.events import effective
from camreset.web.cookies import set_private_cookie

ANSWERED = "camreset_answered"
"""What this browser did last in each session it moved on: "session.count~session.count…",
each the session's event count just after one of its answers, newest last. One session only
was kept at first: an agent who answered in a second session saw their own answers in the
first called "given on another screen" (helpdesk review 40). Several per session since an
undo from another screen made the answer before it the last one, and its owner was lost:
both screens' Back buttons named the wrong person (helpdesk review 57)."""
MARKS_KEPT = 32
"""Answers remembered, over all sessions (about 40 bytes each)."""
ANSWERED_MAX_AGE = 12 * 60 * 60


def _count_after_last(state: SessionState, before: int = 0) -> int:
    """The event count just after the last event that still counts (an undo takes one back),
    leaving out the last `before` events."""
    events = list(state.events)[: len(state.events) - before]
    kept = effective(events)
    if not kept:
        return 0
    last = kept[-1]
    return next(i + 1 for i in range(len(events) - 1, -1, -1) if events[i] is last)


def _marks(request: Request) -> list[str]:
    return [m for m in request.cookies.get(ANSWERED, "").split("~") if m]


def answered_here(request: Request, session_id: str, state: SessionState, before: int = 0) -> bool:
    """Whether the session's last event that still counts (`before` events back) came from
    this browser."""
    return f"{session_id}.{_count_after_last(state, before)}" in _marks(request)


def moved_here(request: Request, session_id: str, state: SessionState) -> bool:
    """Whether this browser made the session's last event itself (an undo too): "another tab
    in this browser took it back", not "the other screen"."""
    return f"{session_id}.{len(state.events)}" in _marks(request)


def remember(request: Request, response: Response, session_id: str, state: SessionState) -> None:
    """Mark the session's last event as this browser's, keeping its earlier marks (an undo
    leaves the answer before it last, and that answer is still its giver's)."""
    mark = f"{session_id}.{len(state.events)}"
    kept = [m for m in _marks(request) if m != mark][-(MARKS_KEPT - 1) :]
    set_private_cookie(request, response, ANSWERED, "~".join([*kept, mark]), ANSWERED_MAX_AGE)
