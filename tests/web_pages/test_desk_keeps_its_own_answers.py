"""A desk that answers a long session keeps calling its own first answers its own.

Helpdesk review 74 F, #1: after 19 answers from the agent's laptop (a Ring doorbell walked to
support), "What you've done so far" on that laptop read "What brings you here? — It won't
reset · 02:45:48 · on another screen": the browser remembered only its 16 latest answers.
"""

from __future__ import annotations

from .conftest import PageClient
from .flow import start
from .test_desk_history import _rows

ORDER = ("few-seconds", "nothing", "no-restart", "no", "have", "done", "not-sure", "cant")
"""Answers that keep a Ring doorbell's session going to support, in the order tried."""


def _answer_on(client: PageClient, url: str) -> bool:
    page = client.page(url)
    form = page.select_one("form.answers")
    if form is None:
        return False
    values = [str(b.get("value")) for b in form.find_all("button") if b.get("value")]
    choice = next((v for v in ORDER if v in values), None)
    if choice is None:
        return False
    assert client.submit(form, form.find("button", attrs={"value": choice})).status_code == 303
    return True


def test_every_answer_the_desk_gave_stays_on_this_screen_after_twenty_of_them(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Ring Video Doorbell 3", opening=True)  # the customer pressed Start
    phone_answers = phone.page(url)
    form = phone_answers.select_one("form.answers")
    phone.submit(form, form.find("button", attrs={"value": "wont-reset"}))
    given = 0
    while given < 24 and _answer_on(desk, url):  # the agent answers everything after that
        given += 1
    assert given >= 17, given  # more than a browser used to remember

    rows = _rows(desk.page(url))
    assert rows[0].endswith(" · on the screen that started the session"), rows[0]
    theirs = [r for r in rows[1:] if " · on this screen" not in r]
    assert theirs == [], theirs  # "on another screen" was the agent's own first answers
