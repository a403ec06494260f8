"""Whether the terminal is to be treated as one that cannot redraw: `TERM=dumb`, or camreset's
own `guide --plain` (`CAMRESET_PLAIN=1`), which asks for the same without setting TERM for
every other program in that terminal.

In a terminal that redraws, the hold timer rewrote its count and bar in place, and a screen
reader read each change, as did a session logged with `script` (about 39 KB in a 10 s hold);
TERM=dumb was the only quiet way (session 68's leftovers). Plain, each timer cue is printed
once as a line, step headings carry no rule, every `--help` is plain text and nothing is
coloured: what TERM=dumb gives.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

PLAIN_ENV = "CAMRESET_PLAIN"
YES = frozenset({"1", "true", "t", "yes", "y", "on"})
"""The values Click reads as true for a flag's environment variable."""


def plain_asked(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether `CAMRESET_PLAIN` asks for plain output."""
    return environ.get(PLAIN_ENV, "").strip().casefold() in YES


def is_dumb(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether the terminal says it cannot draw (`TERM=dumb`, as Rich reads it) or plain
    output is asked for (`CAMRESET_PLAIN`)."""
    return environ.get("TERM", "").lower() in ("dumb", "unknown") or plain_asked(environ)


def wizard_console(*, plain: bool, **options: Any) -> Console:
    """The guide's console; `plain`: read as in a terminal that cannot redraw (TERM=dumb),
    whatever TERM says, so its timers, headings and light patterns are lines said once."""
    from rich.console import Console

    from camreset.cli.wizard.theme import THEME

    environ = {**os.environ, "TERM": "dumb"} if plain else None
    return Console(theme=THEME, highlight=False, _environ=environ, **options)
