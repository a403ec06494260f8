"""The "what do you have at hand" checklist, and starting the session from it.

What a person has (a pin, a spare adapter, the admin password...) decides which steps the
engine may offer, so it is asked once, before the first step. POST creates the session and
redirects to its own page, whose link is the way back in from any device.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.app.network import identify
from camreset.core.present.names import camera_name
from camreset.core.present.words import HAVE_ITEMS
from camreset.errors import UnknownModelError
from camreset.net import NetError
from camreset.web.csrf import checked_form
from camreset.web.drawings import DRAWINGS
from camreset.web.network_gate import network_allowed
from camreset.web.pages.deps import services
from camreset.web.pages.render import render

router = APIRouter()


@dataclass(frozen=True)
class Subject:
    """The camera the person chose, checked against the KB: ids and words."""

    model: str
    line: str
    form_factor: str
    name: str
    app: str


def _subject(request: Request, model: str, line: str, form_factor: str) -> Subject:
    """What the person chose; UnknownModelError (the one error page) if the KB has no such."""
    kb = services(request).kb
    if model:
        found = kb.models.get(model)
        if found is None:
            raise UnknownModelError(model, [])
        ln = kb.line_of(model)
        name = camera_name(ln, found.name)
        return Subject(model, ln.id, found.shape or "", name, ln.app or ln.brand)
    ln_rec = kb.lines.get(line)
    if ln_rec is None or (form_factor and form_factor not in DRAWINGS):
        raise UnknownModelError(f"{line}/{form_factor}", kb.line_ids())
    shape = DRAWINGS[form_factor].name.lower() if form_factor else "camera (model unknown)"
    return Subject("", line, form_factor, f"{ln_rec.brand} {shape}", ln_rec.app or ln_rec.brand)


@router.get("/have", name="page_have")
async def have_page(
    request: Request, model: str = "", line: str = "", form_factor: str = "", address: str = ""
) -> Response:
    subject = _subject(request, model, line, form_factor)
    items = [(i.id, i.label_for(subject.app), i.hint) for i in HAVE_ITEMS]
    return render(
        request,
        "have.html",
        title="What do you have at hand?",
        subject=subject,
        items=items,
        address=address.strip()[:64] if network_allowed(request) else "",
    )


@router.post("/start", name="page_start_session")
async def start_session(request: Request) -> Response:
    form = await checked_form(request)
    subject = _subject(
        request,
        str(form.get("model", "")),
        str(form.get("line", "")),
        str(form.get("form_factor", "")),
    )
    session_id, _state = services(request).sessions.start(
        model=subject.model or None,
        line=None if subject.model else subject.line,
        form_factor=None if subject.model else (subject.form_factor or None),
        have=[str(v) for v in form.getlist("have")],
    )
    address = str(form.get("address", "")).strip()[:64]
    if address and network_allowed(request):  # found on the network: who it is, for the report
        timeout = services(request).settings.network_timeout
        with contextlib.suppress(NetError):
            await identify(services(request).sessions, session_id, address, timeout)
    return RedirectResponse(f"{request.scope.get('root_path', '')}/s/{session_id}", 303)
