"""Printing a card or a table to standard output: fitted to a terminal, unfolded in a pipe.

Rich folds at 80 columns when standard output is not a terminal and pads every cell, so a
model's name split over two lines and trailing spaces reached `grep` and files (terminal
review 18). Piped, each record stays on one line and no line ends in spaces; `COLUMNS`, where
set, still decides.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console, RenderableType

PIPE_WIDTH = 1000
"""Wide enough that no card paragraph or table row folds."""


def print_out(renderable: RenderableType) -> None:
    """Print `renderable` to standard output, for a person or for a pipe."""
    if _for_a_person():
        Console(highlight=False).print(renderable)
        return
    console = Console(highlight=False, width=PIPE_WIDTH, no_color=True)
    with console.capture() as captured:
        console.print(renderable)
    lines = (line.rstrip() for line in captured.get().splitlines())
    sys.stdout.write("".join(f"{line}\n" for line in lines))


def fitted_width() -> int:
    """The width `print_out` prints at: the terminal's (or `COLUMNS`), else `PIPE_WIDTH`."""
    return Console().width if _for_a_person() else PIPE_WIDTH


def _for_a_person() -> bool:
    """A terminal, or a width set by `COLUMNS`: fitted; anything else is a pipe."""
    return sys.stdout.isatty() or bool(os.environ.get("COLUMNS"))
