"""The `camreset` command line: one Typer app, one shared context, one error handler.

Every command raises camreset's own errors and never prints them itself: `main` turns each
into one line on stderr (`camreset COMMAND: message`) and exit 2, or exit 1 when the session
database cannot be reached; `--debug` adds the traceback. A bad command line gets exit 2 and
one line of help. Anything else is a bug: one line and exit 70 (cli/errors.py).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

from camreset.cli.context import CliContext
from camreset.cli.errors import EXIT_USAGE, report_bug, report_error
from camreset.cli.lazy import LazyCommand, lazy_group
from camreset.cli.startup import before_exit, pause_collector
from camreset.cli.streams import flush_output, guard_streams
from camreset.core.plain import plain_text
from camreset.errors import CamresetError, OutputError


def _cmd(module: str, attribute: str, help: str) -> LazyCommand:
    return LazyCommand(f"camreset.cli.{module}", attribute, help)


# Commands are imported when they run (cli/lazy.py), so `--help` and `show` start fast.
COMMANDS = {
    "models": _cmd(
        "models_cmd",
        "models",
        "List the camera models camreset knows, or those matching QUERY (exit 1: none).",
    ),
    "show": _cmd(
        "models_cmd",
        "show",
        "Show a model's reset card: button, hold time, lights, power, with sources (a model "
        "not listed of a known brand: that brand's defaults and exit 1; nothing matches: "
        "exit 2).",
    ),
    "serve": _cmd(
        "serve_cmd",
        "serve",
        "Serve the step-by-step guide and its JSON API (API reference at /docs).",
    ),
    "guide": _cmd(
        "guide_cmd",
        "guide",
        "Guide a camera reset step by step in this terminal (or replay answers from a file).",
    ),
    "sessions": _cmd(
        "sessions_cmd",
        "sessions",
        "List recent sessions, last active first: id, model, last active, state, and where "
        "each stands (the step it waits at, the address its camera answered from).",
    ),
    "report": _cmd(
        "guide_cmd",
        "report",
        "Print the report to hand to the vendor's support (Markdown, plain text or JSON).",
    ),
    "share": _cmd(
        "share_cmd",
        "share",
        "Print the session's short code to read out, and where the person types it.",
    ),
    "bench": _cmd(
        "bench_cmd",
        "bench",
        "Benchmark the engine on simulated cases, random models and next-step latency.",
    ),
    "scan": _cmd(
        "scan_cmd",
        "scan",
        "Find cameras on this computer's local network (or at --target addresses); exit 1 when "
        "none answered.",
    ),
    "check": _cmd(
        "scan_cmd",
        "check",
        "Ask the camera at ADDR whether it is back at factory settings (exit 1: no answer; 3: "
        "still set up; 4: cannot tell).",
    ),
    "reset-remote": _cmd(
        "remote_cmd",
        "reset_remote",
        "Reset or restart a camera over the network, after you confirm it is yours.",
    ),
    "kb": _cmd("kb_cmd", "kb_app", "Check or export the knowledge base."),
    "engine": _cmd(
        "engine_cmd", "engine_app", "Run the troubleshooting engine on a generic model (JSON)."
    ),
}
"""Every command: where it lives and its line in `camreset --help` (checked against its own
help by tests/cli/test_lazy.py)."""

VALIDATOR_PREFIX = "Value error, "
"""What the option validator puts before its own message; a person needs only the message."""

HELP = (
    "Get a security camera that will not factory-reset back to setup mode, one step at a "
    "time.\n\nStart with `camreset guide` (in this terminal) or `camreset serve` (in a "
    "browser, also on a phone). A mistake in what was typed is one line and exit 2; exit 1 "
    "when the session database cannot be reached; `--debug` adds the traceback."
)
"""The root's `--help` (the module docstring above is for developers)."""

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help=HELP,
    cls=lazy_group(COMMANDS),
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_show_locals=False,  # `reset-remote` holds a password in a local
)


def _version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version  # only when asked: start-up stays fast

        typer.echo(f"camreset {version('camreset')}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    debug: Annotated[
        bool, typer.Option("--debug", help="On an error, print the traceback as well.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """camreset: get a security camera that will not factory-reset back to setup mode."""
    obj = ctx.obj if isinstance(ctx.obj, CliContext) else CliContext()
    obj.debug = obj.debug or debug
    ctx.obj = obj


def _typed_command(argv: list[str] | None) -> str:
    """ "camreset COMMAND" for an error the parser raised without naming its command (an
    option missing its value): the first word typed that is a command, if any."""
    words = sys.argv[1:] if argv is None else argv
    command = next((w for w in words if not w.startswith("-")), None)
    return f"camreset {command}" if command in COMMANDS else "camreset"


EXTRA_WORDS = "Got unexpected extra argument"
"""Click's words for more words than a command takes: a model name typed without quotes."""
NAMING_COMMANDS = frozenset({"guide", "show", "models"})
"""Commands whose argument is a camera's name, which may have spaces (`guide tapo c200`); a
session id never has (`report x y`: terminal review 56)."""


def _ignore_zero_columns() -> None:
    """`COLUMNS=0` (or one that is no number) is no width: Rich printed `--help` as one empty
    line (robustness review 70, #14); without it the terminal's own width is used."""
    import os

    columns = os.environ.get("COLUMNS")
    if columns is not None and not (columns.isdigit() and int(columns) > 0):
        del os.environ["COLUMNS"]


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; never a traceback for a person's mistake.

    With no `argv` this is the program itself (the `camreset` script, `python -m camreset`),
    which exits when the command returns: it keeps the garbage collector off its start-up and
    its exit (cli/startup.py). `main([...])` from a test or a program leaves it as it is."""
    program = argv is None
    if program:
        pause_collector()
        guard_streams()
        _ignore_zero_columns()
    context = CliContext()
    try:
        code = app(args=argv, standalone_mode=False, obj=context, prog_name="camreset")
        if program:
            flush_output()  # a full disk is told here, not as "Exception ignored" at exit
    except OutputError as exc:
        sys.exit(report_error(exc, _typed_command(argv)))
    except NoArgsIsHelpError as exc:
        if exc.ctx is not None:
            print(exc.ctx.get_help())
        sys.exit(0)
    except UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else _typed_command(argv)
        message = plain_text(exc.format_message()).replace(VALIDATOR_PREFIX, "")
        named = where.split()[-1] in NAMING_COMMANDS and "--resume" not in (argv or sys.argv)
        if message.startswith(EXTRA_WORDS) and named:  # not after a session id (review 57)
            message += "; a name with spaces goes in quotes"
        print(f"{where}: {message} (try '{where} --help')", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except ClickException as exc:
        print(f"camreset: {plain_text(exc.format_message())}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("camreset: stopped", file=sys.stderr)
        sys.exit(130)
    except CamresetError as exc:  # raised outside a command (a callback): as a command's
        sys.exit(report_error(exc, _typed_command(argv), debug=context.debug))
    except Exception as exc:  # a bug: one line and exit 70, never a bare traceback
        sys.exit(report_bug(exc, _typed_command(argv), debug=context.debug))
    finally:
        context.close()
        if program:
            before_exit()
    sys.exit(code if isinstance(code, int) else 0)
