"""What the timers share: a plain progress bar, its width, the live display they redraw, and
the terminal bell.

The bar is drawn with two line weights (thick for time gone, thin for time left) rather than
two colours, so it still reads with NO_COLOR. The bell is written straight to the terminal:
Rich drops control codes while a Live display is running.
"""

from __future__ import annotations

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


def bar_width(options: ConsoleOptions) -> int:
    """How wide a timer's bar is drawn: the console's width, within 10 to 60 cells."""
    return max(10, min(options.max_width, 60))


def live(console: Console, first: RenderableType, *, transient: bool = False) -> Live:
    """A display redrawn in place only when the caller updates it (no refresh thread), with
    what is printed meanwhile left alone."""
    return Live(
        first, console=console, transient=transient, auto_refresh=False, redirect_stdout=False
    )


def ring(console: Console) -> None:
    """Ring the terminal bell (people look at the camera, not the screen)."""
    if console.is_terminal:
        console.file.write("\a")
        console.file.flush()
