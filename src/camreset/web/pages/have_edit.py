"""The checklist of what is at hand, edited during a session on a page of its own.

A person who finds the paperclip or the adapter halfway through ticks it here; the session's
steps are then planned with it (a plain form POST, redirected back to the current step).
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from camreset.core.present.battery_words import single_use_cells
from camreset.core.present.have_items import HAVE_ITEMS
from camreset.core.session import Command
from camreset.web.csrf import checked_form
from camreset.web.pages.applied import at_of, post, session_url
from camreset.web.pages.deps import services
from camreset.web.pages.render import render
from camreset.web.pages.started import which_screen

router = APIRouter()


@router.get("/s/{session_id}/have", name="page_session_have")
async def have_page(request: Request, session_id: str) -> Response:
    """The checklist, editable during the session."""
    state = services(request).sessions.state(session_id)
    app = state.model.app or state.model.line.brand
    used = services(request).sessions.guide.session_plan(state).items_used | state.have
    cells = single_use_cells(state.model)  # the batteries its label names
    items = [
        (i.id, i.label_for(app, cells), i.hint, i.id in state.have)
        for i in HAVE_ITEMS
        if i.id in used
    ]
    return render(
        request,
        "have_edit.html",
        title="What do you have at hand now?",
        session_id=session_id,
        state=state,
        items=items,
        back_url=session_url(request, session_id, at_of(state)),
    )


@router.post("/s/{session_id}/have", name="page_session_have_save")
async def have_save(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    marks = which_screen(request, session_id)  # who changed it (session 71)
    command = Command("have", data={"have": [str(v) for v in form.getlist("have")], **marks})
    return await post(request, session_id, command)
