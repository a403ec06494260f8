"""Safety at the edge: headers on every response, no CDN, nothing typed in the logs."""

from __future__ import annotations

import logging
import re

import httpx
import pytest
from api_helpers import send, start

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("path", ["/healthz", "/docs", "/openapi.json", "/api/models", "/nope"])
async def test_every_response_carries_the_security_headers(
    client: httpx.AsyncClient, path: str
) -> None:
    headers = (await client.get(path)).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


async def test_the_api_docs_load_nothing_from_elsewhere(client: httpx.AsyncClient) -> None:
    page = (await client.get("/docs")).text
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert 'href="openapi.json"' in page  # relative: it holds behind a path prefix
    assert "POST /api/sessions/{session_id}/events" in page


async def test_the_api_docs_read_on_a_phone_in_the_sites_own_style(
    client: httpx.AsyncClient,
) -> None:
    """A reviewer opened /docs on a phone: no viewport (a desktop page shrunk), no style, a
    three-column table, and descriptions showing their Markdown backticks as typed."""
    page = (await client.get("/docs")).text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert '<link rel="stylesheet" href="static/app.css">' in page
    assert "<table" not in page and "`" not in page
    assert "carries its first step under <code>current</code>" in page


async def test_the_openapi_schema_documents_the_helpdesk_routes(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    paths = schema["paths"]
    for path in ("/api/sessions", "/api/sessions/{session_id}/events", "/api/models"):
        assert path in paths
    errors = paths["/api/sessions/{session_id}/events"]["post"]["responses"]
    assert "application/problem+json" in errors["409"]["content"]


async def test_session_ids_carry_at_least_128_random_bits(client: httpx.AsyncClient) -> None:
    ids = {(await start(client))["id"] for _ in range(5)}
    assert len(ids) == 5
    assert all(len(i) * 6 >= 128 and re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)


async def test_the_access_log_holds_no_typed_text_and_no_session_ids(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="camreset")
    session = await start(client)
    serial = "SERIAL-TYPED-4242"
    await send(client, session["id"], type="details", data={"serial": serial})
    await client.get("/api/models", params={"q": "my secret camera words"})
    await client.get(f"/api/models/typed-{serial}")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "POST /api/sessions/{session_id}/events 200" in logged
    assert "GET /api/models 200" in logged
    for secret in (session["id"], serial, "secret", "typed"):
        assert secret not in logged
