"""Line input that can wait with a timeout, so timers run while the person may press Enter.

Everything the wizard reads goes through one `LineReader` over the raw file descriptor:
mixing Python's buffered stdin with select() would hide lines already buffered.
"""

from __future__ import annotations

import os
import select
import sys
import termios
from collections.abc import Iterator
from contextlib import contextmanager


class LineReader:
    """Reads lines from a file descriptor; `readline(timeout)` returns None when time runs out."""

    def __init__(self, fd: int | None = None) -> None:
        self.fd = sys.stdin.fileno() if fd is None else fd
        self._buffer = b""
        self._eof = False

    def readline(self, timeout: float | None = None) -> str | None:
        """The next line without its newline; None on timeout; EOFError at end of input."""
        while b"\n" not in self._buffer and b"\r" not in self._buffer:
            if self._eof:
                if self._buffer:
                    break
                raise EOFError
            if timeout is not None:
                ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
                if not ready:
                    return None
            chunk = os.read(self.fd, 1024)
            if not chunk:
                self._eof = True
            self._buffer += chunk
        return self._take()

    def drop_unsent(self) -> None:
        """Forget keys typed without Enter (while a hold ran out, with nothing echoed): left
        in the terminal's line, they joined the next answer, and "Enter = Done" failed with
        an answer nobody saw typed (installer review 44)."""
        if b"\n" not in self._buffer and b"\r" not in self._buffer:
            self._buffer = b""
        if os.isatty(self.fd):
            termios.tcflush(self.fd, termios.TCIFLUSH)

    def _take(self) -> str:
        cut = min(
            (i for i in (self._buffer.find(b"\n"), self._buffer.find(b"\r")) if i >= 0),
            default=len(self._buffer),
        )
        line, rest = self._buffer[:cut], self._buffer[cut + 1 :]
        if line.endswith(b"\r"):
            line = line[:-1]
        if rest.startswith(b"\n") and self._buffer[cut : cut + 1] == b"\r":
            rest = rest[1:]
        self._buffer = rest
        return line.decode("utf-8", errors="replace").strip()


@contextmanager
def no_echo(reader: LineReader) -> Iterator[None]:
    """Keys typed meanwhile are not echoed (lines are still read whole): an echoed Enter under
    a live display moves the cursor, and the display's next redraw leaves a copy behind. Only
    for a display that waits for Enter alone; nothing happens when input is not a terminal."""
    try:
        before = termios.tcgetattr(reader.fd)
    except (termios.error, OSError):
        yield
        return
    quiet = list(before)
    quiet[3] &= ~termios.ECHO
    termios.tcsetattr(reader.fd, termios.TCSANOW, quiet)
    try:
        yield
    finally:
        termios.tcsetattr(reader.fd, termios.TCSANOW, before)
