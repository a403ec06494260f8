"""Commands that load when they run: `camreset --help` imports no command's module.

Each command's module imports what that command needs (the web stack, SQLAlchemy, the
simulator, the knowledge-base schema), which took `camreset --help` to 0.8 s. The root group
knows each command by name, module and one line of help; the list in `--help` is drawn from
that table, and a command's module is imported only when that command (or its own `--help`)
runs. tests/cli/test_lazy.py checks that the table says what each command's own help says.

Typer's help shows each option's type beside it; for a flag that read `--json <bool>`, as if
it took a value. `tidy_help` leaves a flag's type column empty, in every command's help, and
folds a word too long for the help column (a database URL, an environment variable) where
Typer cut it with "…" (at 80 columns, `serve --help` showed "postgresql+psycopg://user:p…").
In a narrow terminal a command's help is plain text, and every help where `TERM=dumb`
(`narrow_help`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any, ClassVar

import typer
from typer._click import Command, Context
from typer._click.exceptions import UsageError
from typer.core import TyperCommand, TyperOption

from camreset.cli.errors import CamresetGroup
from camreset.cli.narrow_help import is_dumb, is_narrow, print_plain
from camreset.cli.startup import command_loaded


@dataclass(frozen=True)
class LazyCommand:
    """Where a command lives: `module`'s `attribute` (a function or a Typer group)."""

    module: str
    attribute: str
    help: str

    def load(self, name: str) -> Command:
        """The real command, built by Typer from the function or group."""
        found: Any = getattr(importlib.import_module(self.module), self.attribute)
        if not isinstance(found, typer.Typer):
            single = typer.Typer(add_completion=False)
            single.command(name)(found)
            found = single
        command = typer.main.get_command(found)
        command.name = name
        command_loaded()
        return command


def tidy_help(command: Command, ctx: Context) -> None:
    """For `command` and its subcommands: no type shown for a flag (it takes no value, and
    "<bool>" said it did), and long words folded when its help is printed."""
    help_option = command.get_help_option(ctx)
    for param in [*command.params, *([help_option] if help_option else [])]:
        if isinstance(param, TyperOption) and param.is_flag:
            param.metavar = ""
    printed = command.format_help
    if not isinstance(command, LazyGroup) and not getattr(printed, "folds", False):

        def folded(ctx: Context, formatter: Any) -> None:
            if is_dumb() or (is_narrow() and not hasattr(command, "commands")):
                print_plain(command, ctx, formatter, printed)
                return
            fold_long_words()
            printed(ctx, formatter)

        folded.folds = True  # type: ignore[attr-defined]  # wrapped once, however often asked
        command.format_help = folded  # type: ignore[method-assign]
    for sub in getattr(command, "commands", {}).values():
        tidy_help(sub, ctx)


def fold_long_words() -> None:
    """Typer's option help, with words wider than their column folded, not cut. Done only
    when a help is printed: Typer's help module takes a tenth of a second to import."""
    from rich.text import Text
    from typer import rich_utils

    made = rich_utils._get_parameter_help
    if getattr(made, "folds", False):
        return

    def folding(**given: Any) -> Any:
        columns = made(**given)
        for item in columns.renderables:
            if isinstance(item, Text):
                item.overflow = "fold"
        return columns

    folding.folds = True  # type: ignore[attr-defined]
    rich_utils._get_parameter_help = folding


class LazyGroup(CamresetGroup):
    """The root group: `LAZY` names the commands that are imported on first use."""

    LAZY: ClassVar[dict[str, LazyCommand]] = {}
    _listing = False

    def list_commands(self, ctx: Context) -> list[str]:
        return [*super().list_commands(ctx), *(n for n in self.LAZY if n not in self.commands)]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        found = super().get_command(ctx, cmd_name)
        lazy = self.LAZY.get(cmd_name)
        if found is not None or lazy is None:
            return found
        if self._listing:  # a line of the root's --help: the table's words, nothing imported
            return TyperCommand(cmd_name, help=lazy.help)
        command = lazy.load(cmd_name)
        tidy_help(command, ctx)
        self.add_command(command, cmd_name)
        return command

    def resolve_command(
        self, ctx: Context, args: list[str]
    ) -> tuple[str | None, Command | None, list[str]]:
        """Typer suggests only commands already loaded: suggest from every name."""
        try:
            return super().resolve_command(ctx, args)
        except UsageError as exc:
            matches = get_close_matches(args[0], self.list_commands(ctx)) if args else []
            if matches and "Did you mean" not in exc.message:
                names = ", ".join(repr(m) for m in matches)
                exc.message = f"{exc.message.rstrip('.')}. Did you mean {names}?"
            raise

    def format_help(self, ctx: Context, formatter: Any) -> None:
        tidy_help(self, ctx)
        fold_long_words()
        self._listing = True
        try:
            if is_dumb():
                print_plain(self, ctx, formatter, super().format_help)
            else:
                super().format_help(ctx, formatter)
        finally:
            self._listing = False


def lazy_group(commands: dict[str, LazyCommand]) -> type[LazyGroup]:
    """A root group class for Typer's `cls=` that loads `commands` lazily."""
    return type("CamresetRoot", (LazyGroup,), {"LAZY": commands})
