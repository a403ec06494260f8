"""SQLite's append at the driver's level: the same two statements, compiled once per shape.

An answer on SQLite is one insert and one update in one transaction (`SessionStore.append`).
Through `Connection.execute` the two statements cost the server three times what SQLite
spends on them: SQLAlchemy's work per execution (the compiled cache's lookup, binding,
wrapping the result) came to 8 % of a step request's CPU (issue 15; session 71). Here the SQL
is compiled once per set of summary columns, each value goes through its column type's own
bind processor (the conversion SQLAlchemy makes: SQLite's date text, JSON), and both
statements run on the connection's sqlite3 cursor, in a transaction SQLAlchemy began and
commits, so the file check (store/file_watch.py), the pool and the rollback on any failure
stay as they were. A driver error leaves as the SQLAlchemy error it would have been.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, insert, update
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.exc import DBAPIError

Binder = Callable[[Any], Any] | None


class SqliteAppend:
    """Insert an event and move its session's summary on, on one SQLite connection."""

    def __init__(self, engine: Engine, sessions: Table, events: Table) -> None:
        self._dialect = engine.dialect
        self._named = SQLiteDialect_pysqlite(paramstyle="named")
        self._sessions = sessions
        self._insert = self._sql(insert(events))
        self._event_binders = self._binders(
            events, {column.name: column.name for column in events.c}
        )
        self._moves: dict[frozenset[str], tuple[str, dict[str, Binder]]] = {}

    def __call__(
        self, db: Connection, row: dict[str, Any], keys: frozenset[str], params: dict[str, Any]
    ) -> bool:
        """Insert `row` and update the summary (`params` as session_store's `_moved` takes
        them) in the transaction `db` began; True if the summary was at the expected count.
        The caller commits or rolls back."""
        move, binders = self._move(keys)
        cursor = db.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(self._insert, _bound(row, self._event_binders))
            cursor.execute(move, _bound(params, binders))
            return bool(cursor.rowcount == 1)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(
                None, None, exc, sqlite3.Error, hide_parameters=True, dialect=self._dialect
            ) from exc
        finally:
            cursor.close()

    def _move(self, keys: frozenset[str]) -> tuple[str, dict[str, Binder]]:
        found = self._moves.get(keys)
        if found is None:
            statement = (
                update(self._sessions)
                .where(
                    self._sessions.c.id == bindparam("sid"),
                    self._sessions.c.event_count == bindparam("expected"),
                )
                .values({key: bindparam(f"new_{key}") for key in sorted(keys)})
            )
            columns = {f"new_{key}": key for key in keys} | {"sid": "id"}
            columns["expected"] = "event_count"
            found = self._sql(statement), self._binders(self._sessions, columns)
            self._moves[keys] = found
        return found

    def _sql(self, statement: Any) -> str:
        return str(statement.compile(dialect=self._named))

    def _binders(self, table: Table, columns: dict[str, str]) -> dict[str, Binder]:
        """Each parameter's bind processor: its column's type, as this engine converts it."""
        return {
            name: table.c[column].type.dialect_impl(self._dialect).bind_processor(self._dialect)
            for name, column in columns.items()
        }


def _bound(values: dict[str, Any], binders: dict[str, Binder]) -> dict[str, Any]:
    """The values as SQLAlchemy binds them: each through its processor, None included (a
    JSON column's processor decides what None is)."""
    out = {}
    for name, value in values.items():
        binder = binders.get(name)
        out[name] = value if binder is None else binder(value)
    return out
