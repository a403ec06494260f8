"""What the timers share: a plain progress bar, its width, the live display they redraw, and
the terminal bell.

A terminal that cannot redraw in place (`TERM=dumb`, or any with `guide --plain`:
cli/plain_mode.py) got nothing from a live display until
it ended (terminal review 39): there a view that can say itself in lines (`SaysInLines`)
prints each of its lines once, as it is reached, instead.

The bar is drawn with two line weights (thick for time gone, thin for time left) rather than
two colours, so it still reads with NO_COLOR. The bell is written straight to the terminal:
Rich drops control codes while a Live display is running.
"""

from __future__ import annotations

from types import TracebackType
from typing import Protocol, runtime_checkable

from rich.console import Console, ConsoleOptions, RenderableType
from rich.live import Live
from rich.text import Text

DONE = "━"
LEFT = "─"


def bar(total: float, done: float, width: int) -> Text:
    """`done` of `total` as a bar exactly `width` cells wide."""
    share = 0.0 if total <= 0 else min(max(done / total, 0.0), 1.0)
    filled = round(share * width)
    return Text.assemble((DONE * filled, "timer.done"), (LEFT * (width - filled), "timer.todo"))


WIDEST = 60
"""The widest a timer's bar is drawn, in cells."""


def bar_width(options: ConsoleOptions) -> int:
    """How wide a timer's bar is drawn: the console's width, within 10 to `WIDEST` cells."""
    return max(10, min(options.max_width, WIDEST))


@runtime_checkable
class SaysInLines(Protocol):
    def plain_lines(self) -> list[tuple[str, Text]]:
        """The lines reached so far, each under a key that is said only once."""
        ...


class LineByLine:
    """A live display's stand-in where nothing can be redrawn: new lines only, each once."""

    def __init__(self, console: Console, first: SaysInLines) -> None:
        self.console = console
        self.said: set[str] = set()
        self.first = first

    def __enter__(self) -> LineByLine:
        self.update(self.first)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def update(self, renderable: RenderableType | SaysInLines, *, refresh: bool = False) -> None:
        if not isinstance(renderable, SaysInLines):
            return
        for key, line in renderable.plain_lines():
            if key not in self.said:
                self.said.add(key)
                self.console.print(line)


def live(console: Console, first: RenderableType, *, transient: bool = False) -> Live | LineByLine:
    """A display redrawn in place only when the caller updates it (no refresh thread), with
    what is printed meanwhile left alone; line by line on a terminal that cannot redraw."""
    if console.is_dumb_terminal and isinstance(first, SaysInLines):
        return LineByLine(console, first)
    return Live(
        first, console=console, transient=transient, auto_refresh=False, redirect_stdout=False
    )


def ring(console: Console) -> None:
    """Ring the terminal bell (people look at the camera, not the screen)."""
    if console.is_terminal:
        console.file.write("\a")
        console.file.flush()
