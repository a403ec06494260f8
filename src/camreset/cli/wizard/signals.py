"""The guide stopped by its terminal closing (SIGHUP) or by `kill` (SIGTERM) leaves as it does
at Ctrl-C: "Stopped. Your session is saved. Continue here with: camreset guide --resume ID".

Killed by either signal it printed nothing, so a technician whose ssh dropped had no resume
line in the scrollback (robustness review 70, #13). Each answer was already saved; only the
words were missing. The exit code is the shell's for that signal: 129 (SIGHUP), 143 (SIGTERM).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

STOPPING = (signal.SIGTERM, signal.SIGHUP)


class Stopped(KeyboardInterrupt):
    """A signal that stops the guide, taken the way Ctrl-C is."""


@dataclass
class Caught:
    """The stopping signal received, if any."""

    signum: int | None = None

    def exit_code(self, code: int) -> int:
        """`code`, or the signal's own exit code (128 + its number) when one stopped it."""
        return 128 + self.signum if self.signum is not None else code


@contextmanager
def stopped_by_signals() -> Iterator[Caught]:
    """SIGTERM and SIGHUP raise `Stopped` while the block runs (main thread only)."""
    caught = Caught()

    def stop(signum: int, _frame: FrameType | None) -> None:
        caught.signum = signum
        raise Stopped

    try:
        before = {signum: signal.signal(signum, stop) for signum in STOPPING}
    except ValueError:  # not the main thread (a program that calls main() from a thread)
        yield caught
        return
    try:
        yield caught
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
