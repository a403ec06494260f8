"""The notices about the last answer, on the screen that did not give it (helpdesk review 67,
E #6): the agent answered a hold and a wait on the desk, and the customer's phone said "If you
let go early…" and "You went on before the restart was over" of the agent's clicks."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import start


def _notices(page: BeautifulSoup) -> str:
    return " ".join(" ".join(n.get_text() for n in page.select(".step-notice")).split())


def _press(client: PageClient, url: str, value: str) -> None:
    form = client.page(url).select_one("form.answers")
    assert client.submit(form, form.find("button", attrs={"value": value})).status_code == 303


def _to_the_hold(phone: PageClient, url: str) -> None:
    for _ in range(12):
        page = phone.page(url)
        if page.select_one(".timer") is not None:
            return
        form = page.select_one("form.answers")
        choice = next(v for v in ("done", "yes", "cant") if form.find(attrs={"value": v}))
        phone.submit(form, form.find("button", attrs={"value": choice}))
    raise AssertionError("no hold page")


def test_the_phone_is_told_the_desks_quick_answers_as_the_other_screens(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter"))
    _to_the_hold(phone, url)
    desk.page(url)
    _press(desk, url, "nothing")  # at once, on the desk: far sooner than its hold
    on_phone, on_desk = _notices(phone.page(url)), _notices(desk.page(url))
    assert "Another screen answered that nothing happened while the button was held" in on_phone
    assert "after the hold page showed" in on_phone and "take back that answer" in on_phone
    assert "you" not in on_phone.lower().split()
    assert "You saw nothing happen while you held" in on_desk  # the desk answered: "you"
    assert "If you let go early" in on_desk

    _press(desk, url, "done")  # the restart's wait, ended at once on the desk
    on_phone, on_desk = _notices(phone.page(url)), _notices(desk.page(url))
    assert on_phone.startswith("Another screen went on before the restart was over (waited")
    assert on_desk.startswith("You went on before the restart was over (waited")
