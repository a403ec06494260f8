"""A file that never ends, for the size limits: a FIFO fed zeros by a thread.

`/dev/zero` would do, but on code without a limit it fills the memory before failing; the
FIFO stops after `total` bytes, so a test of today's code fails instead of taking the machine
down, and `wrote_all` tells whether the reader stopped early (it did not read everything).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CHUNK = 64 * 1024


@dataclass
class Fifo:
    path: Path
    opened: bool = False
    wrote_all: bool = False


@contextmanager
def endless_file(folder: Path, total: int) -> Iterator[Fifo]:
    """A FIFO in `folder` that yields `total` zero bytes to whoever opens it for reading."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs a POSIX FIFO")
    fifo = Fifo(folder / "endless")
    os.mkfifo(fifo.path)

    def feed() -> None:
        try:
            with open(fifo.path, "wb") as out:
                fifo.opened = True  # before the first byte: a reader that got data sees it
                for _ in range(total // CHUNK):
                    out.write(bytes(CHUNK))
            fifo.wrote_all = True
        except BrokenPipeError:
            pass  # the reader stopped and closed its end: what a limit should do

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield fifo
    finally:
        if not fifo.opened:  # nobody read from it: open the read end so the writer finishes
            with open(fifo.path, "rb") as drain:
                while drain.read(CHUNK):
                    pass
        writer.join()
