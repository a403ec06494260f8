""" "Find my camera on this network", and a reset or restart sent to a camera found there.

Nothing is sent until the person presses a button: the finder page is a plain form, and a
scan is a CSRF-checked POST that goes only to this server's private subnets or to the
addresses typed (camreset.net refuses any other). Each camera found links on to its reset
steps (its model picked for a person who does not know it), to a check for the session the
person came from, or to a remote reset or restart behind a confirmation page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from camreset.app.network import camera_name, offer, send
from camreset.core.present.network_words import SETUP_STATE_WORDS
from camreset.errors import CamresetError
from camreset.net import Camera, NetError, Problem, scan
from camreset.net.remote import Credentials
from camreset.net.remote.offer import actions_for
from camreset.net.scanner import NO_NETWORK
from camreset.web.csrf import checked_form
from camreset.web.network_gate import network_allowed, require_network
from camreset.web.pages.deps import services
from camreset.web.pages.remote_form import problem_field, remote_fields, render_offer, sent_back
from camreset.web.pages.render import render
from camreset.web.problems import problem_for

router = APIRouter()
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass(frozen=True)
class Found:
    """One camera on the finder page, with where each of its buttons goes."""

    camera: Camera
    name: str
    state: str
    steps_url: str | None
    remote: bool


def _session(value: object) -> str:
    text = str(value or "")
    return text if SESSION_ID.fullmatch(text) else ""


def _found(request: Request, camera: Camera) -> Found:
    root = request.scope.get("root_path", "")
    query = None
    if camera.kb_model_id:
        query = {"model": camera.kb_model_id, "address": camera.address}
    elif camera.line:
        query = {"line": camera.line, "address": camera.address}
    if query and camera.setup_state == "factory":  # it is reset: the session starts at adding
        query["reason"] = "cant-add"
    return Found(
        camera=camera,
        name=camera_name(camera),
        state=SETUP_STATE_WORDS[camera.setup_state],
        steps_url=f"{root}/have?{urlencode(query)}" if query else None,
        remote=bool(actions_for(camera)),
    )


def _page(request: Request, session_id: str, status_code: int = 200, **context: object) -> Response:
    check_step = ""
    if session_id:
        current = services(request).sessions.state(session_id).current
        check_step = current.id if current.network else ""
    context.setdefault("scanned", False)
    context.setdefault("found", [])
    context.setdefault("notes", [])
    context.setdefault("nowhere", False)
    context.setdefault("addresses", "")
    context.setdefault("problem", None)
    return render(
        request,
        "network.html",
        status_code=status_code,
        title=str(context.pop("title", "Find my camera on this network")),
        allowed=network_allowed(request),
        session_id=session_id,
        check_step=check_step,
        **context,
    )


@router.get("/network", name="page_network")
async def network_page(request: Request, session: str = "") -> Response:
    return _page(request, _session(session))


@router.post("/network/scan", name="page_network_scan")
async def network_scan(request: Request) -> Response:
    form = await checked_form(request)
    settings = require_network(request)
    session_id = _session(form.get("session"))
    typed = str(form.get("addresses", ""))[:1000]
    targets = [t for t in re.split(r"[\s,;]+", typed) if t] or None
    try:
        result = await scan(targets, settings.network_timeout, kb=services(request).kb)
    except NetError as exc:
        status = problem_for(exc).status
        return _page(request, session_id, problem=str(exc), addresses=typed, status_code=status)
    nowhere = any(_nowhere(p) for p in result.problems)
    return _page(
        request,
        session_id,
        title=_answered(len(result.cameras), nowhere),
        scanned=True,
        found=[_found(request, c) for c in result.cameras],
        notes=[p.message for p in result.problems if p.protocol == "scan" and not _nowhere(p)],
        nowhere=nowhere,
        addresses=typed,
    )


def _answered(count: int, nowhere: bool) -> str:
    """The results page's title: what answered, which a screen reader says first (it kept
    the empty form's title, accessibility review 68, #4)."""
    if count:
        return f"{count} camera{'s' if count > 1 else ''} answered"
    return "No home network to look through" if nowhere else "No camera answered"


def _nowhere(problem: Problem) -> bool:
    """Nothing was asked: this machine is on no private network ("No camera answered" after
    it read as if cameras had been asked, web review 39)."""
    return problem.protocol == "scan" and problem.message == NO_NETWORK


@router.post("/network/remote", name="page_network_remote")
async def network_remote(request: Request) -> Response:
    form = await checked_form(request)
    settings = require_network(request)
    address = str(form.get("address", "")).strip()[:64]
    try:
        found = await offer(services(request).kb, address, settings.network_timeout)
    except NetError as exc:
        return _page(request, "", problem=str(exc), status_code=problem_for(exc).status)
    root = request.scope.get("root_path", "")
    return render_offer(request, found, f"{root}/network/remote/send")


@router.post("/network/remote/send", name="page_network_remote_send")
async def network_remote_send(request: Request) -> Response:
    form = await checked_form(request)
    settings = require_network(request)
    kb = services(request).kb
    root = request.scope.get("root_path", "")
    try:
        fields = remote_fields(form)
        credentials = Credentials(fields.username, str(form.get("password", "")))
        done, _way = await send(
            kb, fields.address, fields.action, fields.typed_mac, credentials,
            settings.network_timeout,
        )  # fmt: skip
    except CamresetError as exc:
        problem = problem_for(exc)
        address = str(form.get("address", "")).strip()[:64]
        try:
            found = await offer(kb, address, settings.network_timeout)
        except NetError:
            return _page(request, "", problem=problem.detail, status_code=problem.status)
        chosen = sent_back(form)
        return render_offer(
            request, found, f"{root}/network/remote/send", problem=problem.detail,
            status_code=problem.status, chosen=chosen, field=problem_field(exc, chosen, found),
        )  # fmt: skip
    return render(request, "remote_done.html", title="Sent to the camera", done=done)
