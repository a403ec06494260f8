"""The desk sees a hold while the phone's timer runs (session 71, helpdesk leftover 2): only a
stopped timer logged anything, so the agent on the call saw nothing for the 30 s the
customer held the button. A timer started logs when and where; the desk's page and its
`/now` say "Holding the button since 15:40:12 (timer on …)" until the hold is saved. Without
JavaScript the phone's "I'm pressing the button now" logs the same."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import start
from .test_late_hold_two_screens import _timer_stopped
from .test_two_screens import _to_the_hold

RUNNING = re.compile(
    r"Holding the button since \d\d:\d\d:\d\d \(timer on the screen that started the session\)\."
)


def _words(text: str) -> str:
    return " ".join(text.split())


def _timer_started(phone: PageClient, hold_page: BeautifulSoup) -> None:
    """The phone's "Start the timer": its script posts the start (the page stays)."""
    timer = hold_page.select_one(".timer[data-post-start]")
    token = hold_page.select_one('input[name="csrf_token"]')["value"]
    sent = phone.post(
        str(timer["data-post-start"]),
        data={"csrf_token": token, "step": timer["data-step"], "js": "1"},
    )
    assert sent.status_code == 204, sent.text


def test_the_desk_sees_the_phones_hold_while_its_timer_runs(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin",))
    hold_page = _to_the_hold(phone, url)
    follow = desk.page(url).select_one(".follow-status")
    assert follow["data-holding"] == ""
    _timer_started(phone, hold_page)

    desk_page = desk.page(url)
    said = _words(desk_page.select_one(".timer-holding").get_text())
    assert RUNNING.fullmatch(said), said
    polled = desk.get(str(follow["data-follow-url"])).json()  # what the desk's script sees
    assert polled["holding"] == said
    assert polled["holding_url"].endswith("#timer-h") and "changed=1" not in polled["holding_url"]
    assert desk.page(polled["holding_url"]).select_one(".timer-holding") is not None
    assert desk_page.select_one(".timer-elsewhere") is None  # "shows … once stopped": untrue
    # the phone that runs the timer is told nothing of its own hold, and does not reload
    assert phone.page(url).select_one(".timer-holding") is None
    phone_follow = phone.page(url).select_one(".follow-status")
    assert phone.get(str(phone_follow["data-follow-url"])).json()["holding"] == ""

    _timer_stopped(phone, hold_page, "14.1")  # stopped: the hold itself is shown instead
    after = desk.page(url)
    assert after.select_one(".timer-holding") is None
    assert "A hold of 14 s was timed" in after.select_one(".timer-saved").get_text()
    polled = desk.get(str(follow["data-follow-url"])).json()
    assert polled["holding"] == ""
    # a desk not following says the hold saved, not "The session has changed" (review 71 N, F9)
    assert polled["held"] == _words(after.select_one(".timer-saved").get_text())


def test_a_started_timer_moves_no_step_and_leaves_the_answers_as_they_were(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin",))
    hold_page = _to_the_hold(phone, url)
    step = hold_page.select_one('form.answers input[name="step"]')["value"]
    _timer_started(phone, hold_page)
    again = phone.page(url)
    assert again.select_one('form.answers input[name="step"]')["value"] == step
    assert again.h1.get_text() == hold_page.h1.get_text()
    form = again.select_one("form.answers")  # the answer given after it is saved as ever
    assert phone.submit(form, form.find("button", attrs={"value": "done"})).status_code == 303
    assert phone.page(url).h1.get_text() != hold_page.h1.get_text()
    assert desk.page(url).select_one(".timer-holding") is None  # that step is behind


def test_without_javascript_the_phone_says_it_is_pressing_and_the_desk_sees_it(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin",))
    hold_page = _to_the_hold(phone, url)
    form = hold_page.select_one("noscript form.timer-holding-form")
    assert _words(form.button.get_text()) == "I'm pressing the button now"
    sent = phone.submit(form)
    assert sent.status_code == 303 and sent.headers["location"].endswith("#holding-here")

    here = _words(phone.page(url).select_one(".timer-holding-here").get_text())
    assert re.match(r"You started holding at \d\d:\d\d:\d\d \(screens following", here), here
    again = phone.page(url).select_one("noscript form.timer-holding-form")  # a second press
    assert _words(again.button.get_text()) == "I'm pressing it again now"  # (review 71 N, F7)
    said = _words(desk.page(url).select_one(".timer-holding").get_text())
    assert re.fullmatch(  # no timer runs there: none is said to (review 71 N, F7)
        r"Holding the button since \d\d:\d\d:\d\d "
        r"\(on the screen that started the session, no timer there\)\.",
        said,
    ), said
    assert phone.submit(again).status_code == 303  # said again: the desk goes by the last
    assert desk.page(url).select_one(".timer-holding") is not None


def test_a_timer_sent_for_a_step_no_longer_on_screen_is_refused(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin",))
    hold_page = _to_the_hold(phone, url)
    form = desk.page(url).select_one("form.answers")
    desk.submit(form, form.find("button", attrs={"value": "done"}))  # the desk answered
    timer = hold_page.select_one(".timer[data-post-start]")
    token = hold_page.select_one('input[name="csrf_token"]')["value"]
    sent = phone.post(
        str(timer["data-post-start"]),
        data={"csrf_token": token, "step": timer["data-step"], "js": "1"},
    )
    assert sent.status_code == 409
    assert desk.page(url).select_one(".timer-holding") is None
