"""The `camreset` command line: one Typer app, one shared context, one error handler.

Every command raises camreset's own errors and never prints them itself: `main` turns each
into one line on stderr (`camreset COMMAND: message`) and exit 2, or exit 1 when the session
database cannot be reached; `--debug` adds the traceback. A bad command line gets exit 2 and
one line of help.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

from camreset.cli.bench_cmd import bench
from camreset.cli.context import CliContext
from camreset.cli.engine_cmd import engine_app
from camreset.cli.errors import EXIT_USAGE, CamresetGroup
from camreset.cli.guide_cmd import guide, report, sessions
from camreset.cli.kb_cmd import kb_app
from camreset.cli.models_cmd import models, show
from camreset.cli.remote_cmd import reset_remote
from camreset.cli.scan_cmd import check, scan
from camreset.cli.serve_cmd import serve
from camreset.core.report import plain_text

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__, cls=CamresetGroup)


@app.callback()
def _root(
    ctx: typer.Context,
    debug: Annotated[
        bool, typer.Option("--debug", help="On an error, print the traceback as well.")
    ] = False,
) -> None:
    """camreset: get a security camera that will not factory-reset back to setup mode."""
    obj = ctx.obj if isinstance(ctx.obj, CliContext) else CliContext()
    obj.debug = obj.debug or debug
    ctx.obj = obj


app.add_typer(kb_app, name="kb")
app.command("models")(models)
app.command("show")(show)
app.command("serve")(serve)
app.add_typer(engine_app, name="engine")
app.command("guide")(guide)
app.command("sessions")(sessions)
app.command("report")(report)
app.command("bench")(bench)
app.command("scan")(scan)
app.command("check")(check)
app.command("reset-remote")(reset_remote)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; never a traceback for a person's mistake."""
    context = CliContext()
    try:
        code = app(args=argv, standalone_mode=False, obj=context, prog_name="camreset")
    except NoArgsIsHelpError as exc:
        if exc.ctx is not None:
            print(exc.ctx.get_help())
        sys.exit(0)
    except UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "camreset"
        message = plain_text(exc.format_message())
        print(f"{where}: {message} (try '{where} --help')", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    except ClickException as exc:
        print(f"camreset: {plain_text(exc.format_message())}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("camreset: stopped", file=sys.stderr)
        sys.exit(130)
    finally:
        context.close()
    sys.exit(code if isinstance(code, int) else 0)
