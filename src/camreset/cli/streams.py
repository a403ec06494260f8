"""The program's standard streams, made safe to use before any command runs.

Started with a stream closed (`<&-`, `>&-`), Python gives None for it, and every command
that looked at it was a traceback; a full disk (`>/dev/full`) failed deep inside Rich; an
ASCII-only output (`PYTHONIOENCODING=ascii`) could not take "·" (robustness review 70, #3).
Here a closed stream becomes one that says so, a write that fails becomes an `OutputError`
(one line on stderr and exit 1, as every CamresetError), and characters the output's
encoding lacks print as "?". A pipe closed early (`| head`) is left as it was: quiet.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from camreset.errors import OutputError

STDIN_CLOSED = "standard input is closed"
STDOUT_CLOSED = "standard output is closed"


class _Closed:
    """A stream that was closed when the program started: not a terminal, reads nothing,
    and a write says the output is closed."""

    closed_at_start = True
    encoding = "utf-8"

    def isatty(self) -> bool:
        return False

    def read(self, _size: int = -1) -> str:
        return ""

    def readline(self, _size: int = -1) -> str:
        return ""

    def write(self, _text: str) -> int:
        raise OutputError(f"cannot write the output: {STDOUT_CLOSED}")

    def flush(self) -> None:
        return None

    def fileno(self) -> int:
        raise OSError(STDIN_CLOSED)


class _Written:
    """Standard output whose failed writes are an OutputError (a full disk, a device gone)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            written: int = self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _failed(exc) from None
        return written

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _failed(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _failed(exc: OSError) -> OutputError:
    """The error to report; what is still buffered goes nowhere, so the interpreter's own
    flush at exit does not fail a second time with "Exception ignored"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass
    return OutputError(f"cannot write the output: {exc.strerror or exc}")


def guard_streams() -> None:
    """Make standard input and output safe for every command (the program only)."""
    if sys.stdin is None:
        sys.stdin = _Closed()
    if sys.stdout is None:
        sys.stdout = _Closed()
        return
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    sys.stdout = _Written(sys.stdout)


def closed_input() -> bool:
    """Standard input was closed when the program started."""
    return bool(getattr(sys.stdin, "closed_at_start", False)) or sys.stdin is None


def flush_output() -> None:
    """Write what standard output still holds; OutputError if it cannot be written."""
    if sys.stdout is not None:
        sys.stdout.flush()
