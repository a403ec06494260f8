"""`camreset guide` and `camreset report`: the guide in a terminal (`sessions`: sessions_cmd).

Errors leave as camreset's own exceptions and cli/app.py prints them (one line, exit 2, or 1
when the database cannot be reached); the guide's own exit codes are in wizard/exits.py and
docs/terminal.md.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from camreset.cli.context import CliContext, cli
from camreset.cli.options import BaseUrlOption, DatabaseUrlOption
from camreset.cli.plain_mode import PLAIN_ENV, wizard_console
from camreset.cli.power_option import power_option
from camreset.cli.shape_option import shape_option
from camreset.cli.typed_args import short
from camreset.cli.wizard.pace import FAST_ENV
from camreset.errors import SessionNotFoundError, UsageError

if TYPE_CHECKING:
    from camreset.app import SessionService

# The rest is imported where it runs: `guide --help` loaded the store, SQLAlchemy, Alembic
# and the wizard to print its options (1.6 s; issue 15, point 4).

NO_TERMINAL = (
    "this needs a terminal to ask its questions. To run without one, put the answers in a "
    "file: camreset guide MODEL --answers FILE (see docs/terminal.md)"
)


def guide(
    ctx: typer.Context,
    model: Annotated[
        str | None, typer.Argument(help="Camera model, e.g. tapo-c200 or 'Tapo C200'.")
    ] = None,
    resume: Annotated[
        str | None,
        typer.Option(
            "--resume",
            metavar="ID",
            help="Continue a saved session: its id, or the short code its web page shows.",
        ),
    ] = None,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers", metavar="FILE", help="Replay answers from a YAML/JSON list (- = stdin)."
        ),
    ] = None,
    have: Annotated[
        str | None,
        typer.Option(
            metavar="ITEMS", help="What is at hand, comma-separated: pin,original_adapter,app,..."
        ),
    ] = None,
    line: Annotated[
        str | None,
        typer.Option(
            metavar="LINE", help="Product line (e.g. tapo, ring, hikvision) without a model."
        ),
    ] = None,
    form_factor: Annotated[str | None, shape_option("With --line, the camera's shape:")] = None,
    power: Annotated[str | None, power_option()] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="With --answers: print each step as a JSON line.")
    ] = False,
    fast: Annotated[
        bool,
        typer.Option(
            "--fast",
            envvar=FAST_ENV,
            show_envvar=False,
            help=f"Run timers 100x faster (tests). \\[env: {FAST_ENV}]",
        ),
    ] = False,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            envvar=PLAIN_ENV,
            show_envvar=False,
            help=f"Plain lines: each timer cue said once (as TERM=dumb). \\[env: {PLAIN_ENV}]",
        ),
    ] = False,
    ref: Annotated[
        str | None,
        typer.Option(
            "--ref",
            metavar="REF",
            help="The helpdesk's reference (a ticket number, at most 40 characters), as the "
            "session's page sets it: shown by `sessions`, found by `sessions --ref`.",
        ),
    ] = None,
    database_url: DatabaseUrlOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Guide a camera reset step by step in this terminal (or replay answers from a file).

    With a screen reader, or for a log: `camreset guide --plain` (each timer cue said once).

    Exit: 0 done, 1 database down, 2 bad input, 3 support next, 4 unfinished, 130 Ctrl-C.

    Exit 129, 143: the terminal closed, or it was stopped (resumable, as after Ctrl-C).
    """

    from camreset.cli.wizard.answers_file import load_answers
    from camreset.cli.wizard.exits import UNFINISHED
    from camreset.cli.wizard.interactive import Wizard
    from camreset.cli.wizard.keys import LineReader
    from camreset.cli.wizard.pace import Pace
    from camreset.cli.wizard.prompts import Leave
    from camreset.cli.wizard.scripted import ScriptedRun
    from camreset.cli.wizard.signals import Caught, stopped_by_signals
    from camreset.cli.wizard.start import (
        StartRequest,
        scripted_start,
        split_have,
        start_interactive,
    )
    from camreset.core.kb.search import find_line

    typed = {"MODEL": model, "--resume": resume, "--have": have, "--line": line}
    for what, value in (*typed.items(), ("--form-factor", form_factor)):
        short(value, what)
    if model is not None and not model.strip():  # "$MODEL" unset in a script: no picker
        raise UsageError("MODEL is empty: give a model (e.g. tapo-c200), or leave it out")
    line = line.strip().casefold() if line is not None else None  # "Tapo" is tapo
    if resume and (model or line or form_factor or have or power):
        raise UsageError(
            "--resume continues a saved session: leave out MODEL, --line, --have, --power"
        )
    if model and line:
        raise UsageError("give a MODEL or --line, not both")
    if as_json and answers is None:
        raise UsageError("--json prints a scripted run: use it with --answers FILE")
    if model and not line and (named := find_line(cli(ctx).kb(), model)):
        model, line = None, named  # "guide hikvision", as `show hikvision`: the brand's steps
    _check_line(ctx, line, form_factor)
    reference = _reference(ref)
    request = StartRequest(model, line, form_factor, split_have(have), power)
    items = load_answers(answers) if answers is not None else None
    context = _open(ctx, database_url, base_url)
    service = context.service()
    typed_resume = resume
    if resume:  # an unknown id is the mistake to name first, terminal or not
        resume = session_of(service, resume)
        _tag(service, resume, reference)
    if items is None and not (sys.stdin.isatty() and sys.stdout.isatty()):
        if model:  # a model no one lists is the mistake to name first (installer review 66)
            service.match_model(model)
        raise UsageError(NO_TERMINAL)
    console = wizard_console(plain=plain)
    session_id: str | None = resume
    caught = Caught()
    try:
        if items is not None:
            run = ScriptedRun(context, console, as_json=as_json)
            if session_id is None:
                first, start = scripted_start(service, request)
                code = run.run_new(first, lambda: _tag(service, start(), reference), items)
            else:
                code = run.run(session_id, items)
        else:
            with stopped_by_signals() as caught:
                reader = LineReader()
                if session_id is None:
                    started = start_interactive(service, request, console, reader)
                    session_id = _tag(service, started, reference)
                screen = _screen(resume, typed_resume)
                code = caught.exit_code(
                    Wizard(context, console, reader, Pace.of(fast), screen).run(session_id)
                )
    except Leave:
        console.print("Left before starting; nothing was saved.")
        raise typer.Exit(UNFINISHED) from None
    except KeyboardInterrupt:
        console.print("\nStopped before starting; nothing was saved.")
        raise typer.Exit(caught.exit_code(130)) from None
    raise typer.Exit(code)


