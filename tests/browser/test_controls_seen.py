"""Controls a person can see and hit: their outlines stand out from the page (WCAG 1.4.11),
their targets are a thumb's size, and forced colours keep the usual answer apart
(accessibility review 70, A)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import PHONE, Server
from .test_look import begin_quietly

pytestmark = pytest.mark.browser


def _luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", rgb)[:3]]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _border_contrast(page: Page, selector: str) -> float:
    border, bg = page.locator(selector).first.evaluate(
        """e => [getComputedStyle(e).borderTopColor,
                 getComputedStyle(document.body).backgroundColor]"""
    )
    return contrast(border, bg)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_quiet_answers_brand_cards_and_checklist_boxes_are_outlined_at_3_to_1(
    browser: Browser, server: Server, scheme: str
) -> None:
    """ "Not sure", "I can't do this" and the brand cards drew their one boundary at 1.66:1
    (dark 2.19:1): outdoors on a dim phone they read as plain text under the blue answers."""
    ctx = browser.new_context(viewport=PHONE, color_scheme=scheme)  # type: ignore[arg-type]
    page = ctx.new_page()
    try:
        page.goto(server.url + "/")
        assert _border_contrast(page, "ul.choices a.choice") >= 3
        page.goto(server.url + "/have?model=tapo-c200")
        assert _border_contrast(page, "label.check") >= 3
        begin_quietly(page, server, "IP8M-2496EB", ["A paperclip or a pin"])
        assert _border_contrast(page, "form.answers button.btn-quiet") >= 3
    finally:
        ctx.close()


def test_the_sign_of_a_default_hold_is_shown_whole_and_read_out_in_a_few_words(
    page: Page, server: Server
) -> None:
    """A Ring Battery Video Doorbell is held until the default sign ("… some cameras chime or
    speak"): at 10 s a screen reader read out "Keep holding until the status light starts
    flashing or changes colour; some cameras chime or speak; stop by 20 s", 22 words over the
    page's beep, just as the chime may come. Now it hears "Watch and listen now"; the whole
    sentence is on the screen."""
    from .test_flow import LIVE_LOG, begin, pause, to_the_timer

    page.clock.install()
    begin(page, server, "ring-battery-doorbell", ["A paperclip or a pin"])
    to_the_timer(page, tries=10)
    timer = page.locator(".timer")
    expect(timer.locator(".timer-plan")).to_contain_text("some cameras chime or speak")
    pause(page)
    page.evaluate(LIVE_LOG)
    page.get_by_role("button", name="Start the timer as you press").click()
    page.clock.run_for(10_300)
    watch = timer.locator(".timer-watch")
    expect(watch).to_have_text(re.compile(r"^Keep holding until .*some cameras chime or speak"))
    expect(watch).to_be_visible()
    expect(timer.locator(".timer-status")).to_have_text("Watch and listen now")
    page.clock.run_for(10_000)
    said = page.evaluate("window.liveSaid")
    assert said[:2] == ["Keep holding", "Watch and listen now"], said
    assert all(len(s.split()) <= 12 for s in said), said


TARGETS = (".at-hand a", ".resume-link a", ".facts p.muted a")
"""Links tapped on their own (not words in a sentence) on a step page."""


@pytest.mark.parametrize("viewport", [PHONE, {"width": 320, "height": 568}])
def test_links_tapped_on_their_own_are_44_px_targets(
    browser: Browser, server: Server, viewport: dict[str, int]
) -> None:
    """ "change what you have" was 174×18 at 320 px, "This session's link" 161×21, a source
    link 41 px tall: the only way to say "I found a paperclip after all", aimed at with a
    thumb, outdoors, perhaps with cold fingers."""
    from .test_e2e import press

    ctx = browser.new_context(viewport=viewport)  # type: ignore[arg-type]
    page = ctx.new_page()
    try:
        page.goto(server.url + "/")
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Skip to the content")
        small = [f"skip {skip.bounding_box()}"]
        seen: set[str] = set()
        begin_quietly(page, server, "Ring Battery Video Doorbell", ["A paperclip or a pin"])
        for _ in range(5):
            for selector in TARGETS:
                for link in page.locator(selector).all():
                    box = link.bounding_box()
                    assert box is not None
                    seen.add(selector)
                    small.append(f"{selector} {link.inner_text()!r} {box}")
            press(page, ["Skip: go straight", "Done"])
        page.goto(page.url.split("?")[0] + "/report")
        for link in page.locator("main p > a[rel=noopener]").all():
            small.append(f"report {link.inner_text()!r} {link.bounding_box()}")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert seen == set(TARGETS) and width <= viewport["width"]
        too_small = [s for s in small if _too_small(s)]
        assert not too_small, "\n".join(too_small)
    finally:
        ctx.close()


def _too_small(said: str) -> bool:
    height = float(re.findall(r"'height': ([\d.]+)", said)[0])
    width = float(re.findall(r"'width': ([\d.]+)", said)[0])
    return height < 44 or width < 44


def test_in_forced_colours_the_usual_answer_still_stands_out(
    browser: Browser, server: Server
) -> None:
    """In high-contrast mode "Done, I let go" (filled blue), "Start the timer as you press",
    "I held it, but nothing happened" and "Not sure" became the same box: the one cue to
    the usual answer among five to nine was gone. Now its border is thick and the quiet
    answers' dashed."""
    from .test_e2e import press

    ctx = browser.new_context(viewport=PHONE, forced_colors="active")
    page = ctx.new_page()
    try:
        begin_quietly(page, server, "Ring Battery Video Doorbell", ["A paperclip or a pin"])
        for _ in range(4):
            if page.locator(".timer").count():
                break
            press(page, ["Skip: go straight", "Done"])
        style = "e => [getComputedStyle(e).borderTopWidth, getComputedStyle(e).borderTopStyle]"
        done = page.get_by_role("button", name="Done, I let go").evaluate(style)
        start = page.locator(".timer-start").evaluate(style)
        quiet = page.get_by_role("button", name="Not sure", exact=True).evaluate(style)
        assert float(done[0][:-2]) >= 4 > float(start[0][:-2]), (done, start)
        assert done[1] == start[1] == "solid" and quiet[1] == "dashed", (done, start, quiet)
    finally:
        ctx.close()


@pytest.mark.parametrize("js", [False, True])
def test_at_double_text_a_hold_page_offers_a_way_straight_to_its_answers(
    browser: Browser, server: Server, js: bool
) -> None:
    """At 200 % text on a 320×568 phone without JavaScript, a generic bullet camera's hold
    page had "Done, I let go" at 2,438 px: a person holding a pin scrolled four screens.
    Now the first screen has "Skip to the answers"; at 100 % text it is not shown."""
    ctx = browser.new_context(viewport={"width": 320, "height": 568}, java_script_enabled=js)
    page = ctx.new_page()
    try:
        page.goto(server.url + "/have?line=other&form_factor=bullet")
        page.get_by_label("A paperclip or a pin").check()
        page.get_by_role("button", name="Start the steps").click()
        for _ in range(6):
            if page.locator(".timer").count():
                break
            from .test_e2e import press

            press(page, ["Skip: go straight", "Done", "A power adapter", "Yes"])
        skip = page.get_by_role("link", name="Skip to the answers")
        expect(skip).to_be_hidden()  # 100 % text: the answers are near already
        page.evaluate("() => { document.documentElement.style.fontSize = '36px'; }")
        box = skip.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 568 and box["height"] >= 44
        skip.click()
        done = page.get_by_role("button", name="Done, I let go")
        expect(done).to_be_in_viewport()
    finally:
        ctx.close()
