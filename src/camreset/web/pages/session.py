"""One step per page, and the forms that move a session on: answer, undo, feedback, details.

Every change is a plain form POST answered with a redirect to the session page (POST →
redirect → GET), so reloading never repeats an answer and no JavaScript is needed. A POST
for a step that is no longer current (a second tab, the back button) is not an error for a
person: they are sent to the current step with a short notice.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.present.words import TIMER_CUES
from camreset.core.session import Command
from camreset.core.session.commands import DETAIL_FIELDS
from camreset.errors import StaleStepError
from camreset.web.csrf import checked_form
from camreset.web.pages.assets import qr_svg
from camreset.web.pages.deps import services
from camreset.web.pages.network_view import network_view
from camreset.web.pages.render import render
from camreset.web.pages.step_view import (
    answer_views,
    led_pattern,
    progress_view,
    step_figure,
    timer_view,
    wait_view,
)

router = APIRouter()


def _session_url(request: Request, session_id: str, suffix: str = "") -> str:
    return f"{request.scope.get('root_path', '')}/s/{session_id}{suffix}"


async def _post(request: Request, session_id: str, command: Command) -> Response:
    """Apply one command, then show the session; a stale step just shows where it stands."""
    try:
        await services(request).sessions.apply_async(session_id, command)
    except StaleStepError:
        return RedirectResponse(_session_url(request, session_id, "?stale=1"), 303)
    return RedirectResponse(_session_url(request, session_id), 303)


@router.get("/s/{session_id}", name="page_session")
async def session_page(
    request: Request, session_id: str, stale: int = 0, checked: int = 0
) -> Response:
    return await render_session(request, session_id, stale=bool(stale), checked=bool(checked))


async def render_session(
    request: Request,
    session_id: str,
    *,
    stale: bool = False,
    problem: str | None = None,
    address: str = "",
    status_code: int = 200,
    checked: bool = False,
) -> Response:
    """The session's current step; `problem` is what went wrong with a check or reset over
    the network (shown above its form, with the `address` the person typed)."""
    svc = services(request)
    state = await svc.sessions.state_async(session_id)
    step = state.current
    kb = svc.kb
    resume = f"{svc.settings.public_url}/s/{session_id}"
    return render(
        request,
        "step.html",
        status_code=status_code,
        network=network_view(request, state, problem, address, checked),
        title=step.title,
        session_id=session_id,
        state=state,
        step=step,
        line=state.model.line,
        model=state.model,
        progress=progress_view(state, svc.sessions.clock()),
        answers=answer_views(kb, step.answers),
        timer_words=TIMER_CUES,
        step_pattern=led_pattern(kb, step.pattern),
        figure=step_figure(step),
        sources=kb.sources,
        timer=timer_view(step.timer),
        wait=wait_view(step.wait_seconds, state.current_since, svc.sessions.clock()),
        can_undo=state.can_undo,
        stale=stale,
        resume_url=resume,
        qr=qr_svg(resume),
        this_computer_only=svc.settings.this_computer_only,
    )


@router.post("/s/{session_id}/answer", name="page_answer")
async def answer(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    step_id, answer_id = str(form.get("step", "")), str(form.get("answer", ""))
    return await _post(request, session_id, Command("answer", step_id, answer_id))


@router.post("/s/{session_id}/undo", name="page_undo")
async def undo(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    return await _post(request, session_id, Command("undo", str(form.get("step", ""))))


@router.post("/s/{session_id}/feedback", name="page_feedback")
async def feedback(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    data = {"fixed": str(form.get("fixed", "")), "comment": str(form.get("comment", ""))}
    command = Command("feedback", str(form.get("step", "")), data=data)
    return await _post(request, session_id, command)


@router.post("/s/{session_id}/details", name="page_details")
async def details(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    data = {name: str(form.get(name, "")).strip() for name in DETAIL_FIELDS}
    return await _post(request, session_id, Command("details", data=data))
