"""Which answers this browser gave: a cookie names, for each of the last few sessions this
browser moved on, the session's event count just after.

A step page uses it to tell its own Back (offer "undo your last answer?") from a page left
open while another screen answered (only say the session moved on), and to word the undo
button ("undo my last answer", or "… given on another screen").
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from camreset.core.session import SessionState
from camreset.web.cookies import set_private_cookie

ANSWERED = "camreset_answered"
"""The sessions this browser moved on last, each with its event count just after:
"session.count~session.count…", newest last. One session only was kept: an agent who answered
in a second session saw their own answers in the first called "given on another screen"
(helpdesk review 40)."""
MARKS_KEPT = 8
"""Sessions whose last answer from this browser is remembered."""
ANSWERED_MAX_AGE = 12 * 60 * 60


def _mark(session_id: str, state: SessionState, before: int = 0) -> str:
    """The session and its event count (`before` events back)."""
    return f"{session_id}.{len(state.events) - before}"


def _marks(request: Request) -> list[str]:
    return [m for m in request.cookies.get(ANSWERED, "").split("~") if m]


def answered_here(request: Request, session_id: str, state: SessionState, before: int = 0) -> bool:
    """Whether the session's last event (`before` events back) came from this browser."""
    return _mark(session_id, state, before) in _marks(request)


def remember(request: Request, response: Response, session_id: str, state: SessionState) -> None:
    """Mark the session's last event as this browser's, keeping the other sessions' marks."""
    others = [m for m in _marks(request) if m.rpartition(".")[0] != session_id]
    kept = [*others[-(MARKS_KEPT - 1) :], _mark(session_id, state)]
    set_private_cookie(request, response, ANSWERED, "~".join(kept), ANSWERED_MAX_AGE)
