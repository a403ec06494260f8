"""The shipped migrations build exactly the schema the store's models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from camreset.store.models import Base
from camreset.store.session_store import SessionStore


def test_migrations_match_the_models(db_url: str) -> None:
    store = SessionStore.from_url(db_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    store.close()
    assert diff == []
    assert version == "0002"
