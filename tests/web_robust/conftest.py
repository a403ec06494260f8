"""Fixtures for the robustness tests: an app over either database, driven in process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.kb_files import load_kb
from camreset.store.engine import make_engine
from camreset.store.migrate import upgrade_to_head
from camreset.store.session_store import SessionStore

BASE = "http://camreset.test"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated engine whose SQLite writers give up after 0.2 s instead of 30 s."""
    engine = make_engine(db_url, sqlite_busy_timeout_ms=200)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: Engine) -> SessionStore:
    return SessionStore(engine)
