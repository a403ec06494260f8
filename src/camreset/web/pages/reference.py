"""A helper's reference for a session: the ticket number they type, so their list of sessions
tells callers apart (helpdesk review 67, #4). It stays on the helpdesk's screen (the browser
that saved it, or asked to see it) and out of the report for the vendor unless the helper
ticks it in (helpdesk review 70 H, #13).

Its own form, apart from the details for support: it is the helper's, not the camera's. It is
posted and redirected without it, so it never stands in an address a server's log keeps.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.session import Command
from camreset.core.session.commands import REFERENCE, REFERENCE_SHARED, reference_of
from camreset.errors import InvalidAnswerError
from camreset.web.csrf import checked_form
from camreset.web.pages import started
from camreset.web.pages.answered_here import answered_here, remember
from camreset.web.pages.deps import services
from camreset.web.pages.desk_mark import mark_desk
from camreset.web.pages.render import render

router = APIRouter()


@router.post("/s/{session_id}/reference", name="page_reference")
async def save_reference(request: Request, session_id: str) -> Response:
    """Save the reference; one too long is a 422 page that says so (nothing is cut)."""
    form = await checked_form(request)
    sessions = services(request).sessions
    state = await sessions.state_async(session_id)
    here = f"{request.scope.get('root_path', '')}/s/{session_id}"
    if form.get("show"):  # a helpdesk's screen asks to see it (a colleague on a call-back)
        response = RedirectResponse(f"{here}?at={state.current.ref.seq}#reference", 303)
        mark_desk(request, response)
        return response
    try:
        typed = reference_of(form.get("reference", ""))
    except InvalidAnswerError as too_long:  # not "That answer doesn't fit this step"
        said = f"{str(too_long).capitalize()}. Nothing was saved: go back and type a shorter one."
        return render(
            request, "error.html", 422, title="That reference is too long", message=said,
            session_url=here,
        )  # fmt: skip
    shared = "yes" if form.get(REFERENCE_SHARED) and typed else ""
    was = (str(state.details.get(REFERENCE) or ""), str(state.details.get(REFERENCE_SHARED) or ""))
    if (typed, shared) == was:  # nothing changed: nothing to log
        response = RedirectResponse(f"{here}?at={state.current.ref.seq}#reference", 303)
        mark_desk(request, response)
        return response
    data = {REFERENCE: typed, REFERENCE_SHARED: shared}
    state = await sessions.apply_async(session_id, Command("details", data=data))
    response = RedirectResponse(f"{here}?at={state.current.ref.seq}#reference", 303)
    mark_desk(request, response)
    if session_id not in started.remembered(request):  # a desk's session: on its home list
        started.remember(request, response, session_id, opened=True)
    if answered_here(request, session_id, state, before=1):  # its last answer stays its own
        remember(request, response, session_id, state)
    return response
