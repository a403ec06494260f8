"""`camreset guide`, `camreset sessions`, `camreset report`: the guide in a terminal.

The lead registers these on the app (`app.command("guide")(guide)` and so on). Each command
catches camreset's own errors at this one boundary and prints one line, never a traceback;
exit codes are in wizard/exits.py and docs/terminal.md.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

from camreset.cli.options import BaseUrlOption, DatabaseUrlOption
from camreset.cli.wizard.context import open_context
from camreset.cli.wizard.exits import BAD_INPUT, FAILURE, UNFINISHED, fail
from camreset.cli.wizard.interactive import Wizard
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.pace import FAST_ENV, Pace
from camreset.cli.wizard.prompts import Leave
from camreset.cli.wizard.script import load_answers
from camreset.cli.wizard.scripted import ScriptedRun
from camreset.cli.wizard.start import StartRequest, parse_have, start_interactive, start_scripted
from camreset.cli.wizard.theme import THEME
from camreset.core.report import build_report, render_markdown, render_text
from camreset.errors import CamresetError, KBError, StoreError

NARROW = 90
NO_TERMINAL = (
    "this needs a terminal to ask its questions. To run without one, put the answers in a "
    "file: camreset guide MODEL --answers FILE (see docs/terminal.md)"
)


def _code(exc: CamresetError) -> int:
    """Our fault or the database's: 1; anything the person typed: 2."""
    return FAILURE if isinstance(exc, StoreError | KBError) else BAD_INPUT


def guide(
    model: Annotated[
        str | None, typer.Argument(help="Camera model, e.g. tapo-c200 or 'Tapo C200'.")
    ] = None,
    resume: Annotated[
        str | None, typer.Option("--resume", metavar="ID", help="Continue a saved session.")
    ] = None,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers", metavar="FILE", help="Replay answers from a YAML/JSON list (- = stdin)."
        ),
    ] = None,
    have: Annotated[
        str | None,
        typer.Option(help="What is at hand, comma-separated: pin,original_adapter,app,..."),
    ] = None,
    line: Annotated[
        str | None, typer.Option(help="Product line (tapo, kasa, amcrest) without a model.")
    ] = None,
    form_factor: Annotated[
        str | None, typer.Option(help="Camera shape with --line: indoor, bullet, ...")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="With --answers: print each step as a JSON line.")
    ] = False,
    fast: Annotated[
        bool, typer.Option("--fast", envvar=FAST_ENV, help="Run timers 100x faster (tests).")
    ] = False,
    database_url: DatabaseUrlOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Guide a camera reset step by step in this terminal (or replay answers from a file)."""
    if resume and (model or line or form_factor or have):
        raise fail("guide", "--resume continues a saved session: leave out MODEL, --line, --have")
    if as_json and answers is None:
        raise fail("guide", "--json prints a scripted run: use it with --answers FILE")
    try:
        request = StartRequest(model, line, form_factor, parse_have(have))
        items = load_answers(answers) if answers is not None else None
    except CamresetError as exc:
        raise fail("guide", str(exc)) from None
    if items is None and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise fail("guide", NO_TERMINAL)
    console = Console(theme=THEME, highlight=False)
    session_id: str | None = resume
    try:
        with open_context(database_url, base_url) as ctx:
            if items is not None:
                session_id = session_id or start_scripted(ctx, request)
                code = ScriptedRun(ctx, console, as_json=as_json).run(session_id, items)
            else:
                reader = LineReader()
                session_id = session_id or start_interactive(ctx, request, console, reader)
                code = Wizard(ctx, console, reader, Pace.of(fast)).run(session_id)
    except Leave:
        console.print("Left before starting; nothing was saved.")
        raise typer.Exit(UNFINISHED) from None
    except KeyboardInterrupt:
        console.print("\nStopped before starting; nothing was saved.")
        raise typer.Exit(130) from None
    except CamresetError as exc:
        raise fail("guide", str(exc), _code(exc)) from None
    raise typer.Exit(code)


def sessions(
    limit: Annotated[int, typer.Option(min=1, max=1000, help="How many to list.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    database_url: DatabaseUrlOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """List recent sessions, newest first: id, model, started, state, outcome."""
    try:
        with open_context(database_url, base_url) as ctx:
            rows = ctx.sessions.store.recent(limit)
    except CamresetError as exc:
        raise fail("sessions", str(exc), _code(exc)) from None
    if as_json:
        out = [
            {
                "id": r.id,
                "model": r.model,
                "started": r.started.isoformat(),
                "updated": r.updated.isoformat(),
                "state": r.state,
                "outcome": r.outcome,
            }
            for r in rows
        ]
        typer.echo(json.dumps(out, indent=2))
        return
    if not rows:
        typer.echo("No sessions yet. Start one with: camreset guide")
        return
    console = Console(theme=THEME, highlight=False)
    cells = [
        (
            r.id,
            r.model or "(model unknown)",
            r.started.strftime("%Y-%m-%d %H:%M"),
            r.state.replace("_", " "),
            r.outcome or "",
        )
        for r in rows
    ]
    if console.width < NARROW:  # one block per session: a 32-character id fits nowhere else
        for c in cells:
            console.print(c[0], f"  {c[1]} · {c[2]} · {c[3]} {c[4]}".rstrip(), "", sep="\n")
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    for name in ("id", "model", "started", "state", "outcome"):
        table.add_column(name, no_wrap=name == "id")
    for c in cells:
        table.add_row(*c)
    console.print(table)


def report(
    session_id: Annotated[str, typer.Argument(metavar="ID", help="The session's id.")],
    format: Annotated[
        Literal["md", "txt", "json"], typer.Option("--format", help="md, txt or json.")
    ] = "md",
    database_url: DatabaseUrlOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Print the report to hand to the vendor's support (Markdown, plain text or JSON)."""
    try:
        with open_context(database_url, base_url) as ctx:
            state = ctx.sessions.state(session_id)
            built = build_report(ctx.kb, state, session_id=session_id)
    except CamresetError as exc:
        raise fail("report", str(exc), _code(exc)) from None
    if format == "json":
        typer.echo(built.model_dump_json(indent=2))
    elif format == "txt":
        typer.echo(render_text(built), nl=False)
    else:
        typer.echo(render_markdown(built), nl=False)
