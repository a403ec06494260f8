"""A request through a proxy the server does not trust never gets the network features.

Review 71 C, #1: a helpdesk server left with network features on, behind a proxy on another
private host (peer 10.0.0.5) that uvicorn was not told to trust, probed its own LAN for anyone
on the internet: `POST /api/network/check` answered 200 and `/network` offered "Find my
camera". The proxy names the real client in `X-Forwarded-For` or `Forwarded`; when uvicorn
trusts it, the address the server sees is that client's, so a trusted proxy keeps working.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from api_helpers import BASE, assert_problem
from fastapi import FastAPI

pytestmark = pytest.mark.anyio
CHECK = {"address": "127.0.3.9", "timeout": 0.2}


@pytest.fixture
async def via_proxy(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Requests seen from a proxy on another private host."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=("10.0.0.5", 443))
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield client


@pytest.mark.parametrize(
    "header",
    [
        {"X-Forwarded-For": "203.0.113.7"},
        {"X-Forwarded-For": "192.168.1.30, 203.0.113.7"},
        {"Forwarded": 'for="203.0.113.7:5123";proto=https'},
        {"X-Forwarded-For": ""},
        {"X-Forwarded-For": "10.0.0.5, 203.0.113.9"},  # the proxy's own address written first
        {"Forwarded": "for=10.0.0.5, for=203.0.113.9"},
        {"X-Forwarded-For": "192.168.1.30, 10.0.0.5", "Forwarded": "for=203.0.113.9"},
    ],
)
async def test_a_request_through_an_untrusted_proxy_is_refused(
    via_proxy: httpx.AsyncClient, header: dict[str, str]
) -> None:
    response = await via_proxy.post("/api/network/check", json=CHECK, headers=header)
    problem = assert_problem(response, 403)
    assert problem["type"] == "urn:camreset:problem:network-off"
    assert "a proxy the server does not trust" in problem["detail"]


async def test_the_finder_page_is_not_offered_through_an_untrusted_proxy(
    via_proxy: httpx.AsyncClient,
) -> None:
    page = await via_proxy.get("/network", headers={"X-Forwarded-For": "203.0.113.7"})
    assert page.status_code == 200
    assert 'action="/network/scan"' not in page.text


@pytest.mark.parametrize(
    "header",
    [
        {"X-Forwarded-For": "192.168.1.30, 10.0.0.5"},
        {"Forwarded": "for=10.0.0.5"},
        {},
    ],
)
async def test_a_trusted_proxy_or_none_keeps_the_network_features(
    via_proxy: httpx.AsyncClient, header: dict[str, str]
) -> None:
    """uvicorn, trusting the proxy, sees the client the header names (here 10.0.0.5)."""
    response = await via_proxy.post("/api/network/check", json=CHECK, headers=header)
    assert response.status_code == 200, response.text
    page = await via_proxy.get("/network", headers=header)
    assert 'action="/network/scan"' in page.text
