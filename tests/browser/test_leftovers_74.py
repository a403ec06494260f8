"""Session 74's leftovers of the phone review, in Chromium at 390×844: what a person noticed,
checked as they would notice it. Time is Playwright's clock, never a wait."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import Server
from .test_e2e import press
from .test_flow import BEEPS, begin, pause, tap

pytestmark = pytest.mark.browser
NO_LIGHT = "I can't see this camera's light, or it has none"


def test_a_hold_timed_by_the_clock_gives_no_watch_now_beep(page: Page, server: Server) -> None:
    """A Swann NHD-818's hold after "I can't see this camera's light" says "Hold for 15
    seconds, then let go", yet its timer beeped and said "Watch and listen for a sign now" at
    10 s, a sign the person had said they cannot see (phone review 73 F, left over). Now
    nothing sounds or is said until the 15 s to let go."""
    page.clock.install()
    page.add_init_script(BEEPS)
    begin(page, server, "swann-nhd-818", ["A paperclip or a pin"])
    tap(page, "Skip: go straight to the reset")
    for _ in range(14):
        if page.locator(".timer").count():
            break
        press(page, [NO_LIGHT, "No, I can't get it", "Done", "No", "Not sure"])
    timer = page.locator(".timer")
    expect(timer.locator(".timer-plan")).to_have_text("Hold for 15 seconds, then let go.")
    expect(page.locator("#timer-sounds")).not_to_contain_text("watch")
    pause(page)
    page.get_by_role("button", name="Start the timer as you press").click()
    page.clock.run_for(10_300)
    expect(timer.locator(".timer-watch")).to_have_text("")
    assert page.evaluate("window.beeps") == [520]  # started; nothing at 10 s
    page.clock.run_for(5_000)
    expect(timer.locator(".timer-stop")).to_have_text("Let go now")
    assert page.evaluate("window.beeps") == [520, 880, 880]
