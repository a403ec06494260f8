"""Which screen or client gave an answer, said relative to the one that started the session,
and who the client said it was: nothing is guessed from how a screen joined.

A desk that pressed Start and read the code out, then a customer answering on their phone:
the report called the customer's answers "entered on another screen … (a helper, for
example)", and a helpdesk tool's answers through the API carried no mark at all (helpdesk
review 70, H #1). Now the `started` event says where the session was started (VIA: a web
page, the API, a terminal), an answer sent through the API is marked STARTER when the API
started the session and ANOTHER when it did not (the API cannot tell two programs apart:
each is "the API"), and a client that says so is logged as the helpdesk (BY). Keys only
added: a log without them reads as it did, so no rules constant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from camreset.core.session.events import SessionEvent, effective, moves_on

SCREEN = "screen"
"""In an answer's data: whether it came from the screen that started the session (STARTER: the
browser that pressed Start, the terminal run that started it, the API when the API started
it) or another (ANOTHER: a browser that opened it from a code or a link, a terminal that
resumed it from a short code, the API on a session started elsewhere). Support weighs "I held
it, nothing happened" typed 7 s after the page showed otherwise than the same tapped at the
camera (helpdesk review 67, #5). A log written before has none: not known, and a screen that
cannot tell (a resume by id, the API on a session that did not say where it started) leaves
it out. A hold's and an undo's too."""
STARTER, ANOTHER = "starter", "other"
VIA = "via"
"""In the `started` event's data: where the session was started; in an answer's: that it came
through the API (a browser and a terminal say STARTER or ANOTHER by themselves)."""
Via = Literal["web", "api", "terminal"]
WEB: Via = "web"
API: Via = "api"
TERMINAL: Via = "terminal"
BY = "by"
"""In an answer's, undo's or hold's data: who the client said it was, when it said so (the
API's optional `by`, or a browser that keeps a helpdesk's reference: web/pages/desk_mark.py);
never taken from how a screen joined."""
HELPDESK = "helpdesk"
BY_VALUES = (HELPDESK,)
JOINED = "joined"
"""In the data of what another screen did: how that browser opened the session, where it
says (CODE: its short code or id typed in; LINK: its link followed); the report names the
screens so ("another screen, which opened it from its short code": helpdesk review 74 F, #9).
Said by the browser since session 75; none before, and none from a terminal or the API."""
CODE, LINK = "code", "link"


def started_via(events: Sequence[SessionEvent]) -> str | None:
    """Where the session was started (WEB, API, TERMINAL), or None: a log from before."""
    if events and events[0].type == "started":
        via = events[0].data.get(VIA)
        return via if via in (WEB, API, TERMINAL) else None
    return None


def screen_marks(events: Sequence[SessionEvent], data: Mapping[str, Any]) -> dict[str, str]:
    """The marks an answer, undo or hold keeps of where it was given and who said they gave
    it: a screen's own SCREEN, or the API's, relative to where the session was started."""
    marks: dict[str, str] = {}
    if data.get(SCREEN) in (STARTER, ANOTHER):
        marks[SCREEN] = str(data[SCREEN])
    elif data.get(VIA) == API:
        marks[VIA] = API
        if (started := started_via(events)) is not None:
            marks[SCREEN] = STARTER if started == API else ANOTHER
    if data.get(BY) in BY_VALUES:
        marks[BY] = str(data[BY])
    if marks.get(SCREEN) == ANOTHER and data.get(JOINED) in (CODE, LINK):
        marks[JOINED] = str(data[JOINED])
    return marks


MARKS = (SCREEN, VIA, BY, JOINED)


def without_marks(data: Mapping[str, Any]) -> dict[str, Any]:
    """An event's data but who gave it: a `details` event's marks are no detail."""
    return {k: v for k, v in data.items() if k not in MARKS}


def step_marks(events: Sequence[SessionEvent]) -> dict[str, dict[str, str]]:
    """Each standing answer's SCREEN and BY, by step id, as the API's history gives them."""
    standing = [e for e in effective(list(events)) if moves_on(e)]
    keys = (SCREEN, BY)
    return {str(e.step): {k: str(e.data[k]) for k in keys if k in e.data} for e in standing}
