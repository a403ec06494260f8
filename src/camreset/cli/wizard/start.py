"""Opening a session for the guide: resume one by id, or start one from flags or questions."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace

from rich.console import Console
from rich.text import Text

from camreset.app import SessionService
from camreset.app.sessions import Intake
from camreset.cli.wizard.choose_camera import choose_camera, choose_form_factor, choose_have
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.theme import THEME
from camreset.cli.wizard.unknown_model import instead_of_unknown
from camreset.core.kb.knowledge import OTHER
from camreset.core.present.battery_words import single_use_cells
from camreset.core.present.typed_model_words import taken_as_words
from camreset.core.session import Command, SessionState
from camreset.core.session.commands import typed_label
from camreset.core.session.intake import parse_form_factor, parse_have
from camreset.core.session.screens import TERMINAL
from camreset.errors import CamresetError, UnknownModelError, UsageError

LEAVE_FOR_ANOTHER = "type q now, then run `camreset guide` with the model number on its label"
"""Where to type it, in the terminal: the session starts once the checklist is answered."""


@dataclass(frozen=True)
class StartRequest:
    """What the command line said about the camera; `have` None means "not said"."""

    model: str | None = None
    line: str | None = None
    form_factor: str | None = None
    have: frozenset[str] | None = None
    power: str | None = None  # the API's `power`: a power kind id


def split_have(text: str | None) -> frozenset[str] | None:
    """`pin,app` → {"pin", "app"}, checked (InvalidAnswerError naming unknown ids)."""
    if text is None:
        return None
    return frozenset(h.value for h in parse_have(text.split(",")))


def scripted_start(
    service: SessionService, request: StartRequest
) -> tuple[SessionState, Callable[[], str]]:
    """What a new session from flags alone opens on, and how to make it (nothing is saved
    until that is called); UnknownModelError or InvalidAnswerError if the flags don't fit."""
    if not request.model and not request.line:
        raise UsageError("give the camera MODEL (or --line) to run with --answers")
    match = service.match_model(request.model) if request.model else None
    if request.model and match is not None and not match.exact:  # stdout may be JSON lines
        said = taken_as_words(request.model, match.name)
        err = Console(stderr=True, theme=THEME, highlight=False)
        err.print(Text(said, style="notice"), soft_wrap=not err.is_terminal)  # a pipe: unfolded
    intake = Intake(
        model=request.model,
        line=request.line,
        form_factor=request.form_factor,
        have=request.have,
        power=request.power,
        via=TERMINAL,
    )
    return service.preview(**intake), lambda: service.start(**intake)[0]


def start_interactive(
    service: SessionService, request: StartRequest, console: Console, reader: LineReader
) -> str:
    """Ask for whatever the flags left out, then start; Leave if the person quits first."""
    kb = service.kb
    typed = ""
    if not request.model and not request.line:
        camera = choose_camera(console, reader, kb)
        request = replace(
            request, model=camera.model, line=camera.line, form_factor=camera.form_factor
        )
        typed = camera.label  # a name its brand's list lacks: the report keeps it
    elif request.line == OTHER and not request.form_factor:  # every page goes by its shape,
        # as the web and the brand menu ask it (review 63, #10: `--line other` never did)
        form_factor = choose_form_factor(console, reader, kb, OTHER)
        request = replace(request, form_factor=form_factor)
    # A name no model has is asked about here, before anything else; a name taken as the
    # closest model is said before the first question too, and above the first step.
    try:
        match = service.match_model(request.model) if request.model else None
    except UnknownModelError as unknown:
        if unknown.hub:  # a hub's name: what the error says is the answer
            raise
        camera = instead_of_unknown(console, reader, kb, unknown)
        request = replace(
            request, model=camera.model, line=camera.line, form_factor=camera.form_factor
        )
        kept = camera.label or (unknown.query if camera.keeps_typed else "")
        typed = "" if camera.model else kept  # kept, as the web's
        match = service.match_model(request.model) if request.model else None
    model_id = match.model_id if match is not None else None
    # kb.line, not kb.lines: "another brand" is a line too, whose app the web's checklist
    # names ("A phone with the camera's app"; the terminal said "the maker's app": review 76 G)
    line = kb.line_of(model_id) if model_id else kb.line(request.line) if request.line else None
    app = service.guide.camera(model_id, None, None).app if model_id else line.app if line else None
    if match is not None and not match.exact and request.model:
        said = taken_as_words(request.model, match.name, here=LEAVE_FOR_ANOTHER)
        console.print(Text(said, style="notice"))
    if request.power:  # a power its sources do not give is said before the checklist
        service.preview(
            model=request.model,
            line=request.line,
            form_factor=request.form_factor,
            power=request.power,
        )
    if request.have is None:
        used = service.guide.items_used(
            model_id, request.line, parse_form_factor(request.form_factor)
        )
        resolved = service.guide.camera(
            model_id, request.line, parse_form_factor(request.form_factor)
        )
        have = choose_have(console, reader, app, used, cells=single_use_cells(resolved))
    else:
        have = request.have
    # None: not asked; each step that needs an item asks for it
    session_id, _state = service.start(
        model=request.model,
        line=request.line,
        form_factor=request.form_factor,
        have=have,
        power=request.power,
        via=TERMINAL,
    )
    if typed:
        with contextlib.suppress(CamresetError):  # a detail it refuses is only not kept
            service.apply(session_id, Command("details", data={"label_model": typed_label(typed)}))
    return session_id
