"""The "what do you have at hand" checklist, and starting the session from it.

What a person has (a pin, a spare adapter, the admin password...) decides which steps the
engine may offer, so it is asked once, before the first step. POST creates the session and
redirects to its own page, whose link is the way back in from any device.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.web.csrf import checked_form
from camreset.web.drawings import DRAWINGS
from camreset.web.pages.deps import services
from camreset.web.pages.errors import PageRoute, error_page
from camreset.web.pages.render import render

router = APIRouter(route_class=PageRoute)

HAVE_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("pin", "A paperclip or a pin", "to press a button in a small hole"),
    ("original_adapter", "The camera's original power adapter", ""),
    ("spare_adapter", "Another adapter with the same rating", "same volts, at least the same amps"),
    ("other_outlet", "Another power outlet", "a different socket, not the same power strip"),
    ("app", "A phone with the {app} app", "the maker's app, signed in"),
    ("admin_password", "The camera's admin password", "if you know it"),
    ("computer", "A computer on the same network", "for the camera's web page, if it has one"),
)
HAVE_IDS = frozenset(item[0] for item in HAVE_ITEMS)


def _subject(request: Request, model: str, line: str, form_factor: str) -> dict[str, str] | None:
    """What the person chose, checked against the KB, as words and ids (None if unknown)."""
    kb = services(request).kb
    if model:
        found = kb.models.get(model)
        if found is None:
            return None
        ln = kb.line_of(model)
        return {
            "model": model,
            "line": ln.id,
            "form_factor": found.form_factor.value,
            "name": f"{ln.brand} {found.name}",
            "app": ln.app,
        }
    ln_rec = kb.lines.get(line)
    if ln_rec is None or (form_factor and form_factor not in DRAWINGS):
        return None
    shape = DRAWINGS[form_factor].name.lower() if form_factor else "camera (model unknown)"
    return {
        "model": "",
        "line": line,
        "form_factor": form_factor,
        "name": f"{ln_rec.brand} {shape}",
        "app": ln_rec.app,
    }


@router.get("/have", name="page_have")
async def have_page(
    request: Request, model: str = "", line: str = "", form_factor: str = ""
) -> Response:
    subject = _subject(request, model, line, form_factor)
    if subject is None:
        return error_page(
            request,
            404,
            "We don't know that camera",
            "Search again, or choose your camera's brand and shape.",
        )
    items = [(i, label.format(app=subject["app"]), hint) for i, label, hint in HAVE_ITEMS]
    return render(
        request, "have.html", title="What do you have at hand?", subject=subject, items=items
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
    if subject is None:
        return error_page(
            request,
            404,
            "We don't know that camera",
            "Search again, or choose your camera's brand and shape.",
        )
    have = frozenset(str(v) for v in form.getlist("have")) & HAVE_IDS
    session_id, _state = services(request).sessions.start(
        model=subject["model"] or None,
        line=None if subject["model"] else subject["line"],
        form_factor=None if subject["model"] else (subject["form_factor"] or None),
        have=have,
    )
    return RedirectResponse(f"{request.scope.get('root_path', '')}/s/{session_id}", 303)