def _reference(typed: str | None) -> str | None:
    """`--ref` with the web's limits (one line, at most REFERENCE_MAX characters), and a letter
    or digit, so `sessions --ref` finds it; else a bad command line (exit 2)."""
    from camreset.core.session.commands import reference_of
    from camreset.errors import InvalidAnswerError

    if typed is None:
        return None
    try:
        said = reference_of(typed)
    except InvalidAnswerError as too_long:
        raise UsageError(f"--ref: {too_long}") from None
    if not any(c.isalnum() for c in said):
        raise UsageError("--ref needs a letter or digit: the helpdesk's ticket number, e.g. T-4411")
    return said


def _tag(service: SessionService, session_id: str, reference: str | None) -> str:
    """The session given its reference, as the web page's form saves it (a `details` event with
    `reference`); the reference is kept from the report for the vendor, as the form's default."""
    from camreset.core.session import Command
    from camreset.core.session.commands import REFERENCE, REFERENCE_SHARED

    if reference is not None:
        service.apply(
            session_id, Command("details", data={REFERENCE: reference, REFERENCE_SHARED: ""})
        )
    return session_id


def _screen(resume: str | None, typed: str | None) -> str | None:
    """Where this run's answers come from: the terminal that starts the session, or another
    screen when a short code opened it (read out from a page); a resume by id, not known."""
    from camreset.core.session.commands import ANOTHER, STARTER

    if not resume:
        return STARTER
    return ANOTHER if resume != typed else None


