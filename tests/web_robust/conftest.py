"""Fixtures for the robustness tests: an app over either database, driven in process."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import Engine

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.kb_files import load_kb
from camreset.settings import Settings
from camreset.store.engine import make_engine
from camreset.store.migrate import upgrade_to_head
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app

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


@pytest.fixture
def app(store: SessionStore, kb: KnowledgeBase) -> FastAPI:
    # No fuzzed request may send a probe: the network routes answer 403 here (their own tests
    # run them against emulated cameras on loopback).
    settings = Settings(database_url="sqlite://", base_url=BASE, network=False)
    return create_app(settings, store=store, kb=kb)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield client


async def new_session(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.post("/api/sessions", json={"model": "tapo-c200", "have": ["pin"]})
    assert response.status_code == 201, response.text
    session: dict[str, Any] = response.json()
    return session
