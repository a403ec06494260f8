"""Engines for the session database: SQLite by default, PostgreSQL by URL.

The URL is checked by the settings' rule (settings.database_url_problem; Settings applies it
too, so the CLI and the web refuse a bad URL before they get here): any other driver, or a
port that is not a number, is a StoreError that never quotes the URL, not a traceback.

SQLite gets WAL (readers never block the one writer), foreign keys on, and a busy timeout so
concurrent writers wait for the lock instead of failing at once.

Every engine hides statement parameters from its error messages (`hide_parameters`): those
values are session ids and what people typed, and an error message ends up in the log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from camreset.errors import StoreError
from camreset.settings import database_url_problem
from camreset.store.file_watch import watch_file

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str, *, sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    """An engine for `url`; a SQLite file's directory is created if missing.

    `sqlite_busy_timeout_ms` is how long an SQLite writer waits for another's lock.
    """
    problem = database_url_problem(url)
    if problem is not None:
        raise StoreError(f"database URL: {problem}")
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed.database, sqlite_busy_timeout_ms)
        parsed, connect_args = _psycopg_options(parsed)
        return create_engine(
            parsed, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
        )
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        where = parsed.render_as_string(hide_password=True)
        raise StoreError(f"cannot open the database {where}: {exc}") from exc


def _psycopg_options(parsed: URL) -> tuple[URL, dict[str, Any]]:
    """`?prepare_threshold=N` (or `none`) in a PostgreSQL URL as psycopg's own typed option:
    behind PgBouncer in transaction mode, `none` keeps statements unprepared
    (docs/deploy.md). psycopg would get the URL's text and fail."""
    raw = parsed.query.get("prepare_threshold")
    if raw is None or parsed.get_backend_name() != "postgresql":
        return parsed, {}
    text = raw if isinstance(raw, str) else raw[-1]
    if text.lower() == "none":
        value: int | None = None
    elif text.isdigit():
        value = int(text)
    else:
        raise StoreError(f"database URL: prepare_threshold must be a number or none, not {text!r}")
    return parsed.difference_update_query(["prepare_threshold"]), {"prepare_threshold": value}


def _sqlite_engine(database: str | None, busy_timeout_ms: int) -> Engine:
    if database and database != ":memory:" and not database.startswith("file:"):
        folder = Path(database).expanduser().parent
        if not folder.is_dir():  # a mistyped path is named, never made (the default's is)
            raise StoreError(
                f"there is no folder {folder} for the database {database}: check the path, "
                "or create the folder first"
            )
    engine = create_engine(
        f"sqlite:///{database or ''}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        hide_parameters=True,
    )

    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        _sqlite_pragmas(dbapi_connection, busy_timeout_ms)

    event.listen(engine, "connect", pragmas)
    if database and database != ":memory:" and not database.startswith("file:"):
        watch_file(engine, database)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
