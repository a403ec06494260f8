"""A page printed with no line ending in spaces.

Rich pads every cell of a grid to its column's width and leaves the space a line folded at,
so in `guide --plain` each answer line ended in spaces up to the longest answer ("1. Done"
and 27 spaces), which a `script` log kept and a screen reader may read out (terminal review
71, I #13). `print_out` trims what goes to standard output as a whole; the guide prints
step by step, so each step is rendered here and its lines trimmed.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment


class Trimmed:
    """`renderable`, each of its lines without the spaces at its end."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        lines = console.render_lines(self.renderable, options, pad=False, new_lines=False)
        for line in lines:
            yield from trimmed(line)
            yield Segment.line()


def trimmed(line: list[Segment]) -> list[Segment]:
    """`line` without its last spaces (a styled cell's padding, then the grid's own)."""
    kept = list(line)
    while kept and not kept[-1].control and not kept[-1].text.rstrip():
        kept.pop()
    if kept and not kept[-1].control:
        last = kept[-1]
        kept[-1] = Segment(last.text.rstrip(), last.style)
    return kept
