"""The SQLite file a server opened, checked before each transaction: still there, still it.

A running server whose database file was removed (`rm`) or emptied (`truncate`) went on
answering 200 for every answer and new session: SQLite wrote into the unlinked file, and all
of it, every earlier session too, was gone at the next start (robustness review 70, #5). So
the file's identity (device and inode) is kept when the first connection opens it, and each
transaction first checks that the path still names that file, and that it is not empty; if
not, it is a StoreError (the web's 503 store-unavailable, the terminal's exit 1), and nothing
is acknowledged that is not kept.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from camreset.errors import StoreError

RESTART = "restart camreset to open what is there now, or restore the file from a backup"


class FileWatch:
    """The identity of one SQLite database file, as its first connection found it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: tuple[int, int] | None = None
        self.filled = False
        """The file has held something: a new database is empty until its first write."""

    def connected(self, _dbapi_connection: Any, _record: Any) -> None:
        if self.known is None:
            try:
                found = os.stat(self.path)
            except OSError:
                return
            self.known = (found.st_dev, found.st_ino)

    def check(self, _connection: Any) -> None:
        """StoreError when the file is no longer the one opened, or was emptied."""
        if self.known is None:
            return
        try:
            found = os.stat(self.path)
        except FileNotFoundError:
            raise StoreError(f"the database file {self.path} was removed: {RESTART}") from None
        except OSError as exc:
            raise StoreError(f"cannot check the database file {self.path}: {exc.strerror}") from exc
        if (found.st_dev, found.st_ino) != self.known:
            raise StoreError(f"the database file {self.path} was replaced: {RESTART}")
        if found.st_size == 0 and self.filled:
            raise StoreError(f"the database file {self.path} was emptied: {RESTART}")
        self.filled = self.filled or found.st_size > 0


def watch_file(engine: Engine, database: str) -> None:
    """Check `database`'s file before each of `engine`'s transactions."""
    watch = FileWatch(Path(database).expanduser().absolute())
    event.listen(engine, "connect", watch.connected)
    event.listen(engine, "begin", watch.check)
