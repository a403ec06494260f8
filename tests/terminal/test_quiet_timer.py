"""The hold timer without the noise: redrawn ten times a second in an ordinary terminal, each
change was read again by a screen reader and kept whole by `script` (about 39 KB in a 10 s
hold at 80 columns); TERM=dumb was the only quiet way (session 68's leftovers)."""

from __future__ import annotations

import io
import os
import re

import pytest
from rich.console import Console

from camreset.cli.plain_mode import wizard_console
from camreset.cli.wizard.countdown import run_countdown
from camreset.cli.wizard.hold_timer import run_hold
from camreset.cli.wizard.keys import LineReader
from camreset.cli.wizard.pace import Pace
from camreset.cli.wizard.theme import THEME
from camreset.core.session import Timer

TIMER = Timer(5, 10, 30, until="the light turns to red blinking")


class LetsGoAt(LineReader):
    """A person who presses Enter as the finger goes down and again after `held` seconds, on
    a clock that moves only as the timer waits for keys: a 10 s hold, run at once."""

    def __init__(self, held: float, *, started: bool = False) -> None:
        super().__init__(os.open(os.devnull, os.O_RDONLY))
        self.held, self.now, self.started = held, 0.0, started

    def clock(self) -> float:
        return self.now

    def readline(self, timeout: float | None = None) -> str | None:
        if not self.started:
            self.started = True
            return ""
        assert timeout is not None
        if self.now + timeout >= self.held:
            self.now = self.held
            return ""
        self.now += timeout
        return None

    def drop_unsent(self) -> None:
        return None


def _hold(console: Console, held: float) -> str:
    reader = LetsGoAt(held)
    try:
        result = run_hold(console, reader, TIMER, Pace(clock=reader.clock))
    finally:
        os.close(reader.fd)
    assert result.held == pytest.approx(held, abs=0.01)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


def test_the_hold_timer_redraws_twice_a_second_and_at_each_cue() -> None:
    """At half seconds (0.0, 0.5, … 10.0) and as the finger leaves, not every tenth."""
    console = Console(file=io.StringIO(), width=80, theme=THEME, force_terminal=True)
    out = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", _hold(console, 10.2))
    counts = re.findall(r"(?:Keep holding|Let go) +(\d+\.\d) s", out)
    assert counts == ["0.0"] + [f"{n / 2:.1f}" for n in range(21)] + ["10.2"]  # 0.0: opened
    assert out.count("\a") == 1  # the bell at 5 s (watch), as before
    assert out.rstrip().endswith("You held for 10.2 s.")


def test_plain_says_each_cue_once_as_a_line_in_a_terminal_that_redraws() -> None:
    """`camreset guide --plain` (CAMRESET_PLAIN=1): TERM=dumb's lines, whatever TERM says."""
    terminal = {"file": io.StringIO(), "width": 80, "force_terminal": True}
    assert os.environ.get("TERM") != "dumb"
    out = _hold(wizard_console(plain=True, **terminal), 10.2)
    assert out == (
        "Press Enter as you start pressing the button (or type an answer).\n"
        "Keep holding\n"
        " 5.0 s  Watch now: the light turns to red blinking\n"
        "\a10.0 s  Keep holding until the light turns to red blinking; stop by 30 s\n"
        "You held for 10.2 s.\n"
    )
    redrawn = wizard_console(plain=False, **terminal)
    assert "\x1b[" in _hold(redrawn, 10.2)  # the same console, not plain: redrawn in place


def test_a_wait_is_redrawn_as_its_minutes_and_seconds_change_not_four_times_a_second() -> None:
    """Its words change once a second and its bar (60 cells over 2 minutes) once in two."""
    console = Console(file=io.StringIO(), width=80, theme=THEME, force_terminal=True)
    reader = LetsGoAt(10.1, started=True)  # Enter 10.1 s into a 2-minute wait
    try:
        assert run_countdown(console, reader, 120, Pace(clock=reader.clock)) == ""
    finally:
        os.close(reader.fd)
    assert isinstance(console.file, io.StringIO)
    out = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", console.file.getvalue())
    shown = re.findall(r"(\d:\d\d) left", out)  # as it opens, then each second or bar cell
    assert shown == [
        "2:00", "2:00", "1:59", "1:59", "1:58", "1:57", "1:56", "1:55", "1:55", "1:54",
        "1:53", "1:52", "1:51", "1:51", "1:50", "1:50",
    ]  # fmt: skip
