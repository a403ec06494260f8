"""The end page's details for support, saved against what the page showed.

The form carries each field as it showed it (hidden `shown.<field>` values, so this works
without JavaScript): only what the person changed on this page is saved, and a field the
other screen changed since this page loaded is never overwritten. A customer's form left open
on the phone put back the serial the agent had just corrected, and said "Saved to the report:
the serial number, …" (helpdesk review 67, E #1); the page now says what the other screen
saved there, and, for a field both changed, that what was typed here was not saved.

Its own module: the session page's handlers had reached the 400 lines a module may have.
"""

from __future__ import annotations

import re

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.session import Command, SessionState
from camreset.core.session.commands import DETAIL_FIELDS, DETAIL_MAX, SHOWN, detail_as_kept
from camreset.errors import InvalidAnswerError
from camreset.web.csrf import checked_form
from camreset.web.pages.answered_here import remember
from camreset.web.pages.deps import services
from camreset.web.pages.page_news import PageNews
from camreset.web.pages.session import render_session
from camreset.web.pages.started import which_screen

router = APIRouter()
SHOWN_FIELD = "shown."
"""The hidden field that carries a detail as the form showed it: `shown.serial`."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def one_line(typed: str) -> str:
    """A detail as one line: a pasted tab, line break or stray control character becomes a
    space (the API refuses them; a form field should not print "bad\ufffdchar" in a report)."""
    return " ".join(_CONTROL.sub(" ", typed).split())


def _page(request: Request, session_id: str, state: SessionState, query: str = "") -> str:
    root = request.scope.get("root_path", "")
    return f"{root}/s/{session_id}?at={state.current.ref.seq}{query}"


@router.post("/s/{session_id}/details", name="page_details")
async def details(request: Request, session_id: str) -> Response:
    """Details for support: saved, and the page says which (a details event moves no step),
    and what the other screen changed since this page loaded."""
    form = await checked_form(request)
    typed = {name: one_line(str(form.get(name, ""))) for name in DETAIL_FIELDS}
    shown = {
        name: one_line(str(form[SHOWN_FIELD + name]))
        for name in DETAIL_FIELDS
        if SHOWN_FIELD + name in form
    }
    sessions = services(request).sessions
    before = (await sessions.state_async(session_id)).details
    now = {k: one_line(str(before.get(k, ""))) for k in DETAIL_FIELDS}
    given = [k for k, v in typed.items() if v and v != shown.get(k, now[k]) and v != now[k]]
    elsewhere = [k for k, v in shown.items() if now[k] != v]  # the other screen's, since
    sending = {k: typed[k] for k in given if k not in elsewhere}
    state, saved = None, []
    if sending:
        try:
            marks = which_screen(request, session_id)  # who saved them (session 71)
            command = Command("details", data={**sending, SHOWN: shown, **marks})
            state = await sessions.apply_async(session_id, command)
            saved = [k for k in sending if k in state.events[-1].data]
        except InvalidAnswerError:  # changed elsewhere meanwhile, every field of it
            state = None
    state = state or await sessions.state_async(session_id)
    clashed = {k: detail_as_kept(state, k, typed[k]) for k in given if k not in saved}
    other = [k for k in DETAIL_FIELDS if (k in elsewhere or k in clashed) and k not in saved]
    cut = ",".join(k for k in saved if len(typed[k]) > DETAIL_MAX)  # a pasted text, in part
    if clashed:  # the answer is the page itself, so what was typed here is not lost
        news = PageNews(saved=",".join(saved), cut=cut, elsewhere=",".join(other), clashed=clashed)
        response = await render_session(request, session_id, news, status_code=409)
    else:
        query = f"&saved={','.join(saved)}" if saved else ""
        query += (f"&cut={cut}" if cut else "") + (f"&elsewhere={','.join(other)}" if other else "")
        response = RedirectResponse(_page(request, session_id, state, query), 303)
    if saved:
        remember(request, response, session_id, state)
    return response
