"""A name no model has, sent to the API, offers first the models of the brand (and shape) the
session started with or the client asked for, as the web's "Which model is it?" and the
terminal list them: the API listed Blink, Kasa and SimpliSafe before Ring on a Ring doorbell's
session (session 72 leftover; the ranking is core/session/model_found.py's one)."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import assert_problem, start

pytestmark = pytest.mark.anyio


async def test_model_found_offers_the_started_brand_s_models_first(
    client: httpx.AsyncClient,
) -> None:
    session = await start(
        client, opening=True, model=None, line="ring", form_factor="doorbell", have=["pin"]
    )
    answer = await client.post(
        f"/api/sessions/{session['id']}/model-found", json={"model": "Doorbell 9"}
    )
    problem = assert_problem(answer, 404)
    offered = problem["suggestions"]
    assert offered[0].startswith("ring-"), offered
    assert "blink-video-doorbell" in offered  # still offered, after Ring's
    closest = problem["detail"].split("closest: ", 1)[1]
    assert closest.split(", ") == offered  # the words name them in the same order


async def test_a_start_offers_the_brand_asked_for_first(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/api/sessions", json={"model": "Floodlight 9", "line": "blink", "form_factor": "outdoor"}
    )
    offered = assert_problem(answer, 404)["suggestions"]
    assert offered[0] == "blink-wired-floodlight", offered
    assert len(offered) > 1  # the other brands' floodlights stay, after it


async def test_a_family_name_offers_the_brand_asked_for_first(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/api/sessions", json={"model": "Doorbell", "line": "ring", "form_factor": "doorbell"}
    )
    offered = assert_problem(answer, 404)["suggestions"]
    brands = [m.split("-", 1)[0] for m in offered]
    assert brands == sorted(brands, key=lambda b: b != "ring"), offered  # Ring's, then others
    assert brands[0] == "ring" and "nest" in brands
