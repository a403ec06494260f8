"""A wait as a countdown: the camera needs minutes to start or restart, and people cut it short.

Enter finishes early (the light may be ready sooner); anything else typed is handed back as
an answer, so a person never has to sit through the rest of the wait to say "I can't".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from camreset.cli.wizard.bar import WIDEST, bar, bar_width, live, ring
from camreset.cli.wizard.keys import LineReader, no_echo
from camreset.cli.wizard.pace import Pace
from camreset.core.plain import plain_text
from camreset.core.present.number_words import countdown

TICK = 0.25  # real seconds between looks at the clock


@dataclass
class CountdownView:
    """The wait at one moment: the time left, the key that ends it, and the bar."""

    total: float
    left: float

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = bar_width(options)
        if self.left <= 0:
            yield Text("Time is up.", style="timer.alert")
        else:
            yield Text.assemble(
                (f"{countdown(self.left)} left", "notice"), ("  Enter: ready", "keys")
            )
        yield bar(self.total, self.total - max(self.left, 0.0), width)

    def plain_lines(self) -> list[tuple[str, Text]]:
        """Without redrawing: the wait and its key at the start, each whole minute left, and
        the end."""
        lines = [
            (
                "start",
                Text.assemble(
                    (f"{countdown(self.total)} to wait.", "notice"), ("  Enter: ready", "keys")
                ),
            )
        ]
        minutes = math.ceil(self.left / 60)
        if self.left > 0 and minutes * 60 < self.total:
            lines.append((f"{minutes}", Text(f"{countdown(minutes * 60)} left", style="notice")))
        if self.left <= 0:
            lines.append(("end", Text("Time is up.", style="timer.alert")))
        return lines


def _shows(total: float, left: float) -> tuple[str, int]:
    """What the countdown shows at `left`: its words and, at the widest, its bar's cells."""
    gone = 0.0 if total <= 0 else min(max((total - left) / total, 0.0), 1.0)
    return countdown(left), round(gone * WIDEST)  # a narrower bar: a second late at most


def run_countdown(
    console: Console, reader: LineReader, seconds: float, pace: Pace, gone: float = 0.0
) -> str | None:
    """Count down `seconds`, `gone` of them already gone (a wait shown before the person left
    and came back: the camera went on restarting meanwhile); return what was typed ("" for
    Enter) or None when time ran out."""
    start = pace.now() - gone
    typed: str | None = None
    shown: tuple[str, int] | None = None
    with no_echo(reader), live(console, CountdownView(seconds, seconds - gone)) as display:
        while True:
            left = seconds - (pace.now() - start)
            now = _shows(seconds, left)
            if now != shown:  # "1:59 left" changes once a second: it was redrawn four times
                display.update(CountdownView(seconds, left), refresh=True)
                shown = now
            if left <= 0:
                break
            typed = reader.readline(timeout=min(TICK, pace.real(left)))
            if typed is not None:
                break
    if typed is None:
        ring(console)
    elif typed:  # not echoed while the bar redrew: shown now
        console.print(Text(f"Your answer: {plain_text(typed)}", style="notice"))
    return typed
