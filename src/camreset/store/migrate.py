"""Bring a database up to the newest schema with the Alembic migrations shipped in the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from camreset.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def upgrade_to_head(engine: Engine) -> None:
    """Run every migration the database has not seen yet; safe to call on every start."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"could not migrate the session database: {_reason(exc)}") from exc


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's message without the SQL statement and parameters."""
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
