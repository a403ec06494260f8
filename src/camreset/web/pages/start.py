"""Finding the camera: search, brand → shape → model, or "I don't know my model".

All GET pages with plain links and a GET search form, so the back button and bookmarks work
and nothing needs JavaScript. The path ends at the "what do you have at hand" checklist.
"""

from __future__ import annotations

import re
from collections import defaultdict
from contextlib import suppress

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from camreset.core.kb.hubs import find_hubs
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.meant_model import find_match
from camreset.core.kb.resolve import resolve_generic
from camreset.core.kb.schema import CameraModel, Line
from camreset.core.kb.search import find_line, likely_line, line_named
from camreset.core.plain import plain_text
from camreset.core.present.facts import fact_view
from camreset.core.present.names import fcc_id_words, line_label
from camreset.core.session.commands import typed_label
from camreset.core.share_code import misread, never_in_codes, normalise
from camreset.errors import CamresetError, UnknownModelError
from camreset.web.drawings import DRAWINGS, FORM_FACTORS
from camreset.web.network_gate import client_address, network_allowed
from camreset.web.pages import started
from camreset.web.pages.by_fcc_id import fcc_page, fcc_reading
from camreset.web.pages.by_reference import looks_like_reference, session_by_reference
from camreset.web.pages.deps import services
from camreset.web.pages.finder import (
    NEAR_SCORE,
    PREFIX_SCORE,
    find_lines,
    find_models,
    names_a_line,
    other_range,
)
from camreset.web.pages.render import render

router = APIRouter()


