"""A model found on another screen is said with who found it and which model, as every other
event is (merged-diff review 71 N, F2): a desk following the customer's phone read "The
session has changed on another screen. Here is where it is now.", naming neither the
customer's phone (the screen that started the session) nor the model."""

from __future__ import annotations

from bs4 import BeautifulSoup

from camreset.core.session.screens import BY, HELPDESK, SCREEN, STARTER

from .conftest import PageClient
from .test_model_found_page import ring_doorbell

FOUND = "Ring Video Doorbell 3"


def _find(client: PageClient, url: str) -> None:
    """Press "I found the model" and type the label's model."""
    form = client.page(f"{url}/model").select_one(f'form[action="{url}/model"]')
    assert client.submit(form, model="Video Doorbell 3").status_code == 303


def _said(client: PageClient, page: BeautifulSoup) -> str:
    """What the page's script is told of the change since `page` showed its step."""
    return str(client.get(page.select_one(".follow-status")["data-follow-url"]).json()["said"])


def test_the_desk_reads_that_the_customer_s_phone_found_the_model_and_which(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = ring_doorbell(phone)
    left = desk.page(url)  # the desk opened the link, and follows
    _find(phone, url)
    assert _said(desk, left) == f"The screen that started the session found the model: {FOUND}."
    moved = desk.get(f"{url}?moved=1", follow_redirects=True)  # a page reloaded after it
    notice = BeautifulSoup(moved.text, "html.parser").select_one(".moved-on")
    assert " ".join(notice.get_text().split()) == (
        f"The screen that started the session found the model: {FOUND}. Here is where it is now."
    )
    sessions = phone.http._transport.app.state.sessions  # type: ignore[attr-defined]
    events = sessions.state(url.rsplit("/", 1)[-1]).events
    assert [e.data.get(SCREEN) for e in events if e.type == "model-found"] == [STARTER]


def test_the_phone_reads_that_another_screen_or_the_helpdesk_found_it(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = ring_doorbell(phone)
    shown = phone.page(url)
    _find(desk, url)  # the agent, who opened the link, reads the label out and types it
    assert _said(phone, shown) == f"Another screen found the model: {FOUND}."

    url = ring_doorbell(desk)  # a second session; a helpdesk tool finds its model
    shown = desk.page(url)
    api = f"/api/sessions{url[2:]}/model-found"
    sent = desk.post(api, json={"model": "Video Doorbell 3", BY: HELPDESK},
                     headers={"Accept": "application/json"})  # fmt: skip
    assert sent.status_code == 200, sent.text
    assert _said(desk, shown) == f"The helpdesk found the model: {FOUND}."
    wrong = desk.post(api, json={"model": "Video Doorbell 3", BY: "agent"},
                      headers={"Accept": "application/json"})  # fmt: skip
    assert wrong.status_code == 422 and "helpdesk" in wrong.text


def test_the_report_page_and_its_json_say_the_helpdesk_found_it(client: PageClient) -> None:
    """The report's "Model found" rows named nobody (session 73)."""
    url = ring_doorbell(client)
    api = f"/api/sessions{url[2:]}"
    sent = client.post(f"{api}/model-found", json={"model": "Video Doorbell 3", BY: HELPDESK},
                       headers={"Accept": "application/json"})  # fmt: skip
    assert sent.status_code == 200, sent.text
    page = client.page(f"{url}/report")
    row = " ".join(page.select_one("table.steps tr.found-row").get_text().split())
    assert row.startswith("Model found on the label at ")
    assert f", entered by the helpdesk: {FOUND}. Step 1 was the usual step" in row
    assert ", entered by the helpdesk (started as: Ring, model not known" in page.get_text(" ")
    report = client.get(f"{api}/report?format=json").json()
    assert (report["model_found_by"], report["model_found_screen"]) == (HELPDESK, "other")
