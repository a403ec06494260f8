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


@pytest.mark.parametrize("typed", ["2AOKBT8113", "FCC ID: 2AOKB-T8113"])
async def test_a_model_found_by_its_fcc_id_says_so_as_the_web_does(
    client: httpx.AsyncClient, typed: str
) -> None:
    """The web and the terminal said "Found by its FCC ID"; the API's list said nothing, so a
    helpdesk tool could not tell a match on the label's FCC ID from one on the name."""
    found = (await client.get("/api/models", params={"q": typed})).json()
    assert [m["id"] for m in found] == ["eufy-eufycam-2c"]
    assert found[0]["found_by_fcc_id"] == "2AOKBT8113"
    assert found[0]["notice"] == (
        "Found by its FCC ID: 2AOKBT8113 is the FCC ID of the eufy Security eufyCam 2C."
    )


async def test_one_fcc_id_on_two_models_says_so_of_each(client: httpx.AsyncClient) -> None:
    found = (await client.get("/api/models", params={"q": "2AUIU-WYZECGS"})).json()
    assert [(m["id"], m["found_by_fcc_id"]) for m in found] == [
        ("wyze-cam-og", "2AUIUWYZECGS"),
        ("wyze-cam-og-telephoto", "2AUIUWYZECGS"),
    ]


async def test_a_name_typed_is_not_said_to_be_an_fcc_id(client: httpx.AsyncClient) -> None:
    found = (await client.get("/api/models", params={"q": "Tapo D230"})).json()
    assert found and "found_by_fcc_id" in found[0]  # the field is there, and says no
    assert all(m["found_by_fcc_id"] is None and m["notice"] is None for m in found)
