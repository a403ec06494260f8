"""Printing a card or a table to standard output: fitted to a terminal, unfolded in a pipe.

Rich folds at 80 columns when standard output is not a terminal and pads every cell, so a
model's name split over two lines and trailing spaces reached `grep` and files (terminal
review 18). Piped, each record stays on one line and no line ends in spaces; `COLUMNS`, where
set, still decides.
"""

from __future__ import annotations

import os
import re
import sys

from rich.console import Console, RenderableType
from rich.text import Text

PIPE_WIDTH = 1000
"""Wide enough that no card paragraph or table row folds."""


def print_out(renderable: RenderableType) -> None:
    """Print `renderable` to standard output, for a person or for a pipe: fitted to the
    terminal or unfolded, and in both no line ends in spaces (copied from a terminal, a card's
    padding came along: installer review 44)."""
    if _for_a_person():
        console = Console(highlight=False)
    else:
        console = Console(highlight=False, width=PIPE_WIDTH, no_color=True)
    with console.capture() as captured:
        console.print(renderable, crop=False)  # an address is printed whole (`render_card`)
    lines = (_PADDING.sub(_codes_only, line) for line in captured.get().splitlines())
    sys.stdout.write("".join(f"{line}\n" for line in lines))


def say(sentence: str, command: str = "") -> None:
    """A sentence, folded at the terminal's width between words (one line in a pipe), and a
    `command` to copy after it, kept whole: on the same line where it fits, else on its own,
    indented. `check`'s verdict ran to 121 columns and the terminal broke it inside a word,
    "set it u|p again" (installer review 74, G #2)."""
    line = f"{sentence} {command}" if command else sentence
    if not command or len(line) <= fitted_width():
        print_out(Text(line))
        return
    print_out(Text(sentence))
    sys.stdout.write(f"  {command}\n")


_COLOUR_CODE = re.compile(r"\x1b\[[0-9;]*m")
_PADDING = re.compile(rf"(?:[ \t]|{_COLOUR_CODE.pattern})+$")
"""A line's end of spaces and colour codes, in any order (a styled cell's padding, then the
table's own)."""


def _codes_only(padding: re.Match[str]) -> str:
    """The colour codes of a line's padding without its spaces, so the terminal's colours are
    reset as Rich left them."""
    return "".join(_COLOUR_CODE.findall(padding.group()))


def fitted_width() -> int:
    """The width `print_out` prints at: the terminal's (or `COLUMNS`), else `PIPE_WIDTH`."""
    return Console().width if _for_a_person() else PIPE_WIDTH


def piped() -> bool:
    """Whether standard output goes to a pipe or a file, where a row is never folded."""
    return not _for_a_person()


def _for_a_person() -> bool:
    """A terminal, or a width set by `COLUMNS`: fitted; anything else is a pipe."""
    return sys.stdout.isatty() or bool(os.environ.get("COLUMNS"))
