"""The desk sees the phone's hold while its timer runs, in Chromium (session 71, helpdesk
leftover 2), and one event is named the same way on both screens (leftover 1). Time is
Playwright's clock, never a wait."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

from .conftest import PHONE, Server
from .test_flow import tap, to_first_hold
from .test_two_screens import FOLLOW, FOLLOW_MS, _desk

pytestmark = pytest.mark.browser
START = "Start the timer as you press"


def test_the_desk_shows_the_hold_going_on_while_the_phones_timer_runs(
    browser: Browser, server: Server
) -> None:
    phone = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    to_first_hold(phone, server)
    desk = _desk(browser, phone.url.split("?")[0])
    title = desk.locator("h1").inner_text()
    expect(desk.locator(".timer-holding")).to_have_count(0)

    with phone.expect_response(re.compile(r"/holding$")) as sent:
        phone.get_by_role("button", name=START).click()
    assert sent.value.status == 204
    desk.clock.run_for(FOLLOW_MS + 500)  # the desk's page follows, as it does for answers
    expect(desk.locator(".timer-holding")).to_have_text(
        re.compile(
            r"^Holding the button since \d\d:\d\d:\d\d "
            r"\(timer on the screen that started the session\)\.$"
        )
    )
    expect(desk.locator("h1")).to_have_text(title)
    expect(desk.locator(".moved-on")).to_have_count(0)  # not "The session has changed …"
    expect(phone.locator(".timer-holding")).to_have_count(0)  # its own count says it

    phone.get_by_role("button", name="Stop the timer").click()
    expect(phone.locator(".timer-status")).to_contain_text("Saved: you held")
    desk.clock.run_for(FOLLOW_MS + 500)
    expect(desk.locator(".timer-holding")).to_have_count(0)
    expect(desk.locator(".timer-saved")).to_contain_text("on the screen that started the session")
    expect(desk.locator(".moved-on")).to_have_count(0)  # the stop too (review 71 N, F4)

    tap(phone, "Done, I let go")  # the same event, the same name on the desk as in its list
    desk.clock.run_for(FOLLOW_MS + 500)
    expect(desk.locator(".moved-on")).to_contain_text(
        f"The screen that started the session answered “Done, I let go” to “{title}”"
    )
    phone.context.close()
    desk.context.close()


def test_without_javascript_the_phones_press_shows_on_the_desk(
    browser: Browser, server: Server
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    phone = context.new_page()
    to_first_hold(phone, server)  # the walk there needs no script either way
    url = phone.url.split("?")[0]
    phone.close()
    context.close()
    no_js = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    phone = no_js.new_page()
    phone.goto(url)  # opened by link: another screen than the one that started it
    tap(phone, "I'm pressing the button now")
    expect(phone.locator(".timer-holding-here")).to_contain_text("You started holding at")
    desk = _desk(browser, url)
    expect(desk.locator(".timer-holding")).to_have_text(
        re.compile(  # no timer runs there: none is said to (review 71 N, F7)
            r"^Holding the button since \d\d:\d\d:\d\d \(on another screen, no timer there\)\.$"
        )
    )
    again = phone.get_by_role("button", name="I'm pressing it again now")  # a second press
    expect(again).to_be_visible()
    no_js.close()
    desk.context.close()


def test_a_desk_not_following_says_the_hold_and_asks_for_no_answer(
    browser: Browser, server: Server
) -> None:
    """Merged-diff review 71 N, F9: it said "… This step is asked again, and this page is up
    to date: answer it here." while the customer held the button, and after the stop "The
    session has changed on another screen"."""
    phone = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    to_first_hold(phone, server)
    desk = _desk(browser, phone.url.split("?")[0])
    desk.get_by_role("checkbox", name=FOLLOW).uncheck()
    title = desk.locator("h1").inner_text()
    told = desk.locator(".follow-status")

    phone.get_by_role("button", name=START).click()
    desk.clock.run_for(FOLLOW_MS + 500)
    expect(told).to_have_text(
        re.compile(
            r"^Holding the button since \d\d:\d\d:\d\d "
            r"\(timer on the screen that started the session\)\.$"
        )
    )
    expect(desk.locator("h1")).to_have_text(title)

    phone.get_by_role("button", name="Stop the timer").click()
    expect(phone.locator(".timer-status")).to_contain_text("Saved: you held")
    desk.clock.run_for(FOLLOW_MS + 500)
    expect(told).to_have_text(
        re.compile(
            r"^A hold of .+ was timed for this step on the screen that started the session "
            r"at .+, and saved: it goes with the answer given to this step\.$"
        )
    )
    expect(told).not_to_contain_text("has changed")
    phone.context.close()
    desk.context.close()
