"""The desk says which step the customer's phone shows and when it last looked (helpdesk
review 74 F, #5: the agent answered on the desk while the phone, without JavaScript, stayed on
the older step, and nothing on the desk said so). The customer's phone has no JavaScript; the
agent's laptop has it, and its list is renewed with each look at the session. Time is
Playwright's clock on the desk, never a wait."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import PHONE, Server
from .test_flow import begin, check, tap
from .test_review_72 import _save_a_reference
from .test_two_screens import FOLLOW_MS, HAVE

pytestmark = pytest.mark.browser
DESK = {"width": 1280, "height": 800}
NO_SCRIPT = re.escape(" (no JavaScript: it moves on when they reload).")


def _seen_on(step: int) -> re.Pattern[str]:
    """The desk's line for the phone on `step`, its page loaded some time ago."""
    who = re.escape(f"The screen that started the session: on step {step}, ")
    return re.compile(f"^{who}page loaded (just now|\\d+ (s|min) ago){NO_SCRIPT}$")


def _desk(browser: Browser, url: str) -> Page:
    desk = browser.new_context(viewport=DESK).new_page()
    desk.clock.install()
    desk.goto(url)
    _save_a_reference(desk, "T-5120")  # a helpdesk's screen
    return desk


def test_the_desk_shows_the_step_on_the_phone_without_javascript_and_when_it_looked(
    browser: Browser, server: Server
) -> None:
    phone = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    customer = phone.new_page()
    begin(customer, server, "tapo-c200", HAVE)
    tap(customer, "Skip: go straight to the reset")
    expect(customer.locator("#progress-words")).to_have_text(re.compile(r"^Step 2\b"))
    desk = _desk(browser, customer.url.split("?")[0])
    seen = desk.locator(".screens-seen li")
    expect(seen).to_have_count(1)
    expect(seen).to_have_text(_seen_on(2))
    expect(desk.locator(".screens-seen h2")).to_have_text("Other screens on this session")
    expect(customer.locator(".screens-seen")).to_have_count(0)  # the customer is not told
    check(desk, "desk-sees-the-phone")

    tap(desk, desk.locator("form.answers button").first.inner_text().strip())  # the agent
    expect(desk.locator("#progress-words")).to_have_text(re.compile(r"^Step 3\b"))
    expect(seen).to_have_text(_seen_on(2))  # the phone stayed

    customer.reload()  # the customer reloads: the phone moves on, and the desk's next look says so
    expect(customer.locator("#progress-words")).to_have_text(re.compile(r"^Step 3\b"))
    desk.clock.run_for(FOLLOW_MS + 500)
    expect(seen).to_have_text(_seen_on(3))
    check(desk, "desk-sees-the-phone-moved")
    phone.close()
    desk.context.close()
