"""The API in process: httpx over ASGITransport, a fresh SQLite database per test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import BASE
from fastapi import FastAPI

from camreset.settings import Settings
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sessions.sqlite3'}"


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, base_url=BASE)


@pytest.fixture
def store(db_url: str) -> Iterator[SessionStore]:
    store = SessionStore.from_url(db_url)
    yield store
    store.close()


@pytest.fixture
def app(settings: Settings, store: SessionStore) -> FastAPI:
    return create_app(settings, store=store)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield client
