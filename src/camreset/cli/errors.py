"""The terminal's one error path: every CamresetError a command raises becomes one line on
stderr and an exit code, here and nowhere else.

`camreset COMMAND: message`, exit 2 for anything a person can put right (a typo, a bad flag,
a broken knowledge-base file, listed `file:line: field: message` first), exit 1 when the
session database cannot be reached. `camreset --debug …` prints the traceback as well.
Anything else that escapes a command is a bug in camreset: one line naming its type, exit 70
(sysexits' EX_SOFTWARE), the traceback only with `--debug` (review 71 C, #3).

A message often quotes what a person typed (a file name, an answer, a model); it is printed
through `plain_text`, so it stays one line and no escape sequence in it reaches the terminal.
"""

from __future__ import annotations

import sys
import traceback

import typer
from typer._click import Context
from typer.core import TyperGroup

from camreset.core.plain import plain_text
from camreset.errors import CamresetError, KBError, OutputError, StoreError, UnknownModelError

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_SOFTWARE = 70
"""A bug in camreset itself: sysexits.h's EX_SOFTWARE, so a script can tell it apart."""


def exit_code(exc: CamresetError) -> int:
    """1 when the database cannot be reached or the output written; 2 for everything a
    person can put right."""
    return EXIT_FAILURE if isinstance(exc, StoreError | OutputError) else EXIT_USAGE


def report_error(exc: CamresetError, where: str, *, debug: bool = False) -> int:
    """Print one error the way every command does; the exit code."""
    if debug:
        sys.stderr.write(plain_text("".join(traceback.format_exception(exc)), lines=True))
    if isinstance(exc, KBError):
        for problem in exc.problems:
            print(plain_text(problem), file=sys.stderr)
        count = len(exc.problems)
        plural = "s" if count != 1 else ""
        print(f"{where}: {count} problem{plural}: the knowledge base did not load", file=sys.stderr)
    else:
        print(f"{where}: {plain_text(str(exc))}{_next_try(exc)}", file=sys.stderr)
    return exit_code(exc)


def report_bug(exc: Exception, where: str, *, debug: bool = False) -> int:
    """Print an error camreset did not expect (a bug) as one line; EXIT_SOFTWARE. The
    traceback, which may quote what was typed, only with `--debug`, through `plain_text`."""
    if debug:
        sys.stderr.write(plain_text("".join(traceback.format_exception(exc)), lines=True))
        then = "the details are above: please report them"
    else:
        command = where.removeprefix("camreset").strip()
        rerun = f"camreset --debug {command} …" if command else "camreset --debug …"
        then = f"run `{rerun}` for the details, and report them"
    kind = type(exc).__name__
    print(f"{where}: something went wrong inside camreset ({kind}); {then}", file=sys.stderr)
    return EXIT_SOFTWARE


NOT_LISTED = (
    ": no listed model or brand is close (`camreset models` lists them); for another brand,"
    " --line other --form-factor SHAPE gives the usual steps"
)
"""What to try when a typed model matches nothing at all, not even a brand."""
NOT_LISTED_NUMBER = "; camreset does not list that number, but"
"""Before what to try when the brand of a typed model is known and its number is not."""


def _next_try(exc: CamresetError) -> str:
    if not isinstance(exc, UnknownModelError) or exc.several or exc.hub:
        return ""
    known = exc.line is not None and exc.line != "other"  # its brand is known, the number not
    if exc.suggestions:  # the message names the closest; its brand's usual steps, if known
        return (
            f"; if it is none of these, --line {exc.line} gives its brand's usual steps"
            if known
            else ""
        )
    if known:
        return f"{NOT_LISTED_NUMBER} --line {exc.line} gives its brand's usual steps"
    return NOT_LISTED


class CamresetGroup(TyperGroup):
    """A command group whose commands' CamresetErrors are reported here, once."""

    def invoke(self, ctx: Context) -> object:
        try:
            return super().invoke(ctx)
        except CamresetError as exc:
            path = [*ctx.command_path.split()[1:], ctx.invoked_subcommand or ""]
            where = " ".join(["camreset", *path]).strip()
            debug = bool(getattr(ctx.find_root().obj, "debug", False))
            raise typer.Exit(report_error(exc, where, debug=debug)) from None
