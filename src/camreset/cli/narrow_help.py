"""A command's `--help` in a narrow terminal (a phone's terminal app, a split pane).

Typer's help is a table of three columns: the option, its value's name, and its help. Under
about 70 columns the help column keeps a dozen characters, so each sentence stands one word
a line and a database URL is cut into slices of ten. Below `NARROW` columns a command's help
is printed as plain text instead (Click's own layout, which Typer uses when Rich is off), each
option on its line and its help under it, as a manual page has it. The root's list of
commands keeps Rich's table, which reads well at any width: it has two columns only.
"""

from __future__ import annotations

import shutil
from typing import Any

from typer._click import Command, Context
from typer.core import TyperArgument as Argument
from typer.core import TyperOption as Option

from camreset.cli.plain_mode import is_dumb as terminal_is_dumb

NARROW = 70
"""Columns below which a command's help is printed as plain text."""
_UNDER = 2
"""Click's widest name with help beside it; every option's name is longer."""


def _columns() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def is_narrow() -> bool:
    """Whether this terminal (or `COLUMNS`, as Rich reads it) is narrower than `NARROW`."""
    return _columns() < NARROW


def is_dumb() -> bool:
    """Whether the terminal says it cannot draw (`TERM=dumb`, as Rich reads it), or plain
    output is asked for (`CAMRESET_PLAIN`): what a screen reader's user is told to set, where
    Typer's boxed panels were read out as "box drawings light arc down and right", then a line
    of them (accessibility review 68, #3). There every help, the root's list too, is plain
    text."""
    return terminal_is_dumb()


def print_plain(command: Command, ctx: Context, formatter: Any, printed: Any) -> None:
    """`printed` (the command's own help) as plain text, one column short of the terminal
    (Click would make it 50 wide at the least, and a line that fills the last column leaves a
    blank line after it in some terminals). Rich markup is off, so the `\\[` that kept Rich
    from reading "[env: …]" as a style is given back as "[", with "[env:" kept on the line
    of the variable it names by a no-break space."""
    formatter.width = max(_columns() - 1, 30)
    beside = formatter.write_dl

    def under(rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        beside(rows, col_max=_UNDER, col_spacing=col_spacing)  # each name is wider: help under it

    formatter.write_dl = under
    saved = [
        (p, str(p.help)) for p in command.params if isinstance(p, Option | Argument) and p.help
    ]
    mode = getattr(command, "rich_markup_mode", None)
    try:
        command.rich_markup_mode = None  # type: ignore[attr-defined]
        for param, text in saved:
            param.help = text.replace("\\[env: ", "[env:\u00a0").replace("\\[", "[")
        printed(ctx, formatter)
    finally:
        command.rich_markup_mode = mode  # type: ignore[attr-defined]
        for param, text in saved:
            param.help = text
