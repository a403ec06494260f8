"""A session moved from the laptop to the phone mid-hold (helpdesk review 74 F, #3): the timer
started on the laptop, "Done, I let go" tapped on the phone. The answer carries the hold from
the laptop's start, and the laptop left behind stops counting instead of running on past its
longest hold. Time on the laptop is Playwright's clock, never a wait."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import PHONE, Server
from .test_flow import tap, to_first_hold
from .test_two_screens import FOLLOW, FOLLOW_MS

pytestmark = pytest.mark.browser
START = "Start the timer as you press"
FROM_LAPTOP = "timed from the start on the screen that started the session"


def _laptop_timing(browser: Browser, server: Server) -> tuple[Page, Page]:
    """The laptop that started the session, its timer running; the phone opened mid-hold."""
    laptop = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    laptop.clock.install()
    to_first_hold(laptop, server)
    with laptop.expect_response(re.compile(r"/holding$")):
        laptop.get_by_role("button", name=START).click()
    phone = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    phone.goto(laptop.url.split("?")[0])  # opened by its link, the finger still on the button
    expect(phone.locator(".timer-holding")).to_contain_text("Holding the button since")
    return laptop, phone


def test_the_phones_answer_carries_the_laptops_hold_and_the_laptop_stops_counting(
    browser: Browser, server: Server
) -> None:
    laptop, phone = _laptop_timing(browser, server)
    title = phone.locator("h1").inner_text()
    tap(phone, "Done, I let go")
    # a second or two from the laptop's start: a hold short of this page's least is caught
    expect(phone.locator("h1")).to_have_text("That was a short hold")

    laptop.clock.run_for(FOLLOW_MS + 500)  # it follows, as for any answer: nothing is kept
    notice = laptop.locator(".moved-on")
    expect(notice).to_contain_text(f"answered “Done, I let go” to “{title}” (held ")
    expect(notice).to_contain_text(f"s, {FROM_LAPTOP}).")
    expect(laptop.locator("h1")).to_have_text("That was a short hold")

    api = laptop.url.split("?")[0].replace("/s/", "/api/sessions/")
    steps = laptop.request.get(f"{api}/report?format=json").json()["steps"]
    held = next(s for s in steps if s["title"] == title)
    assert held["held"] is not None and held["held_start"] == "starter", held
    phone.context.close()
    laptop.context.close()


def test_a_laptop_not_following_stops_its_count_and_says_why(
    browser: Browser, server: Server
) -> None:
    laptop, phone = _laptop_timing(browser, server)
    laptop.get_by_label(FOLLOW).uncheck()
    tap(phone, "Done, I let go")
    laptop.clock.run_for(FOLLOW_MS + 500)
    status = laptop.locator(".follow-status")
    expect(status).to_contain_text("The timer here has stopped: the hold is counted from its")
    expect(status).not_to_contain_text("the hold being timed is kept")
    expect(laptop.locator(".timer")).not_to_have_class(re.compile(r"is-running"))
    face = laptop.locator(".timer-seconds").inner_text()
    laptop.clock.run_for(20_000)  # twenty seconds on: the face stays where the answer came
    expect(laptop.locator(".timer-seconds")).to_have_text(face)
    expect(laptop.get_by_role("button", name="Start the timer again")).to_be_visible()
    phone.context.close()
    laptop.context.close()
