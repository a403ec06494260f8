"""The details form on two screens: a page left open saves only what it changed, and never
undoes what the other screen saved since it loaded (helpdesk review 67, E #1)."""

from __future__ import annotations

from .conftest import PageClient, soup
from .flow import start, walk


def _escalated(client: PageClient) -> str:
    url = start(client, "IP8M-2496EB", have=("pin",))
    walk(client, url, prefer=("cant",))
    return url


def _form(client: PageClient, url: str):  # type: ignore[no-untyped-def]
    return client.page(url).find("form", action=f"{url}/details")


def _serial_in_report(client: PageClient, url: str) -> str:
    report = client.page(f"{url}/report")
    cell = next(r for r in report.select("tr") if "Serial number" in r.get_text())
    return str(cell.select("td")[-1].get_text(strip=True))


def test_a_form_left_open_does_not_undo_the_other_screens_correction(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The customer's page, loaded before the agent corrected the serial, saved the
    misread serial back with its firmware: the report's serial was wrong again, and the
    page said "Saved to the report: the serial number, the firmware version"."""
    desk, phone = two_screens
    url = _escalated(desk)
    phone_form = _form(phone, url)
    phone.submit(phone_form, serial="AMC0123456")
    stale_phone_form = _form(phone, url)  # the phone's page, not reloaded after this

    desk.submit(_form(desk, url), serial="AMC01234AB", purchase_place="A shop")
    response = phone.submit(stale_phone_form, firmware="V2.800")
    page = phone.page(response.headers["location"])
    said = page.select_one(".notice.saved").get_text(" ", strip=True)
    assert said.startswith("Saved to the report: the firmware version.")
    other = page.select_one(".notice.changed-elsewhere").get_text(" ", strip=True)
    assert "Another screen changed the serial number to “AMC01234AB”" in other
    assert _serial_in_report(desk, url) == "AMC01234AB"
    assert page.select_one("#detail-serial")["value"] == "AMC01234AB"


def test_both_screens_changing_one_field_keeps_the_first_and_says_so(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = _escalated(desk)
    phone.submit(_form(phone, url), serial="AMC0123456")
    stale_phone_form = _form(phone, url)
    desk.submit(_form(desk, url), serial="AMC01234AB")
    response = phone.submit(stale_phone_form, serial="AMC0123457", firmware="V2.8")
    assert response.status_code == 409  # the answer is the page: what was typed is not lost
    shown = soup(response)
    said = shown.select_one(".notice.changed-elsewhere").get_text(" ", strip=True)
    assert "Another screen changed the serial number to “AMC01234AB”" in said
    assert "yours, “AMC0123457”, was not saved" in said
    assert "Saved to the report: the firmware version." in shown.get_text(" ", strip=True)
    assert _serial_in_report(desk, url) == "AMC01234AB"
    assert shown.select_one("#detail-serial")["value"] == "AMC01234AB"
    assert shown.title.get_text().startswith("Not saved: changed on another screen · ")
    again = phone.submit(shown.find("form", action=f"{url}/details"), serial="AMC0123457")
    assert again.status_code == 303  # typed again on the page that said so: it is meant
    assert _serial_in_report(desk, url) == "AMC0123457"


def test_a_detail_not_saved_is_said_without_a_password(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = _escalated(desk)
    stale_phone_form = _form(phone, url)
    desk.submit(_form(desk, url), light="solid red")
    typed = "blinks <fast> then red, wifi pw is Blue-Moon77"
    response = phone.submit(stale_phone_form, light=typed)
    assert response.status_code == 409
    assert "<fast>" not in response.text and "Blue-Moon77" not in response.text
    said = soup(response).select_one(".notice.changed-elsewhere").get_text(" ", strip=True)
    assert "then red, wifi pw is [password removed]”, was not saved" in said
