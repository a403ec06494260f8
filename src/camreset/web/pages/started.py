"""Never start a second session silently: the browser remembers the session it started.

A person who presses Back from their first step lands on the "what do you have at hand" page
again; pressing "Start" there used to open a new, empty session and hide the one they were
in. The session page sets a cookie naming the session this browser started (HttpOnly, this
site only, for 12 hours); a start for the same camera while that session is unfinished goes
back to it, with a notice and an explicit "start a new session instead" (`again=1`).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from camreset.app import SessionService
from camreset.core.session import SessionState
from camreset.errors import CamresetError
from camreset.web.cookies import set_private_cookie

COOKIE = "camreset_started"
MAX_AGE = 12 * 60 * 60


async def unfinished(
    request: Request,
    sessions: SessionService,
    model: str,
    line: str,
    form_factor: str,
    power: str = "",
) -> str | None:
    """The unfinished session this browser started for the same camera, if any (a camera of
    unknown model said to be powered another way is another camera)."""
    state = await left_here(request, sessions)
    if state is None:
        return None
    same = (
        state.model.id == model
        if model
        else (
            state.model.generic
            and state.line == line
            and (state.form_factor or "") == form_factor
            and _power(state) == power
        )
    )
    return request.cookies.get(COOKIE) if same else None


def remember(request: Request, response: Response, session_id: str) -> None:
    """Name the session this browser just started."""
    set_private_cookie(request, response, COOKIE, session_id, MAX_AGE)


async def left_here(request: Request, sessions: SessionService) -> SessionState | None:
    """The unfinished session this browser started, to offer on the home page: a person who
    closed the tab found no way back there unless they had kept the link (web review 52)."""
    session_id = request.cookies.get(COOKIE, "")
    if not session_id or len(session_id) > 64:
        return None
    try:
        state = await sessions.state_async(session_id)
    except CamresetError:
        return None
    return None if state.finished else state


def _power(state: SessionState) -> str:
    stated = state.model.stated_power
    return stated.value if stated is not None else ""
