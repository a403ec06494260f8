"""Opening a session for the guide: resume one by id, or start one from flags or questions."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console

from camreset.cli.wizard.choose_camera import choose_camera, choose_have
from camreset.cli.wizard.context import WizardContext
from camreset.cli.wizard.keys import LineReader
from camreset.core.guide.plan import DEFAULT_HAVE
from camreset.core.kb.troubleshooting import Have
from camreset.errors import InvalidAnswerError


@dataclass(frozen=True)
class StartRequest:
    """What the command line said about the camera; `have` None means "not said"."""

    model: str | None = None
    line: str | None = None
    form_factor: str | None = None
    have: frozenset[str] | None = None


def parse_have(text: str | None) -> frozenset[str] | None:
    """`pin,app` → {"pin", "app"}; InvalidAnswerError naming unknown ids."""
    if text is None:
        return None
    chosen = frozenset(part.strip() for part in text.split(",") if part.strip())
    known = [h.value for h in Have]
    unknown = sorted(chosen - set(known))
    if unknown:
        raise InvalidAnswerError(
            f"--have: unknown item(s) {', '.join(unknown)}; use any of {','.join(known)}"
        )
    return chosen


def start_scripted(ctx: WizardContext, request: StartRequest) -> str:
    """A new session from flags alone; UnknownModelError or InvalidAnswerError if they don't fit."""
    if not request.model and not request.line:
        raise InvalidAnswerError("give the camera MODEL (or --line) to run with --answers")
    session_id, _state = ctx.sessions.start(
        model=request.model,
        line=request.line,
        form_factor=request.form_factor,
        have=request.have if request.have is not None else DEFAULT_HAVE,
    )
    return session_id


def start_interactive(
    ctx: WizardContext, request: StartRequest, console: Console, reader: LineReader
) -> str:
    """Ask for whatever the flags left out, then start; Leave if the person quits first."""
    if not request.model and not request.line:
        camera = choose_camera(console, reader, ctx.kb)
        request = StartRequest(camera.model, camera.line, camera.form_factor, request.have)
    elif request.model:
        # check the model before asking anything else, so a typo fails fast
        from camreset.core.kb.search import find_model

        if request.model not in ctx.kb.models:
            request = StartRequest(find_model(ctx.kb, request.model), None, None, request.have)
    have = request.have if request.have is not None else choose_have(console, reader)
    session_id, _state = ctx.sessions.start(
        model=request.model, line=request.line, form_factor=request.form_factor, have=have
    )
    return session_id
