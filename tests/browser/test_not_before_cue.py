"""A hold not to end before a time (a Tapo C200's 10 s): the sentence at that time stays on the
screen, a screen reader is told a few words over the "let go" beeps (review 75 F, #6). Time is
Playwright's clock, never a wait."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import Server
from .test_flow import BEEPS, LIVE_LOG, pause, to_first_hold

pytestmark = pytest.mark.browser


def _timer_started(page: Page, server: Server) -> Locator:
    """A Tapo C200's first hold, its timer started on Playwright's clock, what a screen reader
    is told logged in `window.liveSaid`."""
    page.clock.install()
    page.add_init_script(BEEPS)
    to_first_hold(page, server)
    timer = page.locator(".timer")
    pause(page)
    page.evaluate(LIVE_LOG)
    page.get_by_role("button", name="Start the timer as you press").click()
    return timer


def test_the_let_go_time_of_a_not_before_hold_is_read_out_in_a_few_words(
    page: Page, server: Server
) -> None:
    """At 10 s a Tapo C200's timer read out, assertively and with its two "let go" beeps,
    "Keep holding until the light turns to red blinking, or let go now if it already has;
    stop by 30 s", 21 words. Now a screen reader hears "Let go once the light turns to red
    blinking"; the whole sentence is still on the screen, and "Stop now" is still read at 30 s."""
    timer = _timer_started(page, server)
    page.clock.run_for(10_300)
    stop = timer.locator(".timer-stop")
    expect(stop).to_have_text(
        "Keep holding until the light turns to red blinking, or let go now if it already has; "
        "stop by 30 s"
    )
    expect(stop).to_be_visible()
    assert page.evaluate("window.beeps") == [520, 880, 880]  # the two "let go" beeps with it
    said = page.evaluate("window.liveSaid")
    assert said[-1] == "Let go once the light turns to red blinking", said
    assert not any("let go now if it already has" in s for s in said), said
    page.clock.run_for(20_000)
    expect(stop).to_have_text("Stop now: 30 s is the longest hold any source gives")
    said = page.evaluate("window.liveSaid")
    assert said[-1] == "Stop now: 30 s is the longest hold any source gives", said
    page.get_by_role("button", name="Stop the timer").click()
    expect(timer.locator(".timer-status")).to_have_text(re.compile(r"^Saved: you held for 30"))
    assert timer.locator(".timer-go").inner_text() == ""  # nothing left to find afterwards


def test_the_window_of_a_not_before_hold_is_read_out_in_a_few_words(
    page: Page, server: Server
) -> None:
    """At 5 s a Tapo C200's timer read out "Watch and listen now; keep holding to 10 s, even if
    it happens sooner", 14 words, to someone holding a pin (review 75 F, left over). Now a
    screen reader hears "It may react now; keep holding to 10 s"; the shown line is whole."""
    timer = _timer_started(page, server)
    page.clock.run_for(5_300)
    expect(timer.locator(".timer-watch")).to_have_text(
        "Watch now: the light turns to red blinking; keep holding to 10 s, even if it happens "
        "sooner"
    )
    said = page.evaluate("window.liveSaid")
    assert said[-1] == "It may react now; keep holding to 10 s", said
    assert not any("even if it happens sooner" in s for s in said), said
    page.get_by_role("button", name="Stop the timer").click()
