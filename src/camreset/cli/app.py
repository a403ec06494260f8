"""The `camreset` command line: one Typer app, sub-apps registered here."""

from __future__ import annotations

import sys

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

from camreset.cli.bench_cmd import bench
from camreset.cli.engine_cmd import engine_app
from camreset.cli.guide_cmd import guide, report, sessions
from camreset.cli.kb_cmd import kb_app
from camreset.cli.models_cmd import models, show
from camreset.cli.scan_cmd import check, scan
from camreset.cli.serve_cmd import serve

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.callback()
def _root() -> None:
    """camreset: get a security camera that will not factory-reset back to setup mode."""


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


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; a bad command line gets exit 2 and one line of help, never a traceback."""
    try:
        code = app(args=argv, standalone_mode=False)
    except NoArgsIsHelpError as exc:
        if exc.ctx is not None:
            print(exc.ctx.get_help())
        sys.exit(0)
    except UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "camreset"
        print(f"{where}: {exc.format_message()} (try '{where} --help')", file=sys.stderr)
        sys.exit(2)
    except ClickException as exc:
        print(f"camreset: {exc.format_message()}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("camreset: stopped", file=sys.stderr)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
