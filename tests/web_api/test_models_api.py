"""Finding a camera model the way a helpdesk agent types it."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem

from camreset.kb_files import load_kb

pytestmark = pytest.mark.anyio


async def test_search_puts_the_meant_model_first(client: httpx.AsyncClient) -> None:
    found = (await client.get("/api/models", params={"q": "tapo c200"})).json()
    assert found[0]["id"] == "tapo-c200"
    assert found[0]["brand"] and found[0]["line"] == "tapo"


async def test_an_empty_search_lists_every_model_of_every_brand(client: httpx.AsyncClient) -> None:
    found = (await client.get("/api/models")).json()
    assert [m["id"] for m in found] == sorted(m["id"] for m in found)
    kb = load_kb()
    assert len(found) == len(kb.models)  # it stopped at 50, inside Dahua
    assert {m["brand"] for m in found} == {line.brand for line in kb.lines.values()}


async def test_a_model_carries_the_vendors_support_route(client: httpx.AsyncClient) -> None:
    model = (await client.get("/api/models/tapo-c200")).json()
    assert model["support"]["url"].startswith("https://")
    assert model["support"]["contact"]
    assert model["form_factor"] == "pan_tilt"
    assert model["app"] == "Tapo"


async def test_an_older_nest_camera_names_the_nest_app(client: httpx.AsyncClient) -> None:
    """Its line's app is Google Home; Google puts the Nest Cam Indoor in the Nest app."""
    assert (await client.get("/api/models/nest-cam-indoor")).json()["app"] == "Nest"
    assert (await client.get("/api/models/nest-cam-indoor-wired")).json()["app"] == "Google Home"


async def test_an_unknown_model_suggests_close_ones(client: httpx.AsyncClient) -> None:
    problem = assert_problem(await client.get("/api/models/tapo-c20"), 404)
    assert "tapo-c200" in problem["suggestions"]
