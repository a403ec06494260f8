"""What the timers share: a plain progress bar and the terminal bell.

The bar is drawn with two line weights (thick for time gone, thin for time left) rather than
two colours, so it still reads with NO_COLOR. The bell is written straight to the terminal:
Rich drops control codes while a Live display is running.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

DONE = "━"
LEFT = "─"


def bar(total: float, done: float, width: int) -> Text:
    """`done` of `total` as a bar exactly `width` cells wide."""
    share = 0.0 if total <= 0 else min(max(done / total, 0.0), 1.0)
    filled = round(share * width)
    return Text.assemble((DONE * filled, "timer.done"), (LEFT * (width - filled), "timer.todo"))


def ring(console: Console) -> None:
    """Ring the terminal bell (people look at the camera, not the screen)."""
    if console.is_terminal:
        console.file.write("\a")
        console.file.flush()
