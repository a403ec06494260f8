"""A helper's reference for a session: the ticket number or the caller's first name they type,
so their list of sessions tells callers apart (helpdesk review 67, #4).

Its own form, apart from the details for support: it is the helper's, not the camera's. It is
posted and redirected without it, so it never stands in an address a server's log keeps.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.session import Command
from camreset.core.session.commands import REFERENCE, reference_of
from camreset.errors import InvalidAnswerError
from camreset.web.csrf import checked_form
from camreset.web.pages.answered_here import answered_here, remember
from camreset.web.pages.deps import services
from camreset.web.pages.render import render

router = APIRouter()


@router.post("/s/{session_id}/reference", name="page_reference")
async def save_reference(request: Request, session_id: str) -> Response:
    """Save the reference; one too long is a 422 page that says so (nothing is cut)."""
    form = await checked_form(request)
    sessions = services(request).sessions
    state = await sessions.state_async(session_id)
    here = f"{request.scope.get('root_path', '')}/s/{session_id}"
    try:
        typed = reference_of(form.get("reference", ""))
    except InvalidAnswerError as too_long:  # not "That answer doesn't fit this step"
        said = f"{str(too_long).capitalize()}. Nothing was saved: go back and type a shorter one."
        return render(
            request, "error.html", 422, title="That reference is too long", message=said,
            session_url=here,
        )  # fmt: skip
    if typed == str(state.details.get(REFERENCE) or ""):  # nothing changed: nothing to log
        return RedirectResponse(f"{here}?at={state.current.ref.seq}#reference", 303)
    state = await sessions.apply_async(session_id, Command("details", data={REFERENCE: typed}))
    response = RedirectResponse(f"{here}?at={state.current.ref.seq}#reference", 303)
    if answered_here(request, session_id, state, before=1):  # its last answer stays its own
        remember(request, response, session_id, state)
    return response
