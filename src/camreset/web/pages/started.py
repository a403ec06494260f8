"""Never start a second session silently: the browser remembers the session it started.

A person who presses Back from their first step lands on the "what do you have at hand" page
again; pressing "Start" there used to open a new, empty session and hide the one they were
in. The session page sets a cookie naming the session this browser started (HttpOnly, this
site only, for two weeks; the last few, newest first); a start for the same camera while that
session is unfinished goes back to it, with a notice and an explicit "start a new session
instead" (`again=1`), and the home page offers each session that waits for the person.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from camreset.app import SessionService
from camreset.app.local_time import local_zone
from camreset.core.present.fixed_words import HANDED_OVER
from camreset.core.report import zone_words
from camreset.core.session import SessionState
from camreset.errors import CamresetError
from camreset.web.cookies import set_private_cookie

COOKIE = "camreset_started"
MAX_AGE = 14 * 24 * 60 * 60
"""Two weeks: a session handed to support asks the person to come back once support has
helped, which takes days, not hours."""
KEPT = 5
"""Sessions this browser remembers, newest first (user review 52: a second camera's session
hid the first one, which the home page could then no longer offer)."""


@dataclass(frozen=True)
class LeftHere:
    """A session this browser started that is waiting for the person: unfinished, or handed to
    support and not yet said to be fixed or not."""

    session_id: str
    state: SessionState

    @property
    def at_support(self) -> bool:
        return self.state.finished

    @property
    def started(self) -> str:
        """When it began, on this machine's clock with its offset, as the report gives it
        ("5 Dec, 14:02 UTC+01:00"): two sessions of one camera read the same otherwise, and
        a time with no zone read as the browser's own (web review 53)."""
        at = self.state.started_at.astimezone(local_zone())
        return f"{at.day} {at:%b, %H:%M} {zone_words(at)}"

    @property
    def words(self) -> str:
        """What waits, after the camera's name: its step, or what its end page asks for (web
        review 53: a stopped session and one worth one more try read "handed to support")."""
        state, current = self.state, self.state.current
        if not state.finished:
            return f"step {state.progress.steps_done + 1}, “{current.title}”"
        if current.reopens and current.lacking:
            return f"worth one more try once you have {current.lacking}"
        if current.reopens or current.redo:
            return "worth one more try before support"
        if state.outcome == "stopped":
            return "stopped, its report ready for support"
        return "handed to support. Once they have helped, say whether it is fixed"


def remembered(request: Request) -> list[str]:
    """The session ids this browser started, newest first (the cookie keeps them)."""
    ids = request.cookies.get(COOKIE, "").split()[:KEPT]
    return [i for i in ids if 0 < len(i) <= 64 and i.isascii()]


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
    for left in await left_here(request, sessions):
        state = left.state
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
        if same and not left.at_support:
            return left.session_id
    return None


def remember(request: Request, response: Response, session_id: str) -> None:
    """Name the session this browser just started, before the ones it started earlier."""
    ids = [session_id, *(i for i in remembered(request) if i != session_id)][:KEPT]
    set_private_cookie(request, response, COOKIE, " ".join(ids), MAX_AGE)


async def left_here(request: Request, sessions: SessionService) -> list[LeftHere]:
    """The sessions this browser started that wait for the person, newest first, to offer on
    the home page: a person who closed the tab found no way back there unless they had kept
    the link (web review 52), and a support page asks them to come back and say whether
    support fixed it (user review 52)."""
    found = []
    for session_id in remembered(request):
        try:
            state = await sessions.state_async(session_id)
        except CamresetError:
            continue
        waits = state.feedback is None or state.feedback.get("fixed") == "not_sure"
        if not state.finished or (state.outcome in HANDED_OVER and waits):
            found.append(LeftHere(session_id, state))
    return found


def _power(state: SessionState) -> str:
    stated = state.model.stated_power
    return stated.value if stated is not None else ""
