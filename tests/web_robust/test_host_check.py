"""DNS rebinding: a site that makes its own name resolve to this computer reaches camreset
from the visitor's browser as "same origin". A robustness reviewer listed cameras through
`/api/network/scan` and started a session through the `/start` form that way, with `Host:
attacker.example:8883` (and the same `Origin`)."""

from __future__ import annotations

import httpx
import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.settings import Settings
from camreset.store.session_store import SessionStore
from camreset.web.app import create_app
from camreset.web.host_check import addressed_locally, host_name

pytestmark = pytest.mark.anyio


async def test_a_request_addressed_to_another_sites_name_is_refused(
    store: SessionStore, kb: KnowledgeBase
) -> None:
    settings = Settings(database_url="sqlite://", base_url="https://help.example.org/camreset")
    app = create_app(settings, store=store, kb=kb)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=("127.0.0.1", 5))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
        evil = {"host": "attacker.example:8883", "origin": "http://attacker.example:8883"}
        scan = await client.post(
            "/api/network/scan", json={"targets": ["127.0.0.77"], "timeout": 0.2}, headers=evil
        )
        assert scan.status_code == 400
        assert scan.json()["type"] == "urn:camreset:problem:unknown-host"
        assert "attacker" not in scan.text
        form = await client.post("/start", data={"model": "tapo-c200"}, headers=evil)
        assert form.status_code == 400 and "text/html" in form.headers["content-type"]
        assert "does not answer to the name" in form.text
        for host in ("127.0.0.1:8000", "[::1]:8000", "localhost:8000", "help.example.org",
                     "192.168.1.20:8000", "mypc.local:8000", "camreset:8000"):  # fmt: skip
            page = await client.get("/", headers={"host": host})
            assert page.status_code == 200, host


def test_only_names_no_public_site_can_point_here_pass() -> None:
    public = "help.example.org"
    for header in ("127.0.0.1:8000", "[fe80::1]:80", "LOCALHOST", "app.localhost", "camreset"):
        assert addressed_locally(host_name(header), public), header
    for header in ("attacker.example", "127.0.0.1.nip.io:8000", "localhost.attacker.example",
                   "help.example.org.attacker.example", "evil.example."):  # fmt: skip
        assert not addressed_locally(host_name(header), public), header
