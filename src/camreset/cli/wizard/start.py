"""Opening a session for the guide: resume one by id, or start one from flags or questions."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.text import Text

from camreset.app import SessionService
from camreset.cli.wizard.choose_camera import choose_camera, choose_have
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.theme import THEME
from camreset.core.present.words import taken_as_words
from camreset.core.session.intake import parse_have
from camreset.errors import UsageError


@dataclass(frozen=True)
class StartRequest:
    """What the command line said about the camera; `have` None means "not said"."""

    model: str | None = None
    line: str | None = None
    form_factor: str | None = None
    have: frozenset[str] | None = None


def split_have(text: str | None) -> frozenset[str] | None:
    """`pin,app` → {"pin", "app"}, checked (InvalidAnswerError naming unknown ids)."""
    if text is None:
        return None
    return frozenset(h.value for h in parse_have(text.split(",")))


def start_scripted(service: SessionService, request: StartRequest) -> str:
    """A new session from flags alone; UnknownModelError or InvalidAnswerError if they don't fit."""
    if not request.model and not request.line:
        raise UsageError("give the camera MODEL (or --line) to run with --answers")
    if request.model:  # said on stderr: stdout may be JSON lines
        request = _checked(service, request, Console(stderr=True, theme=THEME, highlight=False))
    session_id, _state = service.start(
        model=request.model, line=request.line, form_factor=request.form_factor, have=request.have
    )
    return session_id


def start_interactive(
    service: SessionService, request: StartRequest, console: Console, reader: LineReader
) -> str:
    """Ask for whatever the flags left out, then start; Leave if the person quits first."""
    kb = service.kb
    if not request.model and not request.line:
        camera = choose_camera(console, reader, kb)
        request = StartRequest(camera.model, camera.line, camera.form_factor, request.have)
    elif request.model:  # check the model before asking anything else: a typo fails fast
        request = _checked(service, request, console)
    line = kb.line_of(request.model) if request.model else kb.lines.get(request.line or "")
    app = line.app if line is not None else None
    have = request.have if request.have is not None else choose_have(console, reader, app)
    # None: not asked; each step that needs an item asks for it
    session_id, _state = service.start(
        model=request.model, line=request.line, form_factor=request.form_factor, have=have
    )
    return session_id


def _checked(service: SessionService, request: StartRequest, console: Console) -> StartRequest:
    """The request with MODEL as the id it means; a name taken as the closest is said."""
    assert request.model is not None
    match = service.match_model(request.model)
    if not match.exact:
        console.print(Text(taken_as_words(request.model, match.name), style="notice"))
    return StartRequest(match.model_id, None, None, request.have)