def _lines(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(line id, "TP-Link Tapo"), sorted by brand then line name."""
    ordered = sorted(kb.lines.values(), key=lambda ln: (ln.brand.casefold(), ln.name))
    return [(ln.id, line_label(ln)) for ln in ordered]


def _brand(kb: KnowledgeBase, line_id: str) -> Line:
    """A brand's line (`other` is no brand: it has no brand pages); else the 404 page."""
    line = kb.lines.get(line_id)
    if line is None:
        raise UnknownModelError(line_id, sorted(kb.lines))
    return line


def shape_title(form_factor: str) -> str:
    """ "Bullet camera"; "Shape not known" for models no source gives a shape for."""
    drawing = DRAWINGS.get(form_factor)
    return drawing.name if drawing else "Shape not known"


UNKNOWN_SHAPE = "unknown"
"""The group of a brand's models whose shape no source gives (drawn as "shape not known")."""


def _models_by_ff(kb: KnowledgeBase, line_id: str) -> dict[str, list[CameraModel]]:
    """The line's models by shape, in the drawings' order; those of unknown shape last."""
    groups: dict[str, list[CameraModel]] = defaultdict(list)
    for model_id, model in kb.models.items():
        if kb.model_line[model_id] == line_id:
            groups[model.shape or UNKNOWN_SHAPE].append(model)
    for models in groups.values():
        models.sort(key=lambda m: m.name)
    return {ff: groups[ff] for ff in (*FORM_FACTORS, UNKNOWN_SHAPE) if ff in groups}


@router.get("/", name="page_start")
async def start_page(request: Request) -> Response:
    kb = services(request).kb
    left = await started.left_here(request, services(request).sessions)
    return render(
        request,
        "start.html",
        title="Reset your camera",
        lines=_lines(kb),
        network=network_allowed(request),
        left=left,
    )


@router.get("/other", name="page_other")
async def other_page(request: Request, label: str = "") -> Response:
    """Another brand, or the brand is not known: the shape, then the generic steps. What the
    person typed in the search (`label`, "Vivint Ping") goes with them into the report: a
    phone reviewer had to type it again at the end."""
    shapes = [(ff, DRAWINGS[ff].name) for ff in FORM_FACTORS]
    kb, typed = services(request).kb, typed_label(label)
    # a listed brand's name ("Ring Doorbell", "Wyze Cam v3") is not another brand: its
    # steps were dropped for the general ones, and the report said camreset knew neither
    # the brand nor the model (review 63, #1)
    exact = _exact_model(kb, typed)  # a listed model's own name: its own steps
    named = line_named(kb, typed) if typed else None
    listed = kb.line_of(exact) if exact else kb.lines[named] if named else None
    return render(
        request,
        "other.html",
        title="A camera of another brand",
        shapes=shapes,
        typed_label=typed,
        listed=listed,
        exact=kb.models[exact] if exact else None,
    )


def _exact_model(kb: KnowledgeBase, typed: str) -> str | None:
    """The listed model a label names exactly ("Wyze Cam v3"), if any."""
    if not typed:
        return None
    with suppress(CamresetError):
        match = find_match(kb, typed)
        return match.model_id if match.exact else None
    return None


SESSION_LINK = re.compile(r"(?:^|/s/)([A-Za-z0-9_-]{32})(?:[/?#].*)?$")
"""A session id, or a session link (a helpdesk agent pastes what the customer read out)."""


LOOKS_LIKE_SESSION = re.compile(r"(/s/|^)([A-Za-z0-9_-]{24,40})/?$")
"""Typed like a session id or link, a character missing or extra (see `_looks_like_session`)."""


UNCASED_ID = re.compile(
    r"^(?=.*[A-Za-z])(?=.*[0-9]|.{32}$)(?:[a-z0-9_-]{30,34}|[A-Z0-9_-]{30,34})$"
)
"""A session id typed in one case (read out over the phone), letters and digits, or exactly
an id's 32 letters (1 id in 230 has no digit): no model name is that long (helpdesk review
57, L2; web review 56, F15)."""


def _looks_like_session(query: str) -> bool:
    """A session link, or one word of random-looking characters: both capitals and small
    letters, which no model name, serial number or FCC ID on a label mixes like that."""
    found = LOOKS_LIKE_SESSION.search(query)
    if found is None:
        return False
    word = found[2]
    return bool(found[1]) or (word != word.lower() and word != word.upper())


async def _pasted_session(request: Request, query: str) -> str | None:
    """The session a pasted id or link names, if it exists (never a model: ids are longer)."""
    found = SESSION_LINK.search(query)
    if found is None:
        return None
    with suppress(CamresetError):
        await services(request).sessions.state_async(found[1])
        return found[1]
    return None


DONT_KNOW = re.compile(
    r"\b(?:don['’]?t|do not)\s+know\b|\bno idea\b|\bnot sure\b|\bunknown\b", re.IGNORECASE
)
"""Words for not knowing the model, typed into the search ("I don't know my model"): answered
with where to go, not "check the spelling" (web review 56)."""
SHOWN = 12
"""Models a search lists at most, so "Ring doorbell" also lists the four battery doorbells
after the eight wired ones; more are said to be there."""


def _found_title(query: str, found: int, more: bool = False, close: bool = False) -> str:
    """The page title says what the search found (WCAG 2.4.2): the title is what a screen
    reader announces first on the new page. Names only close to it (`close`) are no match:
    "7 cameras for “Tapo C400”" read as if it were listed (web review 56, F9)."""
    if not query:
        return "Find your camera"
    if not found:
        return f"No camera called “{query}”"
    if close:
        return f"No camera called “{query}”: {found} with names close to it"
    if more:
        return f"More than {found} cameras for “{query}”"
    return f"{found} camera{'s' if found != 1 else ''} for “{query}”"


EMPTY_SEARCH = "Type the model name first"
"""The title of a search sent with nothing typed: its notice's first words ("Find your camera"
sounded like a fresh start)."""


def _no_session(request: Request, query: str, typed: str, never: str = "") -> Response:
    """What was typed looks like a session's id or link (`typed` "id") or short code
    ("code"), and no session has it: said so, never searched as a camera's name. `never`: the
    characters typed that no code has (it cannot be one), named to the person."""
    return render(
        request,
        "find.html",
        title="No camera or session by that name"
        if never or typed == "uncased"
        else f"No session with that {typed}",
        query=query,
        said=query,
        no_session=typed,
        never_in_codes=never_in_codes(never) if never else "",
        matches=[],
        brands=[],
        likely=None,
        lines=_lines(services(request).kb),
    )


def _opened(request: Request, session_id: str) -> Response:
    """The session a code or an id read out opens, kept on this browser's "Carry on where
    you left off": a customer who opened it on a phone from a code found no way back once the
    code had run out (helpdesk review 57, M5)."""
    response = RedirectResponse(f"{request.scope.get('root_path', '')}/s/{session_id}", 303)
    started.remember(request, response, session_id, opened=True, code=True)
    return response


QUERY_CHARS = 100
"""How much of a typed name is searched; a longer one is said cut, with "…" (a 5000-character
name read back as "…FoscamFosc”": review 63, #11)."""


@router.get("/find", name="page_find")
async def find_page(request: Request, q: str = "") -> Response:
    kb = services(request).kb
    query = plain_text(q).strip()[:200]  # a NUL or a bidi override is never shown as typed
    session_id = await _pasted_session(request, query) if len(query) >= 32 else None
    code = normalise(query) if session_id is None else None
    if code is not None:  # a short code read out over the phone
        shared = services(request).sessions.shared_session
        session_id = await run_in_threadpool(shared, code, client_address(request))
    if session_id is None and query:  # a helpdesk's ticket, in this browser's own list
        session_id = await session_by_reference(request, query)  # never a camera's name
    if session_id is not None:
        return _opened(request, session_id)
    if _looks_like_session(query):
        return _no_session(request, query, "id")
    said = f"{query[:QUERY_CHARS]}…" if len(query) > QUERY_CHARS else query
    query = query[:QUERY_CHARS]
    named = find_line(kb, query) if query else None
    if named is not None:  # only a brand ("wyze"): its page lists every model with pictures
        return RedirectResponse(f"{request.scope.get('root_path', '')}/brand/{named}", 303)
    matches = find_models(kb, query, SHOWN + 1)
    more, matches = len(matches) > SHOWN, matches[:SHOWN]  # cut short: said so (review 56)
    if code is not None and not matches:
        return _no_session(request, query, "code")
    hubs = [(hub, line_label(kb.lines[hub.line_id])) for hub in find_hubs(kb, query)]
    if hubs and matches and matches[0].score <= NEAR_SCORE:  # "T8010", a HomeBase's number:
        matches, more = [], False  # not two cameras only spelled much like it (review 64, F5)
    fcc = fcc_reading(kb, query, matches) if query and not hubs else None
    line_ids = list(dict.fromkeys([*find_lines(kb, query), *(hub.line_id for hub, _ in hubs)]))
    if fcc is not None:  # an FCC ID no listed camera has: whose it is (review 76 G, #1, #2)
        return fcc_page(request, fcc, query, said, _found_title(said, 0), _lines(kb))
    brands = [(lid, line_label(kb.lines[lid])) for lid in line_ids]
    if not matches and not hubs and UNCASED_ID.match(query) and not names_a_line(kb, query):
        return _no_session(request, query, "uncased")  # an id read out: its capitals lost
    close = matches and matches[0].score >= PREFIX_SCORE  # a name, or the start of one
    if not close and not hubs and looks_like_reference(query):  # "T-4411": no eufy model
        return _no_session(request, query, "reference")
    # a hub ("arlo base station") is no camera: not "use Arlo's usual steps" on it
    likely = likely_line(kb, query) if query and not close and not hubs else None
    near = bool(matches) and matches[0].score <= NEAR_SCORE  # only spelled much like it
    if near and likely is None and len({m.line_id for m in matches}) == 1:
        likely = matches[0].line_id  # "IPC-HDW2431T-AS-S2": close only to Dahua's models
    # a code's shape, with O, 1… no code has; not where it reads as a camera ("eufy c210")
    never = "" if matches or hubs or brands or likely else misread(query)
    if never:  # O for D, 1 for 7…: the session opens when exactly one live code fits
        sessions = services(request).sessions
        session_id = await run_in_threadpool(
            sessions.look_alike_session, query, client_address(request)
        )
        if session_id is not None:
            return _opened(request, session_id)
        return _no_session(request, query, "code", never)
    unsure = not matches and not brands and DONT_KNOW.search(query) is not None
    # several models of one brand ("Ring Doorbell": twelve doorbells, one picture): a person
    # who can't tell which took "Another brand", the only way on (review 63, #1)
    one_brand = {m.line_id for m in matches} if len(matches) > 1 and not likely else set()
    one_shape = {m.form_factor for m in matches}  # all twelve Ring doorbells: not asked again
    empty = not query and "q" in request.query_params  # the button pressed on an empty box
    return render(
        request,
        "find.html",
        # the title is read first on a new page: it says what went wrong (review 70 A, #8)
        title=EMPTY_SEARCH
        if empty
        else _found_title(said, len(matches), more, close=bool(likely or near)),
        unsure=unsure,
        empty=empty,
        query=query,
        said=said,
        no_session="",
        matches=matches,
        by_fcc_id=[fcc_id_words(m.fcc_id, m.name) for m in matches if m.fcc_id],
        fcc=None,
        more=more,
        brands=brands,
        other_range=None if matches or hubs else other_range(kb, query, line_ids),
        hubs=hubs,
        likely=kb.lines[likely] if likely else None,
        unsure_which=kb.lines[one_brand.pop()] if len(one_brand) == 1 else None,
        unsure_shape=one_shape.pop() if len(one_shape) == 1 else None,
        near=near,
        lines=_lines(kb),
    )


@router.get("/brand/{line_id}", name="page_brand")
async def brand_page(request: Request, line_id: str) -> Response:
    kb = services(request).kb
    line = _brand(kb, line_id)
    groups = _models_by_ff(kb, line_id)
    shapes = [(ff, DRAWINGS[ff].name, len(ms)) for ff, ms in groups.items() if ff in DRAWINGS]
    return render(
        request,
        "brand.html",
        title=line_label(line),
        line=line,
        shapes=shapes,
        groups=[(ff, shape_title(ff), models) for ff, models in groups.items()],
    )


@router.get("/brand/{line_id}/unknown", name="page_unknown_model")
async def unknown_model_page(
    request: Request, line_id: str, form_factor: str | None = None, label: str = ""
) -> Response:
    """Where the label is; then the shape, unless the person came from one shape's list
    (asking "which shape?" again after "video doorbell" reads as not listening)."""
    kb = services(request).kb
    line = _brand(kb, line_id)
    typed = typed_label(label)  # what was searched for goes on into the report
    label_place = fact_view(kb, resolve_generic(kb, line_id, None), "label_location")
    sold = _models_by_ff(kb, line_id)  # the shapes this brand makes, as its models show
    shapes = [(ff, DRAWINGS[ff].name) for ff in FORM_FACTORS if ff in sold or not sold]
    chosen = form_factor if form_factor in DRAWINGS else None  # anything else: ask again
    return render(
        request,
        "unknown.html",
        title=f"“{typed}” is not on our list" if typed else "Find the model name",
        line=line,
        label=label_place,
        shapes=shapes,
        chosen=chosen,
        chosen_name=DRAWINGS[chosen].name if chosen else "",
        network=network_allowed(request),
        typed_label=typed,
    )


@router.get("/brand/{line_id}/{form_factor}", name="page_shape")
async def shape_page(request: Request, line_id: str, form_factor: str) -> Response:
    kb = services(request).kb
    line = _brand(kb, line_id)
    if form_factor not in DRAWINGS:
        raise UnknownModelError(f"{line_id}/{form_factor}", kb.line_ids())
    groups = _models_by_ff(kb, line_id)
    models = groups.get(form_factor, [])
    # a Blink Indoor (Gen 2) is a battery camera to the sources, an indoor one to its owner
    others = sum(len(ms) for ff, ms in groups.items() if ff != form_factor)
    return render(
        request,
        "shape.html",
        others=others,
        title=f"{line_label(line)}: {DRAWINGS[form_factor].name.lower()}",  # as its h1
        line=line,
        form_factor=form_factor,
        shape_name=DRAWINGS[form_factor].name,
        models=models,
    )
