"""Alembic environment: runs on the connection camreset hands over (see store/migrate.py).

For `alembic` on the command line, `-x url=...` or `sqlalchemy.url` in alembic.ini names the
database instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from camreset.store.engine import make_engine
from camreset.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = make_engine(str(url))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("camreset migrations run online only")
run_migrations_online()
