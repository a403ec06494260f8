"""A session's steps over the network: check the camera for a reset check or the network
question, and send the remote reset after the person confirmed the camera.

Plain form POSTs (CSRF-checked), no JavaScript: a check redirects to the session page (POST →
redirect → GET); what went wrong is shown on the step itself, with the address typed. A reset
goes through a confirmation page that names the camera as it answers right now; the password
is read from that page's form for the one request and never echoed back into a page.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.app.network import already_reset, check_step, offer, remote_step
from camreset.core.session import SessionState
from camreset.core.session.events import moves_on
from camreset.errors import StaleStepError
from camreset.net import NetError
from camreset.net.errors import AlreadyAtFactory
from camreset.net.remote import Credentials
from camreset.settings import Settings
from camreset.web.csrf import checked_form
from camreset.web.network_gate import require_network
from camreset.web.pages.answered_here import answered_here, remember
from camreset.web.pages.applied import refused_over_network
from camreset.web.pages.deps import services
from camreset.web.pages.page_news import PageNews
from camreset.web.pages.remote_form import problem_field, remote_fields, render_offer
from camreset.web.pages.session import render_session
from camreset.web.problems import problem_for

router = APIRouter()


def _to_session(request: Request, session_id: str, query: str = "") -> Response:
    root = request.scope.get("root_path", "")
    return RedirectResponse(f"{root}/s/{session_id}{query}", 303)


def _send_url(request: Request, session_id: str) -> str:
    return f"{request.scope.get('root_path', '')}/s/{session_id}/remote/send"


async def _posted_step(request: Request) -> tuple[Settings, str, str]:
    """The network settings (403 when the feature is off), the step the form was posted from
    and the address typed (trimmed, at most 64), after the CSRF checks."""
    form = await checked_form(request)
    settings = require_network(request)
    return settings, str(form.get("step", "")), str(form.get("address", "")).strip()[:64]


async def _unreachable(request: Request, session_id: str, exc: NetError, address: str) -> Response:
    """The session page again, with what went wrong over the network and the address typed."""
    status = problem_for(exc).status
    news = PageNews(problem=str(exc), address=address)
    return await render_session(request, session_id, news, status_code=status)


@router.post("/s/{session_id}/network", name="page_network_check")
async def network_check(request: Request, session_id: str) -> Response:
    settings, step, address = await _posted_step(request)
    sessions = services(request).sessions
    try:
        state = await check_step(sessions, session_id, step, address, settings.network_timeout)
    except StaleStepError:
        return refused_over_network(request, session_id, step, "check", address)
    except NetError as exc:
        return await _unreachable(request, session_id, exc, address)
    return _answered(request, session_id, state, "?checked=1")


@router.post("/s/{session_id}/remote", name="page_remote_find")
async def remote_find(request: Request, session_id: str) -> Response:
    settings, step, address = await _posted_step(request)
    sessions = services(request).sessions
    state = sessions.state(session_id)
    if state.current.id != step or not state.current.remote:
        return refused_over_network(request, session_id, step, "remote", address)
    try:
        found = await offer(sessions.kb_for(state), address, settings.network_timeout, state)
    except AlreadyAtFactory as exc:  # nothing to send: its reset confirmed, as a check's
        moved = already_reset(sessions, session_id, step, exc)
        if moved is None:
            return await _unreachable(request, session_id, exc, address)
        return _answered(request, session_id, moved, "?checked=1")
    except NetError as exc:
        return await _unreachable(request, session_id, exc, address)
    send = _send_url(request, session_id)
    return render_offer(request, found, send, step=step, session_id=session_id)


@router.post("/s/{session_id}/remote/send", name="page_remote_send")
async def remote_send(request: Request, session_id: str) -> Response:
    form = await checked_form(request)
    settings = require_network(request)
    fields = remote_fields(form)
    step = str(form.get("step", ""))
    sessions = services(request).sessions
    try:
        state = await remote_step(
            sessions,
            session_id,
            step,
            fields.address,
            fields.action,
            fields.typed_mac,
            Credentials(fields.username, str(form.get("password", ""))),
            settings.network_timeout,
        )
    except StaleStepError:
        return refused_over_network(request, session_id, step, "remote", fields.address)
    except NetError as exc:
        problem = problem_for(exc)
        state = sessions.state(session_id)
        try:
            kb = sessions.kb_for(state)
            found = await offer(kb, fields.address, settings.network_timeout, state)
        except NetError:
            return await _unreachable(request, session_id, exc, fields.address)
        send = _send_url(request, session_id)
        return render_offer(
            request, found, send, step=step, session_id=session_id, problem=problem.detail,
            status_code=problem.status, chosen=fields, field=problem_field(exc, fields, found),
        )  # fmt: skip
    return _answered(request, session_id, state)


def _answered(request: Request, session_id: str, state: SessionState, query: str = "") -> Response:
    """The session, with the network's answer marked as this browser's (its Back said "undo
    the last answer, given on another screen": web review 55). A check that got no answer on
    an attempt's page answers nothing: the last answer stays whoever's it was (diff review
    55), as after a measured hold."""
    response = _to_session(request, session_id, query)
    if moves_on(state.events[-1]) or answered_here(request, session_id, state, before=1):
        remember(request, response, session_id, state)
    return response
