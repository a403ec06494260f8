"""The JSON API's network routes: find cameras, check one, send a confirmed reset, and do the
same for a session's step. Every one answers 403 when the server's network features are off
or the caller is not on its local network (web/network_gate.py).

Scans and checks go only to private, link-local or loopback addresses; a remote action needs
the MAC the person confirmed and the password in the request body, used once and never kept.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from camreset.app import SessionService
from camreset.app.documents import SessionDoc
from camreset.app.network import check_step, remote_step, send
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.net import check, scan
from camreset.net.remote import Credentials, RemoteAction
from camreset.settings import Settings
from camreset.web import api_network_schema as schema
from camreset.web.api import SessionId, _kb, _sessions, document, problem_responses
from camreset.web.network_gate import require_network

router = APIRouter(prefix="/api", tags=["network"])

WHEN = {
    400: "The body could not be read (not UTF-8)",
    403: "The network features are off here, or the caller is not on this server's network",
    404: "No such session, or no camera answered at the address",
    409: "The step is no longer current, or another camera answered at the address",
    413: "Request body too large",
    422: "Invalid request, address, confirmation or camera login",
    502: "The camera answered but did not do it",
    503: "The session database cannot be reached",
    504: "The camera's web service did not answer",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the problems a network route can answer with."""
    return problem_responses(WHEN, *statuses)


Network = Annotated[Settings, Depends(require_network)]
Sessions = Annotated[SessionService, Depends(_sessions)]
KB = Annotated[KnowledgeBase, Depends(_kb)]


@router.post("/network/scan", operation_id="scanNetwork", responses=errors(400, 403, 413, 422))
async def scan_network(body: schema.ScanRequest, settings: Network, kb: KB) -> schema.ScanOut:
    """Cameras on this server's own private subnets, or at `targets`; no login is sent."""
    result = await scan(body.targets, body.timeout or settings.network_timeout, kb=kb)
    return schema.scan_out(result)


@router.post("/network/check", operation_id="checkCamera", responses=errors(400, 403, 413, 422))
async def check_camera(body: schema.CheckRequest, settings: Network, kb: KB) -> schema.CheckOut:
    """What the camera at `address` says about itself: model, MAC, whether it is set up."""
    result = await check(body.address, body.timeout or settings.network_timeout, kb=kb)
    return schema.check_out(result)


@router.post(
    "/network/remote",
    operation_id="sendRemoteAction",
    responses=errors(400, 403, 404, 409, 413, 422, 502, 504),
)
async def send_remote_action(
    body: schema.RemoteRequest, settings: Network, kb: KB
) -> schema.RemoteOut:
    """Reboot or factory-reset the camera at `address`, once, after its MAC is confirmed.

    The camera is asked again first: `confirm_mac` must match the MAC it reports now (all of
    it, or its last four characters). A refused password is a 422 and is not tried again.
    """
    credentials = Credentials(body.username, body.password)
    timeout = body.timeout or settings.network_timeout
    action = RemoteAction(body.action)
    done, _way = await send(kb, body.address, action, body.confirm_mac, credentials, timeout)
    return schema.remote_out(done)


@router.post(
    "/sessions/{session_id}/network-check",
    operation_id="checkForStep",
    responses=errors(400, 403, 404, 409, 413, 422, 503),
)
async def check_for_step(
    session_id: SessionId, body: schema.SessionCheckRequest, settings: Network, sessions: Sessions
) -> SessionDoc:
    """Answer the current step by checking this session's camera at `address`.

    The step must offer it (`current.network`). The camera's own answer is recorded as the
    step's answer; another camera at the address is a 409 and nothing is recorded.
    """
    timeout = settings.network_timeout
    state = await check_step(sessions, session_id, body.step, body.address, timeout)
    return document(sessions, settings, session_id, state)


@router.post(
    "/sessions/{session_id}/remote-reset",
    operation_id="remoteResetForStep",
    responses=errors(400, 403, 404, 409, 413, 422, 502, 503, 504),
)
async def remote_reset_for_step(
    session_id: SessionId, body: schema.SessionRemoteRequest, settings: Network, sessions: Sessions
) -> SessionDoc:
    """Carry out the current step (`current.remote`): send this session's camera its factory
    reset, once its MAC is confirmed. The session records the action, never the password."""
    state = await remote_step(
        sessions,
        session_id,
        body.step,
        body.address,
        RemoteAction(body.action),
        body.confirm_mac,
        Credentials(body.username, body.password),
        settings.network_timeout,
    )
    return document(sessions, settings, session_id, state)
