"""An in-process app over a temporary SQLite file, and a small browser-like client.

The client keeps cookies (the CSRF cookie), sends `Accept: text/html` like a browser, does
not follow redirects (tests check them), and parses pages with BeautifulSoup.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from bs4 import BeautifulSoup, Tag

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.kb_files import load_kb
from camreset.settings import Settings
from camreset.web.app import create_app


class PageClient:
    """Synchronous calls into the ASGI app through httpx.ASGITransport."""

    def __init__(self, app: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            headers={"Accept": "text/html,application/xhtml+xml"},
        )

    def get(self, url: str, **kw: Any) -> httpx.Response:
        return self.loop.run_until_complete(self.http.get(url, **kw))

    def post(self, url: str, **kw: Any) -> httpx.Response:
        return self.loop.run_until_complete(self.http.post(url, **kw))

    def page(self, url: str) -> BeautifulSoup:
        """The page a browser shows for `url`, after any redirect (a session page without
        `?at=` is sent to its position)."""
        response = self.get(url, follow_redirects=True)
        assert response.status_code == 200, (url, response.status_code, response.text[:500])
        return BeautifulSoup(response.text, "html.parser")

    def submit(self, form: Tag, button: Tag | None = None, **fields: str) -> httpx.Response:
        """Submit a parsed form the way a browser would: its inputs, the button, overrides."""
        data: dict[str, Any] = {}
        for field in form.find_all("input"):
            name = field.get("name")
            kind = field.get("type", "text")
            if not name or kind in ("submit", "button"):
                continue
            if kind in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            data.setdefault(str(name), []).append(field.get("value", ""))
        if button is not None and button.get("name"):
            data[str(button["name"])] = [button.get("value", "")]
        for key, value in fields.items():
            data[key] = [value] if isinstance(value, str) else value
        return self.post(str(form["action"]), data=data)

    def close(self) -> None:
        self.loop.run_until_complete(self.http.aclose())
        self.loop.close()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


def make_client(tmp_path: Path, kb: KnowledgeBase) -> PageClient:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'pages.sqlite3'}")
    return PageClient(create_app(settings, kb=kb))


@pytest.fixture
def client(tmp_path: Path, kb: KnowledgeBase) -> Iterator[PageClient]:
    c = make_client(tmp_path, kb)
    yield c
    c.close()


@pytest.fixture
def two_screens(tmp_path: Path, kb: KnowledgeBase) -> Iterator[tuple[PageClient, PageClient]]:
    """A helpdesk agent's desk and the customer's phone: two browsers, one server's data."""
    desk, phone = make_client(tmp_path, kb), make_client(tmp_path, kb)
    yield desk, phone
    desk.close()
    phone.close()


def soup(response: httpx.Response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")
