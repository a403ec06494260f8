"""Reading a file a person named on the command line: never more than a set size, UTF-8 only.

`camreset engine solve FILE` and `camreset guide --answers FILE` read what they are given. A
file can be anything: `/dev/zero`, a 6 GB log, a FIFO, a Latin-1 export. Each command sets a
limit (documented in docs/terminal.md) and this module refuses a file over it before reading it
all: a regular file by its size, anything else (a device, a pipe, standard input) by reading
one byte past the limit. Text that is not UTF-8 is one line naming the file, line and column.
"""

from __future__ import annotations

import os
import stat
import sys
from typing import BinaryIO

from camreset.core.plain import NotUtf8
from camreset.core.plain import utf8_text as decoded
from camreset.errors import UsageError

STDIN = "-"


def size_words(limit: int) -> str:
    """`256 KiB`, `1 MiB`: a limit as the documentation states it."""
    if limit % (1 << 20) == 0:
        return f"{limit >> 20} MiB"
    if limit % (1 << 10) == 0:
        return f"{limit >> 10} KiB"
    return f"{limit} bytes"


def display_name(path: str) -> str:
    """How errors name the file: `<stdin>` for `-`."""
    return "<stdin>" if path == STDIN else path


def read_limited(path: str, limit: int, what: str) -> bytes:
    """The bytes of `path` (`-` is standard input); UsageError if it is over `limit` bytes."""
    too_large = UsageError(
        f"{display_name(path)}: too large: {what} may be at most {size_words(limit)} "
        "(see docs/terminal.md)"
    )
    if path == STDIN:
        from camreset.cli.streams import STDIN_CLOSED, closed_input

        if closed_input():
            raise UsageError(f"<stdin>: {STDIN_CLOSED}: give the file's name instead of -")
        return _read_at_most(sys.stdin.buffer, limit, too_large)
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise too_large
            return _read_at_most(stream, limit, too_large)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _read_at_most(stream: BinaryIO, limit: int, too_large: UsageError) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large
    return data


def utf8_text(data: bytes, where: str) -> str:
    """`data` decoded as UTF-8 (a leading byte-order mark is dropped); UsageError naming the
    line and column of the first byte that is not UTF-8."""
    try:
        return decoded(data)
    except NotUtf8 as exc:
        at = f"{where}:{exc.line}:{exc.column}"
        raise UsageError(f"{at}: {exc}; save the file as UTF-8") from None
