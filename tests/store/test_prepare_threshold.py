"""Behind PgBouncer in transaction mode a server-side prepared statement can land on another
connection; `?prepare_threshold=none` in the database URL turns preparing off (docs/deploy.md)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from tests.conftest import postgres_url

from camreset.errors import StoreError
from camreset.store.engine import make_engine


def test_a_bad_prepare_threshold_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="prepare_threshold must be a number or none"):
        make_engine("postgresql+psycopg://u@127.0.0.1:5432/d?prepare_threshold=soon")


@pytest.mark.postgres
@pytest.mark.parametrize(("given", "expected"), [("0", 0), ("none", None), ("7", 7)])
def test_the_threshold_reaches_psycopg_as_its_own_type(given: str, expected: int | None) -> None:
    url = postgres_url()
    if url is None:
        pytest.skip("CAMRESET_TEST_POSTGRES_URL is not set")
    glue = "&" if "?" in url else "?"
    engine = make_engine(f"{url}{glue}prepare_threshold={given}")
    try:
        with engine.connect() as conn:
            for _ in range(8):  # past psycopg's default threshold of 5
                assert conn.execute(text("SELECT 1")).scalar() == 1
            assert conn.connection.dbapi_connection.prepare_threshold == expected  # type: ignore[union-attr]
    finally:
        engine.dispose()
