"""Finding a camera model the way a helpdesk agent types it."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem

pytestmark = pytest.mark.anyio


async def test_search_puts_the_meant_model_first(client: httpx.AsyncClient) -> None:
    found = (await client.get("/api/models", params={"q": "tapo c200"})).json()
    assert found[0]["id"] == "tapo-c200"
    assert found[0]["brand"] and found[0]["line"] == "tapo"


async def test_an_empty_search_lists_models(client: httpx.AsyncClient) -> None:
    found = (await client.get("/api/models")).json()
    assert len(found) > 10
    assert [m["id"] for m in found] == sorted(m["id"] for m in found)


async def test_a_model_carries_the_vendors_support_route(client: httpx.AsyncClient) -> None:
    model = (await client.get("/api/models/tapo-c200")).json()
    assert model["support"]["url"].startswith("https://")
    assert model["support"]["contact"]
    assert model["form_factor"] == "pan_tilt"


async def test_an_unknown_model_suggests_close_ones(client: httpx.AsyncClient) -> None:
    problem = assert_problem(await client.get("/api/models/tapo-c20"), 404)
    assert "tapo-c200" in problem["suggestions"]
