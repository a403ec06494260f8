"""A way of powering the camera's shape rules out is refused at the start, on the web as in the
terminal (session 70 leftover: `guide --line other --form-factor indoor --power transformer`
went on without a word, and so did a form sent with it, though the web's form never offers
doorbell wiring for an indoor camera)."""

from __future__ import annotations

from tests.web_pages.conftest import PageClient, soup


def test_a_power_the_shape_rules_out_is_refused_with_the_ways_it_allows(
    client: PageClient,
) -> None:
    checklist = client.page("/have?line=other&form_factor=indoor")
    offered = {str(i["value"]) for i in checklist.select('input[name="power"]')} - {""}
    assert "transformer" not in offered
    form = checklist.select_one('form[action="/start"]')
    refused = client.submit(form, have=["pin"], power="transformer")
    assert refused.status_code == 422
    said = " ".join(soup(refused).get_text(" ").split())
    assert (
        "an indoor camera may be powered by power adapter or USB or PoE (power over the network "
        "cable) or battery or solar panel, not doorbell wiring (transformer)"
    ) in said
    assert client.submit(form, have=["pin"], power="adapter").status_code == 303


def test_the_api_refuses_it_too_naming_the_powers_the_form_offers(client: PageClient) -> None:
    body = {"line": "other", "form_factor": "battery", "power": "poe", "have": ["pin"]}
    refused = client.post("/api/sessions", json=body)
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["type"].endswith("power-mismatch")
    assert problem["powers"] == ["usb", "battery", "solar"]
    checklist = client.page("/have?line=other&form_factor=battery")
    offered = [str(i["value"]) for i in checklist.select('input[name="power"]')]
    assert [p for p in offered if p] == problem["powers"]
