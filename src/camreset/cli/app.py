"""The `camreset` command line: one Typer app, sub-apps registered here."""

from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.callback()
def _root() -> None:
    """camreset: get a security camera that will not factory-reset back to setup mode."""


def main() -> None:
    app()
