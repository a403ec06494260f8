"""A hold timer started on a step page, logged so that a page following the session on
another screen shows "Holding the button since 15:40:12 (…)" while the hold goes on
(core/session/holding.py). The page's script sends it as its timer starts; without
JavaScript, "I'm pressing the button now" sends it as a form and the page comes back saying
when the hold started. Its own module: the step page's had reached the 400 lines a module
may have.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.session import Command
from camreset.core.session.holding import BY_HAND
from camreset.core.session.step_again import same_step_now
from camreset.errors import InvalidAnswerError, StaleStepError
from camreset.web.csrf import checked_form
from camreset.web.pages.answered_here import remember
from camreset.web.pages.applied import at_of, session_url
from camreset.web.pages.deps import services
from camreset.web.pages.started import which_screen

router = APIRouter()
HERE = "#holding-here"
"""Where a press said without a timer opens its page: at what it says ("You started holding
at …"), which a screen reader then reads; the timer's hidden heading left the focus on the
page (accessibility review 75 F, #5)."""


@router.post("/s/{session_id}/holding", name="page_holding")
async def holding(request: Request, session_id: str) -> Response:
    """A timer started on the page's step (moves no step). From the script (`js=1`): 204,
    or the usual 409 / 422 when the step moved on or has no timer; from the form: back to
    the step page, where the session now is."""
    form = await checked_form(request)
    sessions = services(request).sessions
    state = await sessions.state_async(session_id)
    step = str(form.get("step", ""))
    step = step if step == state.current.id else same_step_now(state, step, sessions.guide.replay)
    script = form.get("js") == "1"
    marks = which_screen(request, session_id)  # the form: no timer there (review 71 N, F7)
    command = Command("holding", step, data=marks if script else {**marks, BY_HAND: True})
    try:
        state = await sessions.apply_async(session_id, command)
    except (StaleStepError, InvalidAnswerError):
        if script:
            raise  # the error table's 409 / 422, with their words
        now = await sessions.state_async(session_id)
        return RedirectResponse(session_url(request, session_id, at_of(now)), 303)
    response: Response = (
        Response(status_code=204)
        if script
        else RedirectResponse(session_url(request, session_id, at_of(state) + HERE), 303)
    )
    remember(request, response, session_id, state)  # this browser's: its own page says nothing
    return response