def _check_line(ctx: typer.Context, line: str | None, form_factor: str | None) -> None:
    """A mistyped --line is named before anything is asked (it was refused only after the
    first question, as an "unknown camera model"); --form-factor is checked as it is read."""
    from rich.console import Console
    from rich.text import Text

    from camreset.core.kb.knowledge import OTHER
    from camreset.core.present.names import line_label, unlisted_shape_words

    if form_factor is not None and line is None:
        raise UsageError(
            "--form-factor goes with --line (e.g. `guide --line tapo --form-factor indoor`)"
        )
    if line is None:
        return
    kb = cli(ctx).kb()
    if line.casefold() != OTHER and line not in kb.line_ids():
        raise UsageError(f"unknown --line {line!r}; lines: {', '.join(kb.line_ids())}")
    if form_factor is not None and line.casefold() != OTHER:
        said = unlisted_shape_words(line_label(kb.line(line)), form_factor, kb.shapes(line))
        if said:  # on stderr: a script's stdout may be JSON lines
            Console(stderr=True, highlight=False).print(Text(said, style="yellow"))


def session_of(service: SessionService, typed: str) -> str:
    """The session `typed` names: its id, or the live short code a customer reads out from
    the web page ("73S9-NRNK"), which a helpdesk agent at a terminal could not use (technician
    review 51). SessionNotFoundError, as for an id, when it is neither."""
    from camreset.core.share_code import CODE_LIFETIME, look_alikes, normalise

    try:
        service.state(typed)
    except SessionNotFoundError:
        found = service.shared_session(typed, "cli") or service.look_alike_session(typed, "cli")
        if found is not None:
            return found
        if normalise(typed) is None and not look_alikes(typed):
            raise
        hours = CODE_LIFETIME.total_seconds() / 3600
        raise SessionNotFoundError(  # shaped like a short code: say what a code does
            f"no session has id {typed!r}, and no live short code is {typed!r} (a code works "
            f"for {hours:g} hours: get a new one on the session's page)"
        ) from None
    return typed


def _open(ctx: typer.Context, database_url: str | None, base_url: str | None) -> CliContext:
    """The shared context, its settings taken from this command's flags."""
    context = cli(ctx)
    context.settings(database_url, base_url)
    return context


def _text_for(text: str) -> str:
    """The plain-text report folded at a terminal's width, as the wizard's `r` prints it (its
    "Reset button:" line ran to 200 columns: technician review 74, G #10c); unfolded in a pipe
    or a file, for a chat box or a form, which fold it themselves."""
    from camreset.cli.stdout import fitted_width, piped
    from camreset.cli.wizard.report_fold import hanging

    return text if piped() else hanging(text.rstrip("\n"), fitted_width()) + "\n"


def report(
    ctx: typer.Context,
    session_id: Annotated[
        str, typer.Argument(metavar="ID", help="The session's id, or its live short code.")
    ],
    format: Annotated[
        Literal["md", "markdown", "txt", "text", "json"],
        typer.Option("--format", metavar="FORMAT", help="md (or markdown), txt (or text) or json."),
    ] = "md",
    with_id: Annotated[
        bool,
        typer.Option("--with-id", help="Include the session id (a secret: only if asked)."),
    ] = False,
    database_url: DatabaseUrlOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Print the report to hand to the vendor's support (Markdown, plain text or JSON)."""
    from camreset.app.local_time import local_zone
    from camreset.core.report import build_report, render_markdown, render_text, terminal_json

    short(session_id, "ID")
    service = _open(ctx, database_url, base_url).service()
    session_id = session_of(service, session_id)
    shown = session_id if with_id else None
    zone = None if format == "json" else local_zone()  # JSON for programs: UTC, as stored
    state = service.state(session_id)
    built = build_report(service.kb_for(state), state, session_id=shown, zone=zone)
    if format == "json":  # what people typed is escaped, not printed raw (terminal_json)
        document = json.dumps(built.model_dump(mode="json"), indent=2, ensure_ascii=False)
        typer.echo(terminal_json(document))
    elif format in ("txt", "text"):  # the words an agent types first (helpdesk review 57)
        typer.echo(_text_for(render_text(built)), nl=False)
    else:
        typer.echo(render_markdown(built), nl=False)
