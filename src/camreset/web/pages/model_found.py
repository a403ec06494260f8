""" "I found the model": a session started without its model takes the one on its label.

A plain form (no JavaScript needed): the name typed is looked up as the start page's search
does; one model meant is taken at once (POST → redirect → the model's next step), a name that
means none or several is asked again with the closest models to choose from. The session
keeps its id, short code, reference and answers that still fit (core/session/model_found.py).
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present import found_words as words
from camreset.core.present.names import camera_name
from camreset.core.session import SessionState
from camreset.core.session.model_found import refusal, started_first
from camreset.errors import ModelFoundError, UnknownModelError
from camreset.web.csrf import checked_form
from camreset.web.pages.applied import at_of, post, session_url
from camreset.web.pages.deps import services
from camreset.web.pages.render import render
from camreset.web.pages.started import which_screen

router = APIRouter()
CHOSEN = "model_id"
"""The field of a model chosen among the closest (its id), beside the name typed."""


@router.get("/s/{session_id}/model", name="page_model_found")
async def found_page(request: Request, session_id: str) -> Response:
    """The form: which model the label names."""
    state = await services(request).sessions.state_async(session_id)
    return _form(request, session_id, state, refused=refusal(state))


@router.post("/s/{session_id}/model", name="page_model_found_save")
async def found_save(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    sessions = services(request).sessions
    state = await sessions.state_async(session_id)
    typed = str(form.get(CHOSEN) or form.get("model") or "").strip()
    if not typed:
        return _form(request, session_id, state, 422, problem=words.SAY_WHICH)
    try:
        command = sessions.found_command(typed, which_screen(request, session_id))  # who
        return await post(request, session_id, command)
    except UnknownModelError as exc:
        close = _closest(sessions.kb, state, exc.suggestions)
        said = words.several(typed) if exc.several else words.none_like(typed)
        return _form(request, session_id, state, 404, problem=said, typed=typed, close=close)
    except ModelFoundError as exc:
        if refusal(state) is None:  # another camera's model: typed again, not shut out
            return _form(request, session_id, state, 409, problem=str(exc), typed=typed)
        return _form(request, session_id, state, 409, refused=str(exc))


def _closest(kb: KnowledgeBase, state: SessionState, ids: list[str]) -> list[tuple[str, str]]:
    """The closest models as (id, name people read), as the start page names them, those of
    the brand and shape the session started with first."""
    first = started_first(kb, state.events[0], ids)[:6]
    return [(i, camera_name(kb.line_of(i), kb.models[i].name)) for i in first]


def _form(
    request: Request,
    session_id: str,
    state: SessionState,
    status: int = 200,
    **said: object,
) -> Response:
    return render(
        request,
        "model_found.html",
        status_code=status,
        title=words.FOUND_TITLE,
        words=words,
        session_id=session_id,
        state=state,
        back_url=session_url(request, session_id, at_of(state)),
        **({"refused": None, "problem": None, "typed": "", "close": []} | said),
    )
