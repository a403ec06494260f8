"""A hold the phone's timer measured after the desk answered its page (a late hold): both
screens say the same of it.

The customer holds the button and times it on the phone; the agent, hearing "I'm holding",
clicks "Done, I let go" on the desk first (helpdesk review 67, E #2). The hold is kept with
the desk's answer; these are what that fix left over.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import start
from .test_two_screens import _press, _to_the_hold, _undo_label


def _timer_stopped(phone: PageClient, hold_page: BeautifulSoup, seconds: str) -> None:
    """The phone's "Stop the timer": its script posts the hold (the page stays)."""
    timer = hold_page.select_one(".timer[data-post]")
    token = hold_page.select_one('input[name="csrf_token"]')["value"]
    saved = phone.post(
        str(timer["data-post"]),
        data={"csrf_token": token, "step": timer["data-step"], "seconds": seconds},
    )
    assert saved.status_code == 204


def _desk_answered_early(phone: PageClient, desk: PageClient) -> tuple[str, BeautifulSoup]:
    url = start(phone, "Reolink RLC-510A", have=("pin", "original_adapter"))
    hold_page = _to_the_hold(phone, url)  # the phone times the hold
    _press(desk, url, "done")  # the agent answers at once, far sooner than its 10 s
    return url, hold_page


def test_a_hold_timed_late_on_the_phone_leaves_the_desks_answer_the_desks(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """After the phone's late hold, the desk's Back read "undo the last answer, given on
    another screen", of the answer the desk itself had given."""
    phone, desk = two_screens
    url, hold_page = _desk_answered_early(phone, desk)
    assert _undo_label(desk, url) == "← Back: undo my last answer"
    _timer_stopped(phone, hold_page, "17.4")
    assert _undo_label(desk, url) == "← Back: undo my last answer"
    assert _undo_label(phone, url).startswith("← Back: undo the last answer, given on another")


def test_a_hold_timed_on_the_desk_leaves_the_phones_answer_before_it_the_phones(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The same for a hold timed on its own page: the phone's answer before it read as
    "given on another screen" on the phone once the desk's timer saved the hold."""
    phone, desk = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin", "original_adapter"))
    hold_page = _to_the_hold(phone, url)  # the phone gave the answer that led here
    assert _undo_label(phone, url) == "← Back: undo my last answer"
    _timer_stopped(desk, desk.page(url), "12.0")
    assert _undo_label(phone, url) == "← Back: undo my last answer"
    assert hold_page.h1.get_text() == desk.page(url).h1.get_text()  # no step moved
