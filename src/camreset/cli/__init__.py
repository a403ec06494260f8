"""The terminal adapter: the `camreset` command and its subcommands (Typer + Rich)."""

from camreset.cli.app import app, main

__all__ = ["app", "main"]
