"""Bring a database up to the newest schema with the Alembic migrations shipped in the package.

Any number of servers (or workers of one server) may start at once on a fresh database, so
the migration runs under a lock and whoever comes second finds the schema already at head:

- PostgreSQL: a transaction-level advisory lock, taken as the first statement of the
  migration's own transaction and released when it commits (or when the connection dies);
- SQLite: an exclusive `flock` on a file beside the database (`NAME.migrate-lock`). SQLite
  runs Alembic's DDL outside a transaction, so a database lock alone would not cover it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from camreset.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
ADVISORY_LOCK_KEY = 0x63616D7265736574  # "camreset": the key every camreset server agrees on


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration the database has not seen yet; safe to call on every start, from
    any number of processes at once."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    opened = False
    try:
        with _file_lock(engine), engine.begin() as connection:
            opened = True
            _advisory_lock(connection)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        reason = _reason(exc)
        if opened:
            raise StoreError(_not_migrated(engine, reason)) from exc
        raise StoreError(_not_opened(engine, reason)) from exc


NOT_A_DATABASE = (
    "{path} is not an SQLite database (damaged, or another kind of file): move it aside to "
    "start with an empty one, or restore it from a backup"
)
CANNOT_OPEN = (
    "cannot open {path} as the session database: {reason} (is it a folder, or in a folder "
    "camreset cannot write to?)"
)


def _not_opened(engine: Engine, reason: str) -> str:
    """A database that cannot be reached at all: "could not migrate" was said to someone who
    only asked `sessions` for a list (terminal review 71, I #13), of a server that is down."""
    path = lock_path(engine)
    if path is None:
        return f"could not open the session database: {reason}"
    return _not_migrated(engine, reason).replace("could not migrate", "could not open", 1)


def _not_migrated(engine: Engine, reason: str) -> str:
    """What went wrong and what to do, naming the SQLite file (robustness review 70, #5: a
    bare "file is not a database" gave neither)."""
    path = lock_path(engine)
    if path is None:
        return f"could not migrate the session database: {reason}"
    database = path.with_name(path.name.removesuffix(".migrate-lock"))
    if "file is not a database" in reason:
        return NOT_A_DATABASE.format(path=database)
    if "unable to open database file" in reason:
        return CANNOT_OPEN.format(path=database, reason=reason)
    return f"could not migrate the session database {database}: {reason}"


def _advisory_lock(connection: Connection) -> None:
    """PostgreSQL: wait for any other server's migration, held until this transaction ends."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})


def lock_path(engine: Engine) -> Path | None:
    """The SQLite file's migration lock, or None (PostgreSQL, or a database in memory)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    return path.with_name(path.name + ".migrate-lock")


@contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    path = lock_path(engine)
    if path is None:
        yield
        return
    import fcntl  # POSIX (camreset serves from Linux); imported where it is used

    try:
        handle = path.open("a")
    except OSError as exc:
        raise StoreError(f"cannot open the migration lock {path}: {exc.strerror}") from exc
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's message without the SQL statement and parameters."""
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
