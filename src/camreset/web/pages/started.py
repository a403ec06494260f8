"""Never start a second session silently: the browser remembers the session it started.

A person who presses Back from their first step lands on the "what do you have at hand" page
again; pressing "Start" there used to open a new, empty session and hide the one they were
in. The session page sets a cookie naming the session this browser started (HttpOnly, this
site only, for two weeks; the last few, newest first); a start for the same camera while that
session is unfinished goes back to it, with a notice and an explicit "start a new session
instead" (`again=1`), and the home page offers each session that waits for the person.

The cookie also names the sessions this browser opened from a short code or a pasted link (a
helpdesk agent's, one a call), each marked so: an agent keeps more of them than a person
keeps of their own, and each row says which caller it is (helpdesk review 67, #4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from camreset.app import SessionService
from camreset.app.local_time import local_zone
from camreset.core.present.fixed_words import HANDED_OVER
from camreset.core.present.list_words import last_answer_words
from camreset.core.report import zone_words
from camreset.core.session import SessionState
from camreset.core.session.commands import ANOTHER, REFERENCE, SCREEN, STARTER
from camreset.core.session.screens import BY, CODE, HELPDESK, JOINED, LINK
from camreset.core.share_code import ShareCode
from camreset.errors import CamresetError
from camreset.web.cookies import set_private_cookie
from camreset.web.pages.desk_mark import on_desk

COOKIE = "camreset_started"
MAX_AGE = 14 * 24 * 60 * 60
"""Two weeks: a session handed to support asks the person to come back once support has
helped, which takes days, not hours."""
KEPT = 5
"""Sessions this browser started that it remembers, newest first (user review 52: a second
camera's session hid the first one, which the home page could then no longer offer)."""
OPENED_KEPT = 20
"""Sessions this browser opened from a code or a link that it remembers, besides: a helpdesk
agent takes a call after another, and with five the two oldest of seven callers were gone by
mid-morning (helpdesk review 67, #4). Twenty is about a day's camera calls at one desk; each
row is one replay when the home page shows, and the cookie stays under 1 KB (of the 4 KB a
browser keeps for one)."""
STARTED, OPENED = ":s", ":c"
"""How each id in the cookie is marked: started here, or opened here from a code or a link.
An id without a mark (a cookie written before the marks) was either: it counts as started
(as it was kept), and whose answers come from it is not known."""
BY_CODE, BY_LINK = ":k", ":l"
"""Opened here from its short code (or its id) typed in, or from its link, said apart since
session 75: the report names each screen by how it joined ("another screen, which opened it
from its short code"; helpdesk review 74 F, #9). OPENED, from a cookie before, is either."""
OPENED_MARKS = (OPENED, BY_CODE, BY_LINK)
JOINED_BY = {BY_CODE: CODE, BY_LINK: LINK}


@dataclass(frozen=True)
class LeftHere:
    """A session this browser started that is waiting for the person: unfinished, or handed to
    support and not yet said to be fixed or not."""

    session_id: str
    state: SessionState
    code: ShareCode | None = None
    """Its short code, while one is live: the caller can read it out again."""
    now: datetime | None = None

    @property
    def reference(self) -> str:
        """What the helper typed to tell callers apart (a ticket number, a first name)."""
        return str(self.state.details.get(REFERENCE) or "")

    @property
    def last_answer(self) -> str:
        """ "last answer 4 min ago": which of several callers is still on the line."""
        last = self.state.history[-1].at if self.state.history else None
        seconds = (self.now - last).total_seconds() if last and self.now else None
        return last_answer_words(seconds)

    @property
    def code_minutes(self) -> int:
        return self.code.minutes_left(self.now) if self.code and self.now else 0

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


def marked(request: Request) -> list[tuple[str, str]]:
    """Each session id the cookie keeps, newest first, with its mark (STARTED, OPENED or "")."""
    found = []
    for entry in request.cookies.get(COOKIE, "").split()[: KEPT + OPENED_KEPT]:
        session_id, mark = entry, ""
        if entry.endswith((STARTED, *OPENED_MARKS)):
            session_id, mark = entry[:-2], entry[-2:]
        if 0 < len(session_id) <= 64 and session_id.isascii():
            found.append((session_id, mark))
    return found


def started_here(request: Request, session_id: str) -> bool:
    """Whether this browser pressed Start on the session (the customer's phone, most often)."""
    return dict(marked(request)).get(session_id) == STARTED


def remembered(request: Request) -> list[str]:
    """The session ids this browser started or opened, newest first."""
    return [session_id for session_id, _mark in marked(request)]


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


def which_screen(request: Request, session_id: str) -> dict[str, str]:
    """An answer's SCREEN: this browser started the session, or another did (one that opened
    it from a code or a link, or has no mark of it: a link or a QR code followed); nothing
    when its id is kept without a mark (a cookie from before the marks: not known). One of
    this browser's own sessions kept no more (five newer ones since) reads as another's.
    And BY the helpdesk from a helpdesk's screen (desk_mark.py): an agent's answers read
    "entered on another screen", as the customer's own did where the agent pressed Start
    (helpdesk review 74 F, #2)."""
    mark = dict(marked(request)).get(session_id)
    by = {BY: HELPDESK} if on_desk(request) else {}
    if mark == "":
        return by
    joined = {JOINED: JOINED_BY[mark]} if mark in JOINED_BY else {}
    return {SCREEN: STARTER if mark == STARTED else ANOTHER, **joined, **by}


def remember(
    request: Request,
    response: Response,
    session_id: str,
    *,
    opened: bool = False,
    code: bool = False,
) -> None:
    """Name the session this browser just started (or `opened` from its link, or from its
    `code`), before the ones it named earlier; one it started or opened stays marked so."""
    before = dict(marked(request))
    had = before.pop(session_id, None)
    how = BY_CODE if code else BY_LINK
    mark = had if opened and had is not None else how if opened else STARTED
    room = {True: OPENED_KEPT, False: KEPT}  # each kind keeps its newest
    kept = []
    for kept_id, its in [(session_id, mark), *before.items()]:
        if room[its in OPENED_MARKS] > 0:
            room[its in OPENED_MARKS] -= 1
            kept.append(f"{kept_id}{its}")
    set_private_cookie(request, response, COOKIE, " ".join(kept), MAX_AGE)


async def left_here(request: Request, sessions: SessionService) -> list[LeftHere]:
    """The sessions this browser started or opened that wait for the person, newest first, to
    offer on the home page: a person who closed the tab found no way back there unless they
    had kept the link (web review 52), and a support page asks them to come back and say
    whether support fixed it (user review 52). Each with its live short code, if any."""
    found = []
    now = sessions.clock()
    for session_id in remembered(request):
        try:
            state = await sessions.state_async(session_id)
        except CamresetError:
            continue
        waits = state.feedback is None or state.feedback.get("fixed") == "not_sure"
        if not state.finished or (state.outcome in HANDED_OVER and waits):
            try:
                code = await run_in_threadpool(sessions.share_code, session_id, new=False)
            except CamresetError:
                code = None
            found.append(LeftHere(session_id, state, code, now))
    return found


def _power(state: SessionState) -> str:
    stated = state.model.stated_power
    return stated.value if stated is not None else ""
