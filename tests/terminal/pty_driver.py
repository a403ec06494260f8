"""Driving `camreset guide` in a pseudo-terminal, as a person at a keyboard would."""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Sequence

import pexpect

from .conftest import BASE, CAMRESET
from .stories import Planned

PROMPT = r"Your answer(?: \(Enter = [^)]*\))?: "
HOLD = "Press Enter as you start"
TIMER_END = "The timer stopped at"  # the fast timer runs to its longest hold
COUNTDOWN = r"\d+:\d\d left"
CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-8]|9[0-7])[0-9;]*m")


def spawn(
    args: Sequence[str],
    db_url: str,
    *,
    columns: int = 40,
    color: bool = False,
    fast: bool = True,
    term: str = "xterm-256color",
) -> pexpect.spawn:
    """The wizard in a pseudo-terminal; `fast` runs its timers 100 times faster."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    env.pop("NO_COLOR", None)
    env["TERM"] = term
    if not color:
        env["NO_COLOR"] = "1"
    env.pop("COLUMNS", None)
    full = [*args, *(["--fast"] if fast else []), "--database-url", db_url, "--base-url", BASE]
    child = pexpect.spawn(
        str(CAMRESET),
        full,
        env=env,
        dimensions=(40, columns),
        encoding="utf-8",
        timeout=30,
        preexec_fn=_ctrl_c_interrupts,
    )
    child.logfile_read = Transcript()
    child.fast = fast  # type: ignore[attr-defined]  # read by `answer`
    return child


def _ctrl_c_interrupts() -> None:
    """In the child, before it starts: Ctrl-C interrupts, as at a person's terminal. A runner
    started in the background (a non-interactive shell's `&`) ignores SIGINT, the child would
    inherit that, and Python keeps a SIGINT that is ignored at start ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Transcript:
    """Everything the wizard printed, for assertions after the run."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def flush(self) -> None:
        pass

    @property
    def text(self) -> str:
        return "".join(self.parts)


def transcript(child: pexpect.spawn) -> str:
    log = child.logfile_read
    assert isinstance(log, Transcript)
    return log.text


MOVES = re.compile(r"\x1b\[[0-9]*[AK]")


def plain(text: str) -> str:
    """The text without escapes; a live redraw (cursor up, erase line) starts a new line."""
    return CSI.sub("", MOVES.sub("\n", text)).replace("\r", "")


def answer(child: pexpect.spawn, answers: Sequence[str]) -> None:
    """Give `answers` at successive prompts; start each hold timer and end each wait early."""
    for typed in answers:
        seen = child.expect([HOLD, COUNTDOWN, PROMPT])
        if seen == 0:
            child.sendline("")
            child.expect(TIMER_END)
            child.expect(PROMPT)
        elif seen == 1 and getattr(child, "fast", False):
            # a fast countdown ends by itself in seconds: an Enter sent as it ends answered
            # its prompt instead, and every later answer went to the step after (a CI run
            # under load, the wait of test_ctrl_c_mid_wait_loses_nothing…)
            child.expect(PROMPT)
        elif seen == 1:
            child.sendline("")
            child.expect(PROMPT)
        child.sendline(typed)


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    status = child.exitstatus
    assert isinstance(status, int)
    return status


def keys(steps: Sequence[Planned]) -> list[str]:
    return [step.key for step in steps]
