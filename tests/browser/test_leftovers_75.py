"""Accessibility review 75 F's leftovers (#10, #11), checked as a person on a phone would
notice them: a long model name in the search box at 200 % text on a 320 px phone, and a
spinning light drawn as one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from .conftest import Server
from .test_review_75 import to_the_ring_light_question

pytestmark = pytest.mark.browser
BIGGER = "() => { document.documentElement.style.fontSize = '250%'; }"
"""200 % of the page's own text size (125 %), as the other large-text tests set it."""
LONG = "Ring Video Doorbell 2"


@pytest.fixture(params=[True, False], ids=["script", "no-script"])
def small_phone(request: pytest.FixtureRequest, browser: Browser) -> Iterator[tuple[Page, bool]]:
    ctx = browser.new_context(
        viewport={"width": 320, "height": 640},
        is_mobile=True,
        has_touch=True,
        java_script_enabled=request.param,
    )
    page = ctx.new_page()
    yield page, request.param
    page.unroute_all(behavior="ignoreErrors")
    ctx.close()


def _bigger_sheet(route: Route) -> None:
    """The stylesheet with 200 % text, for a page that runs no script to set it."""
    sheet = route.fetch()
    route.fulfill(response=sheet, body=sheet.text() + "\nhtml{font-size:250% !important}\n")


def test_a_long_model_name_is_whole_in_the_search_box_at_double_text(
    small_phone: tuple[Page, bool], server: Server
) -> None:
    """At 320 px with 200 % text the one-line box showed "Ring Vide" of "Ring Video Doorbell
    2" (519 px of text in a 276 px box: review 75 F, #10). The box now wraps the name and
    grows, so all of it is seen; Enter still searches with the script, and the button does
    without it (where Enter starts a line, read as a space)."""
    page, script = small_phone
    page.route("**/static/app.css*", _bigger_sheet)
    page.goto(server.url + "/")
    box = page.get_by_label("Type the model name")
    box.fill("C200")
    one_line = box.bounding_box()
    box.fill(LONG)
    shown = box.bounding_box()
    assert one_line is not None and shown is not None
    assert shown["x"] + shown["width"] <= 320, shown
    assert shown["height"] >= 1.5 * one_line["height"], (one_line, shown)  # it grew a line
    box.press("Enter")
    if not script:  # Enter started a new line
        page.get_by_role("button", name="Find my camera").click()
    expect(page).to_have_title(f"3 cameras for “{LONG}” · camreset")
    expect(page.get_by_label("Type the model name")).to_have_value(LONG)


def test_the_whole_name_fits_its_box_with_no_hidden_part(browser: Browser, server: Server) -> None:
    """The same, measured by the page: nothing of the name is scrolled out of the box."""
    ctx = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True)
    page = ctx.new_page()
    page.goto(f"{server.url}/find?q={LONG.replace(' ', '+')}")
    page.evaluate(BIGGER)
    box = page.locator("#q")
    expect(box).to_have_value(LONG)
    width, scroll_width, height, scroll_height = box.evaluate(
        "e => [e.clientWidth, e.scrollWidth, e.clientHeight, e.scrollHeight]"
    )
    assert scroll_width <= width and scroll_height <= height, (width, scroll_width)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    ctx.close()


TURNS = """e => e.getAnimations().flatMap(a => a.effect.getKeyframes().map(k => k.transform))
    .filter(Boolean)"""


@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_a_spinning_light_is_drawn_turning_and_still_when_asked(
    browser: Browser, server: Server, motion: str
) -> None:
    """The Ring's spin was drawn as a white blink, on the light, the answer and the drawing
    (review 75 F, #11). Now each turns, a ring going round; with reduced motion nothing
    moves and the still ring with its turn arrow stands for it."""
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, reduced_motion=motion)
    page = ctx.new_page()
    to_the_ring_light_question(page, server)
    live = page.locator(".hint.led-answer .led-live")
    drawn = page.locator("figure circle.led-svg").first
    still = page.locator(".hint.led-answer .swatch")
    expect(still).to_have_count(1)  # the ring, not W → off → W → off
    expect(still).to_have_text("W")
    expect(page.locator(".hint.led-answer .arrow")).to_have_text("↻")
    if motion == "reduce":
        expect(live).to_be_hidden()
        assert drawn.evaluate("e => e.getAnimations().length") == 0
    else:
        expect(live).to_be_visible()
        for light in (live, drawn):
            assert light.evaluate(TURNS)[-1] == "rotate(360deg)"  # a whole turn
    ctx.close()
