"""One way to turn a template into a response: autoescaped Jinja2, CSRF cookie attached.

Every string on a page comes from the KB or from a person, so autoescaping is on for every
template (not only `.html`), and the only `Markup` we make is our own SVG, and links around
web addresses whose text is escaped (`linked`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from camreset.core.present import (
    feedback_words,
    follow_words,
    list_words,
    names,
    network_words,
    number_words,
    seen_words,
)
from camreset.core.present.confidence_words import CONFIDENCE
from camreset.core.present.fact_groups import group_facts
from camreset.core.present.fixed_words import for_sale, still_not_right, still_not_right_title
from camreset.core.present.found_words import FOUND_LINK
from camreset.core.present.no_hub_yet import NEEDS_HUB_END
from camreset.core.present.two_screens import HOLD_ELSEWHERE
from camreset.core.present.usual_note import says_usual, usual_note
from camreset.core.session.commands import REFERENCE_MAX
from camreset.core.session.model_found import can_find
from camreset.web import csrf
from camreset.web.drawings import DRAWINGS, drawing_svg
from camreset.web.pages import leds
from camreset.web.pages.desk_mark import on_desk
from camreset.web.pages.started import started_here

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


BULLET = "• "
"""A paragraph that is one item of a list, in the text the terminal prints as it is."""
WEB_ADDRESS = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)]")
"""A web address in a step's or a fact's words: a link to tap, not text to copy (a Tapo
owner's "https://community.tp-link.com/en/forgetpw" was plain text: web review 56)."""


SUPPORT_AFTER = frozenset({NEEDS_HUB_END})
"""Ends that stop without a reset for support to take up: what to do comes before the box
that hands the report to support (a buyer told to get a hub of their own first read "Take
this to Arlo support" as the page's first words)."""


def linked(text: str | None) -> Markup:
    """`text` escaped, each web address in it a link (its words escaped too)."""
    if not text:
        return Markup("")
    out, at = [], 0
    for found in WEB_ADDRESS.finditer(text):
        url = found.group()
        out += [
            escape(text[at : found.start()]),
            Markup('<a href="{0}" rel="noopener noreferrer">{0}</a>').format(url),
        ]
        at = found.end()
    return Markup("").join([*out, escape(text[at:])])


def paragraphs(text: str | None) -> Markup:
    """Plain text with blank-line paragraphs → escaped `<p>` elements (single newlines kept);
    paragraphs in a row that start with "• " → one `<ul>`, so a screen reader says how many
    there are and can move from one to the next (it read "bullet" before each `<p>`)."""
    if not text:
        return Markup("")
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    out: list[Markup] = []
    items: list[Markup] = []
    for block in [*blocks, ""]:
        lines = Markup("<br>").join(linked(line) for line in block.removeprefix(BULLET).split("\n"))
        if block.startswith(BULLET):
            items.append(Markup("<li>{}</li>").format(lines))
            continue
        if items:
            out.append(Markup("<ul>{}</ul>").format(Markup("").join(items)))
            items = []
        if block:
            out.append(Markup("<p>{}</p>").format(lines))
    return Markup("").join(out)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # see load_templates
    )
    env.filters["paragraphs"] = paragraphs
    env.filters["linked"] = linked
    env.filters["duration"] = number_words.duration
    env.filters["clock"] = number_words.clock
    env.filters["chance"] = number_words.chance
    env.filters["percent"] = number_words.percent
    env.filters["fact_groups"] = group_facts
    env.filters["sentence"] = network_words.as_sentence
    env.globals["drawing"] = drawing_svg
    env.globals["can_find_model"] = can_find  # offered only where it would be taken
    env.globals["FOUND_LINK"] = FOUND_LINK  # "I found the model", as the terminal's help says
    env.globals["FOLLOW_LABEL"] = follow_words.FOLLOW_LABEL  # the words a page following
    env.globals["FOLLOW_SAYS"] = follow_words.FOLLOW_SAYS  # another screen says: the core's
    env.globals["MOVED_SAYS"] = follow_words.MOVED_SAYS
    env.globals["OFFLINE_SAYS"] = follow_words.OFFLINE_SAYS
    env.globals["HOLD_ELSEWHERE"] = HOLD_ELSEWHERE
    env.globals["SEEN"] = {"heading": seen_words.SEEN_HEADING, "none": seen_words.NONE_SEEN}
    env.globals["shape_name"] = lambda ff: DRAWINGS[ff].name if ff in DRAWINGS else ""
    env.globals["led_initial"] = leds.initial
    env.globals["line_label"] = names.line_label
    env.globals["camera_name"] = names.camera_name
    env.globals["usual_note"] = usual_note
    env.globals["says_usual"] = says_usual
    env.globals["support_name"] = names.support_name  # a support link's name, not its
    env.filters["on_paper"] = names.address_on_paper  # address, which stays beside it
    env.filters["with_article"] = names.with_article
    env.globals["confidence"] = CONFIDENCE
    env.globals["support_after"] = SUPPORT_AFTER
    env.globals["feedback_question"] = feedback_words.feedback_question
    env.globals["still_not_right"] = still_not_right
    env.globals["still_not_right_title"] = still_not_right_title
    env.globals["for_sale"] = for_sale
    env.globals["reference_form"] = {
        "label": list_words.REFERENCE_WORDS,
        "hint": list_words.REFERENCE_HINT,
        "shared": list_words.REFERENCE_SHARED_WORDS,
        "elsewhere": list_words.REFERENCE_ELSEWHERE,
        "summary_elsewhere": list_words.REFERENCE_SUMMARY_ELSEWHERE,
        "at_desk": list_words.REFERENCE_AT_DESK,
        "show": list_words.REFERENCE_SHOW,
        "own_copy": list_words.REFERENCE_OWN_COPY,
        "marks": list_words.REFERENCE_MARKS,
        "started_here": list_words.REFERENCE_STARTED_HERE,
        "save_marks": list_words.REFERENCE_SAVE_MARKS,
        "max": REFERENCE_MAX,
    }
    env.globals["on_desk"] = on_desk
    env.globals["started_here"] = started_here
    return env


ENV = _environment()


def load_templates() -> None:
    """Compile every page template now, once per process: a server left running while its
    files were upgraded went on rendering new templates with old code (every "I don't know my
    model" page answered 500 to a reviewer until the restart). It keeps the ones it started
    with instead."""
    for name in ENV.list_templates(extensions=["html"]):
        ENV.get_template(name)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render `name` with `context`, the CSRF token and the request; set the CSRF cookie."""
    token = csrf.token_for(request)
    root = str(request.scope.get("root_path", "")).rstrip("/")
    html = ENV.get_template(name).render(request=request, csrf_token=token, root=root, **context)
    response = HTMLResponse(html, status_code=status_code)
    response.headers.setdefault("Cache-Control", "no-store")
    csrf.set_cookie(request, response)
    return response
