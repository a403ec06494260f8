"""The desk's timer face counts the hold the phone is timing, from its logged start, and
gives no cue of its own (helpdesk review 74 F, #4: it read "0.0 s" under "Holding the button
since 02:45:06", and the agent on the phone worked the seconds out from the clock). Time is
Playwright's clock, never a wait."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import PHONE, Server
from .test_flow import to_first_hold
from .test_two_screens import FOLLOW_MS, _desk

pytestmark = pytest.mark.browser
START = "Start the timer as you press"


def _face(page: Page) -> float:
    return float(page.locator(".timer-seconds").inner_text())


def test_the_desks_face_counts_the_phones_hold_and_its_own_timer_takes_over(
    browser: Browser, server: Server
) -> None:
    phone = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    to_first_hold(phone, server)
    desk = _desk(browser, phone.url.split("?")[0])
    with phone.expect_response(re.compile(r"/holding$")):
        phone.get_by_role("button", name=START).click()
    desk.clock.run_for(FOLLOW_MS + 500)  # the desk's page follows and says the hold
    expect(desk.locator(".timer-holding")).to_contain_text("Holding the button since")

    first = _face(desk)
    desk.clock.run_for(6_000)  # six seconds more of the customer holding
    later = _face(desk)
    assert later >= first + 5.9, (first, later)  # was "0.0" throughout
    expect(desk.locator(".timer-stop")).to_have_text("")  # the phone's timer cues, not the desk's
    expect(desk.get_by_role("button", name=START)).to_be_visible()  # the desk times nothing

    desk.get_by_role("button", name=START).click()  # the desk's own timer: its own count
    assert _face(desk) < first + 1.0
    phone.context.close()
    desk.context.close()
