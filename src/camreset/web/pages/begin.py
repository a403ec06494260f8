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

from camreset.app import SessionService
from camreset.app.network import identify
from camreset.core.kb.resolve import resolve_generic
from camreset.core.present.battery_words import single_use_cells
from camreset.core.present.detail_words import NO_PASSWORD
from camreset.core.present.have_items import HAVE_ITEMS
from camreset.core.present.names import camera_name
from camreset.core.present.power_choices import NAMED_FOR_POWER, NOT_SURE_POWER, power_choices
from camreset.core.session import Command
from camreset.core.session.commands import SCREEN, STARTER, typed_label
from camreset.core.session.intake import parse_form_factor, parse_power
from camreset.core.session.opening import REASONS
from camreset.core.session.screens import WEB
from camreset.errors import CamresetError, UnknownModelError
from camreset.net import NetError
from camreset.net.addresses import parse_target
from camreset.web.csrf import checked_form
from camreset.web.drawings import DRAWINGS
from camreset.web.network_gate import network_allowed
from camreset.web.pages import started
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
    power: str = ""

    @property
    def generic(self) -> bool:
        """The model is not known: its line's (or any brand's) defaults, by shape and power."""
        return not self.model


def _subject(request: Request, model: str, line: str, form_factor: str, power: str = "") -> Subject:
    """What the person chose; UnknownModelError (the one error page) if the KB has no such."""
    kb = services(request).kb
    if model:
        found = kb.models.get(model)
        if found is None:
            raise UnknownModelError(model, [])
        ln = kb.line_of(model)
        # the app this model is added in (an older Nest camera: the Nest app, not its line's)
        app = services(request).sessions.guide.camera(model, None, None).app or ln.brand
        return Subject(model, ln.id, found.shape or "", camera_name(ln, found.name), app)
    ln_rec = kb.line(line)
    if form_factor and form_factor not in DRAWINGS:
        raise UnknownModelError(f"{line}/{form_factor}", kb.line_ids())
    shape = parse_form_factor(form_factor or None)
    name = resolve_generic(kb, ln_rec.id, shape, parse_power(power or None)).name
    return Subject("", ln_rec.id, form_factor, name, ln_rec.app or ln_rec.brand, power)


def _items_used(request: Request, subject: Subject) -> frozenset[str]:
    """What some step for this camera needs: the checklist offers nothing else."""
    return services(request).sessions.guide.items_used(
        subject.model or None,
        subject.line,
        parse_form_factor(subject.form_factor or None),
        parse_power(subject.power or None),
    )


def _cells(request: Request, subject: Subject) -> str | None:
    """The batteries its sources say it takes, where they are single-use (its label names them)."""
    return single_use_cells(
        services(request).sessions.guide.camera(
            subject.model or None,
            subject.line,
            parse_form_factor(subject.form_factor or None),
            parse_power(subject.power or None),
        )
    )


@router.get("/have", name="page_have")
async def have_page(
    request: Request,
    model: str = "",
    line: str = "",
    form_factor: str = "",
    power: str = "",
    address: str = "",
    reason: str = "",
    label: str = "",
) -> Response:
    if not model and not power and form_factor in NAMED_FOR_POWER:
        power = form_factor  # a battery camera: its battery, until the person says otherwise
    subject = _subject(request, model, line, form_factor, power)
    used = _items_used(request, subject)
    cells = _cells(request, subject)
    items = [(i.id, i.label_for(subject.app, cells), i.hint) for i in HAVE_ITEMS if i.id in used]
    shape_powers = services(request).kb.powers_of_shape(subject.form_factor or None)
    powers, power_help = power_choices(shape_powers, subject.form_factor)
    return render(
        request,
        "have.html",
        title="What do you have at hand?",
        subject=subject,
        items=items,
        address=_found_at(address) if network_allowed(request) else "",
        reason=reason if reason in REASONS else "",
        typed_label=typed_label(label) if not subject.model else "",
        powers=powers,
        power_help=power_help,
        not_sure_power=NOT_SURE_POWER,
        no_password=NO_PASSWORD,
    )


async def _keep_ticks(sessions: SessionService, session_id: str, ticked: list[str]) -> bool:
    """What was just ticked, given to the session being resumed (it was lost before): True
    when it changed what the session has at hand."""
    state = await sessions.state_async(session_id)
    if not ticked or set(ticked) == set(state.have):
        return False
    try:
        await sessions.apply_async(session_id, Command("have", data={"have": sorted(ticked)}))
    except CamresetError:  # an item id no checklist offers: keep the session as it was
        return False
    return True


@router.post("/start", name="page_start_session")
async def start_session(request: Request) -> Response:
    form = await checked_form(request)
    subject = _subject(
        request,
        str(form.get("model", "")),
        str(form.get("line", "")),
        str(form.get("form_factor", "")),
        str(form.get("power", "")),
    )
    sessions = services(request).sessions
    root = request.scope.get("root_path", "")
    existing = await started.unfinished(
        request, sessions, subject.model, subject.line, subject.form_factor, subject.power
    )
    if existing is not None and not form.get("again"):  # Back, then Start: not a new session
        kept = await _keep_ticks(sessions, existing, [str(v) for v in form.getlist("have")])
        return RedirectResponse(f"{root}/s/{existing}?resumed={2 if kept else 1}", 303)
    session_id, state = await sessions.start_async(
        model=subject.model or None,
        line=None if subject.model else subject.line,
        form_factor=None if subject.model else (subject.form_factor or None),
        have=[str(v) for v in form.getlist("have")],
        power=subject.power or None,
        via=WEB,
    )
    reason = str(form.get("reason", ""))
    if reason in REASONS and state.current.offers(reason):  # known already (found as reset)
        said = Command("answer", state.current.id, reason, {SCREEN: STARTER})  # this browser's
        state = await sessions.apply_async(session_id, said)
    label = typed_label(str(form.get("label", "")))
    if label and not subject.model:  # typed in the search before "Another brand": the report's
        with contextlib.suppress(CamresetError):
            await sessions.apply_async(session_id, Command("details", data={"label_model": label}))
    address = str(form.get("address", "")).strip()[:64]
    if address and network_allowed(request):  # found on the network: who it is, for the report
        timeout = services(request).settings.network_timeout
        with contextlib.suppress(NetError):
            await identify(services(request).sessions, session_id, address, timeout)
    response = RedirectResponse(f"{root}/s/{session_id}?at={state.current.ref.seq}", 303)
    started.remember(request, response, session_id)
    return response


def _found_at(address: str) -> str:
    """The address a camera was found at, as the network page links it; "" for anything else
    (a link could otherwise put "camreset found this camera at Call +1-555…" on the page)."""
    try:
        return str(parse_target(address[:64]))
    except NetError:
        return ""
