"""axe-core (vendored in axe-playwright-python, served from the package, never a CDN) finds
no serious or critical violation on any page type, in the light theme, in the dark theme and
with the text at 200 %."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from .axe_check import serious_violations
from .conftest import PHONE, Server
from .test_e2e import SPARE, press
from .test_look import begin_quietly

pytestmark = pytest.mark.browser
FIXED_PAGES = (
    "/",
    "/find?q=c200",
    "/find?q=KC125",
    "/find?q=zzqx",
    "/brand/amcrest",
    "/brand/amcrest/bullet",
    "/brand/amcrest/unknown",
    "/other",
    "/have?model=tapo-c200",
    "/have?line=other&form_factor=bullet",
    "/s/" + "x" * 32,
)
MODES = ("light", "dark", "text-200")


@pytest.fixture(params=MODES)
def mode_page(request: pytest.FixtureRequest, browser: Browser) -> Iterator[tuple[str, Page]]:
    scheme = "dark" if request.param == "dark" else "light"
    ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, color_scheme=scheme)
    yield request.param, ctx.new_page()
    ctx.close()


def serious(page: Page, mode: str) -> list[str]:
    if mode == "text-200":
        page.evaluate("() => { document.documentElement.style.fontSize = '250%'; }")
    return [f"{page.url} [{mode}] {v}" for v in serious_violations(page)]


def test_no_serious_violation_on_any_page_in_any_mode(
    mode_page: tuple[str, Page], server: Server
) -> None:
    mode, page = mode_page
    bad: list[str] = []
    for path in FIXED_PAGES:
        page.goto(server.url + path)
        bad += serious(page, mode)
    begin_quietly(page, server, "IP8M-2496EB", ["A paperclip or a pin", SPARE])
    for _ in range(30):
        bad += serious(page, mode)
        if page.locator("form.answers").count() == 0:
            break
        press(page, ["No", "Done", "Slow", "Fast", "Blinking"])
    session = page.url
    for suffix in ("/report", "/report/text"):
        page.goto(session + suffix)
        bad += serious(page, mode)
    assert not bad, "\n".join(dict.fromkeys(bad))


def test_at_double_text_on_a_small_phone_nothing_needs_sideways_scrolling(
    browser: Browser, server: Server
) -> None:
    """WCAG 1.4.10: an accessibility reviewer found the support address and source ids
    pushing the page sideways at 200 % text on a 320 px screen."""
    ctx = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True)
    page = ctx.new_page()
    try:
        wide: list[str] = []

        def check_width() -> None:
            page.evaluate("() => { document.documentElement.style.fontSize = '250%'; }")
            width = page.evaluate("() => document.documentElement.scrollWidth")
            if width > 321:
                past = page.evaluate(
                    """() => [...document.querySelectorAll('body *')]
                        .filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
                        .map(e => e.tagName + ':' + e.textContent.slice(0, 40)).slice(-3)"""
                )
                wide.append(f"{page.url}: {width} px, {past}")

        have = ["A paperclip or a pin", SPARE]
        begin_quietly(page, server, "IP8M-2496EB", have)
        for _ in range(60):
            check_width()
            if page.locator("form.answers").count() == 0:
                break
            press(page, ["No", "Done", "Slow", "Fast", "Blinking"])
        assert "support" in page.locator("h1").inner_text()
        assert not wide, "\n".join(wide)
    finally:
        ctx.close()


def test_the_progress_bar_keeps_its_length_and_its_outline_on_a_small_phone(
    browser: Browser, server: Server
) -> None:
    """At 320 px the bar shrank to about 20 px beside "Step 9 · about 10–30 min left", and
    its unfilled track was #efefef on white (an accessibility reviewer, WCAG 1.4.11)."""
    ctx = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True)
    page = ctx.new_page()
    try:
        begin_quietly(page, server, "IP8M-2496EB", ["A paperclip or a pin"])
        press(page, ["No", "Done"])
        bar = page.locator(".progress-line progress")
        box = bar.bounding_box()
        assert box is not None and box["width"] >= 96
        border = bar.evaluate("e => getComputedStyle(e).borderTopColor")
        assert border == "rgb(118, 118, 118)"  # --field-line, 4.5:1 on white
    finally:
        ctx.close()


def test_the_reports_steps_keep_their_column_headers_on_a_phone(
    browser: Browser, server: Server
) -> None:
    """The phone layout hid the header row with display:none, taking it out of the
    accessibility tree: cells were read without their column (WCAG 1.3.1)."""
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = ctx.new_page()
    try:
        begin_quietly(page, server, "IP8M-2496EB", ["A paperclip or a pin"])
        press(page, ["No", "Done"])
        page.goto(page.url.split("?")[0] + "/report")
        steps = page.get_by_role("table").filter(has=page.get_by_role("columnheader"))
        for name in ("Time (UTC)", "Step", "Answer", "Time spent"):
            expect(steps.get_by_role("columnheader", name=name, exact=True)).to_have_count(1)
        assert steps.get_by_role("cell").count() >= 5
        header = steps.locator("thead").bounding_box()
        assert header is not None and header["height"] <= 1  # off screen, still read
        # a cell is named by its header alone: its on-screen label is not read as well
        # ("Time (UTC), Time (UTC): 17:18:38", an accessibility reviewer)
        answer = steps.locator("td[data-label='Answer']").first
        read = answer.aria_snapshot()
        assert "Answer:" not in read and answer.inner_text() in read, read
    finally:
        ctx.close()


def test_the_skip_link_is_a_full_size_target_when_focused(browser: Browser, server: Server) -> None:
    """The first Tab on any page shows "Skip to the content", as big a target as any other
    control (44 px), on a desktop as on a phone."""
    for viewport in ({"width": 1280, "height": 800}, {"width": 390, "height": 844}):
        ctx = browser.new_context(viewport=viewport)
        page = ctx.new_page()
        try:
            page.goto(server.url + "/")
            page.keyboard.press("Tab")
            skip = page.get_by_role("link", name="Skip to the content")
            expect(skip).to_be_focused()
            box = skip.bounding_box()
            assert box is not None and box["x"] >= 0 and box["height"] >= 44, (viewport, box)
        finally:
            ctx.close()


def test_a_checklist_box_is_named_by_its_item_and_described_by_its_hint(
    page: Page, server: Server
) -> None:
    """A screen reader read each box's hint as part of its name ("A paperclip or a pin to
    press a button in a small hole, checkbox, not checked"): the name is the item, the hint
    its description, read after it."""
    page.goto(server.url + "/have?model=tapo-c200")
    box = page.locator("#have-pin")
    label = page.locator('label[for="have-pin"] > span').first.inner_text().split("\n")[0]
    hint = page.locator("#have-pin-hint").inner_text()
    assert label and hint
    expect(box).to_have_accessible_name(label)
    expect(box).to_have_accessible_description(hint)
    box.check()  # the whole row, hint included, still ticks it on a tap
    expect(box).to_be_checked()
