"""A session open on a helpdesk agent's desk and on the customer's phone, in Chromium.

The desk's page follows the session by itself: when the phone answers, it moves to the new
step and says why; while the desk is timing a hold, it only says so, with a link, so a
running timer is never thrown away. Time is Playwright's clock, never a wait.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import PHONE, Server
from .test_e2e import press, to_a_light_page
from .test_flow import begin, check, tap, to_first_hold

pytestmark = pytest.mark.browser
HAVE = ["A paperclip or a pin", "The camera's original"]
FOLLOW_MS = 4_000
"""How often a step page asks where its session stands (`data-follow-ms`, app.js)."""


def _desk(browser: Browser, url: str) -> Page:
    desk = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desk.clock.install()
    desk.goto(url)
    return desk


def test_the_desk_follows_an_answer_given_on_the_phone(browser: Browser, server: Server) -> None:
    phone = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    begin(phone, server, "tapo-c200", HAVE)
    tap(phone, "Skip these questions")
    desk = _desk(browser, phone.url.split("?")[0])
    before = desk.locator("h1").inner_text()
    expect(desk.locator("h1")).to_have_text(phone.locator("h1").inner_text())

    phone.locator("form.answers button").first.click()
    expect(phone.locator("h1")).not_to_have_text(before)
    now = phone.locator("h1").inner_text()
    desk.clock.run_for(FOLLOW_MS + 500)
    expect(desk.locator("h1")).to_have_text(now)
    expect(desk.locator(".moved-on")).to_contain_text(f"to “{before}”. This is the next step.")
    check(desk, "two-screens-followed")
    phone.context.close()
    desk.context.close()


def test_keeping_the_lights_still_does_not_stop_following(browser: Browser, server: Server) -> None:
    """The lights preference is not an answer being typed: the desk still follows."""
    phone = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    begin(phone, server, "tapo-c200", [*HAVE, "A phone"])
    tap(phone, "Skip these questions")
    to_a_light_page(phone)
    desk = _desk(browser, phone.url.split("?")[0])
    title = desk.locator("h1").inner_text()
    desk.get_by_role("checkbox", name="Keep the lights still (no blinking)").check()

    press(phone, ["Done", "Yes"])
    expect(phone.locator("h1")).not_to_have_text(title)
    desk.clock.run_for(FOLLOW_MS + 500)
    expect(desk.locator("h1")).to_have_text(phone.locator("h1").inner_text())
    expect(desk.locator(".moved-on")).to_contain_text(f"to “{title}”. This is the next step.")
    phone.context.close()
    desk.context.close()


def test_a_running_timer_is_kept_and_the_desk_is_told(browser: Browser, server: Server) -> None:
    phone = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    to_first_hold(phone, server)
    desk = _desk(browser, phone.url.split("?")[0])
    title = desk.locator("h1").inner_text()
    desk.get_by_role("button", name="Start the timer as you press").click()

    tap(phone, "Done, I let go")
    desk.clock.run_for(FOLLOW_MS + 500)
    told = desk.locator(".follow-status")
    expect(told).to_contain_text("The session has changed on another screen.")
    expect(desk.locator("h1")).to_have_text(title)  # the hold being timed is not lost
    expect(desk.locator(".timer .timer-count")).not_to_have_text("0.0 s")
    with desk.expect_navigation():
        told.get_by_role("link", name="Show where it is now").click()
    expect(desk.locator("h1")).to_have_text(phone.locator("h1").inner_text())
    phone.context.close()
    desk.context.close()
