""" "I found the model" on the pages, without JavaScript (session 71, helpdesk review
leftover): a session started as "I don't know my model" takes the model on its label and keeps
its link, its answers that still fit and its report."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag

from camreset.core.session import machine
from camreset.core.session.later_rules import MODEL_FOUND_RULES

from .conftest import PageClient, soup
from .flow import answer, start


def ring_doorbell(client: PageClient) -> str:
    """A Ring doorbell whose model the person does not know: the start page's own way."""
    checklist = client.page("/have?line=ring&form_factor=doorbell")
    response = client.submit(checklist.select_one('form[action="/start"]'), have=["pin"])
    assert response.status_code == 303
    url = str(response.headers["location"]).split("?")[0]
    answer(client, url, "wont-reset")
    return url


def _found_link(page: BeautifulSoup) -> Tag:
    link = page.find("a", string="I found the model")
    assert link is not None, "no “I found the model” on a session without its model"
    return link


def test_the_model_typed_takes_over_the_same_session(client: PageClient) -> None:
    url = ring_doorbell(client)
    page = client.page(url)
    assert page.h1.get_text() == "How long did you hold the button last time?"
    form_page = client.page(str(_found_link(page)["href"]))
    assert form_page.h1.get_text() == "Which model is it?"
    form = form_page.select_one(f'form[action="{url}/model"]:not(.found-choices)')
    assert form.select_one('input[name="csrf_token"]') is not None
    box = form.select_one("input#found-model")
    assert form_page.select_one('label[for="found-model"]').get_text() == "Model on the label"
    assert box["aria-describedby"] == "found-hint"
    response = client.submit(form, model="Video Doorbell 3")
    assert response.status_code == 303
    assert str(response.headers["location"]).split("?")[0] == url  # the same session
    after = client.page(url)
    assert "Model found: Ring Video Doorbell 3." in after.get_text(" ")
    assert after.h1.get_text() == "How long did you hold the button last time?"  # kept place
    assert after.find("a", string="I found the model") is None
    report = client.page(f"{url}/report").get_text(" ")
    assert "on the label at" in report and "(started as: Ring, model not known, doorbell)" in report


def test_a_name_meaning_several_models_offers_them_to_choose(client: PageClient) -> None:
    url = ring_doorbell(client)
    form_page = client.page(f"{url}/model")
    form = form_page.select_one(f'form[action="{url}/model"]')
    response = client.submit(form, model="Ring doorbell")
    assert response.status_code == 404
    page = soup(response)
    alert = page.select_one('[role="alert"]')
    assert "“Ring doorbell” could be more than one model" in alert.get_text()
    assert page.select_one("input#found-model")["aria-invalid"] == "true"
    choices = page.select_one("form.found-choices")
    third = choices.find("button", string="Ring Video Doorbell 3")
    assert client.submit(choices, third).status_code == 303
    assert "Model found: Ring Video Doorbell 3." in client.page(url).get_text(" ")


def test_a_session_with_its_model_has_no_link_and_the_form_says_why(
    client: PageClient,
) -> None:
    url = start(client, "tapo c200")
    assert client.page(url).find("a", string="I found the model") is None
    page = client.page(f"{url}/model")
    assert "This session already has a model: Tapo C200." in page.get_text(" ")
    assert page.select_one("input#found-model") is None


def test_the_form_refuses_a_post_without_its_csrf_token(client: PageClient) -> None:
    url = ring_doorbell(client)
    client.page(f"{url}/model")
    response = client.post(f"{url}/model", data={"model": "Video Doorbell 3"})
    assert response.status_code == 403


def test_a_session_started_before_models_found_later_is_not_offered_the_link(
    client: PageClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Offered, then refused only after the person typed the model (session 71, merged-diff
    review N F5): a session started under the readings before does not offer it at all."""
    monkeypatch.setattr(machine, "RULES", MODEL_FOUND_RULES - 1)
    url = ring_doorbell(client)
    monkeypatch.undo()
    page = client.page(url)
    assert page.h1.get_text() == "How long did you hold the button last time?"
    assert page.find("a", string="I found the model") is None
    form_page = client.page(f"{url}/model")
    assert "This session was started before camreset could take a model" in form_page.get_text(" ")
    assert form_page.select_one("input#found-model") is None


def test_another_brand_s_model_is_asked_again_and_the_started_brand_is_offered_first(
    client: PageClient,
) -> None:
    """A Ring doorbell's session became a Tapo C200 in one tap, and "Doorbell 9" offered
    Blink, Kasa and Swann before Ring (session 71, merged-diff review N F6)."""
    url = ring_doorbell(client)
    form = client.page(f"{url}/model").select_one(f'form[action="{url}/model"]')
    response = client.submit(form, model="Tapo C200")
    assert response.status_code == 409
    page = soup(response)
    assert page.select_one('[role="alert"]').get_text() == (
        "You started with a Ring doorbell; the Tapo C200 is a TP-Link pan-tilt camera. Check the "
        "label on the camera you are resetting, or start a new session for that camera."
    )
    assert page.select_one("input#found-model")["value"] == "Tapo C200"  # typed again here
    assert "Model found" not in client.page(url).get_text(" ")
    response = client.submit(page.select_one(f'form[action="{url}/model"]'), model="Doorbell 9")
    choices = soup(response).select("form.found-choices button")
    assert choices and choices[0].get_text().startswith("Ring ")


def test_the_report_page_marks_where_the_model_was_found_and_a_model_taken_back(
    client: PageClient,
) -> None:
    """The report page's steps did not say which were the usual ones (session 71, review N
    F11), and a model found then taken back by undo was in no "taken back" (session 72)."""
    url = ring_doorbell(client)  # one answer: why they came
    form = client.page(f"{url}/model").select_one(f'form[action="{url}/model"]')
    assert client.submit(form, model="Video Doorbell 2").status_code == 303
    back = client.page(url).select_one(f'form[action="{url}/undo"]')
    assert client.submit(back).status_code == 303  # nothing answered since: the model
    form = client.page(f"{url}/model").select_one(f'form[action="{url}/model"]')
    assert client.submit(form, model="Video Doorbell 3").status_code == 303
    page = client.page(f"{url}/report")
    row = page.select_one("table.steps tr.found-row")
    assert row is not None and row.find_previous("tr").td.get_text() == "1"
    words = row.get_text(" ")
    assert "Model found on the label at" in words and ": Ring Video Doorbell 3." in words
    assert "Step 1 was the usual step, before the model was known" in words
    taken = [li.get_text(" ") for li in page.select("h2 + ul li") if "Model found" in li.get_text()]
    assert len(taken) == 1 and "Model found — Ring Video Doorbell 2; taken back at" in taken[0]


def test_the_form_says_where_to_look_for_the_label_without_an_unsourced_usually(
    client: PageClient,
) -> None:
    """No source says where a camera's label "usually" is (unknown-camera review 76 G, #11f):
    the form says where to look, not where it usually is."""
    url = ring_doorbell(client)
    hint = " ".join(client.page(f"{url}/model").select_one("main").get_text(" ").split())
    assert "Look for the label on the back, underneath, or inside the battery cover." in hint
    assert "usually" not in hint
