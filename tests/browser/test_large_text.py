"""At 200 % text (the page's 125 % doubled) on a small phone, the pages a person meets before a
session and the hold page keep words whole and controls near the top (accessibility review,
session 65)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .conftest import Server

pytestmark = pytest.mark.browser
SIZES = ({"width": 390, "height": 844}, {"width": 320, "height": 640})
BIGGER = "() => { document.documentElement.style.fontSize = '250%'; }"


@pytest.fixture(params=SIZES, ids=lambda s: f"{s['width']}x{s['height']}")
def big(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context(viewport=request.param, is_mobile=True, has_touch=True)
    yield ctx.new_page()
    ctx.close()


def _open_big(page: Page, url: str) -> int:
    page.goto(url)
    page.evaluate(BIGGER)
    return int(page.evaluate("() => document.documentElement.clientWidth"))


@pytest.mark.parametrize("path", ["/brand/amcrest", "/find?q=wyse", "/find?q=tapo c2OO"])
def test_model_names_in_a_list_of_cards_stay_readable(big: Page, server: Server, path: str) -> None:
    """The drawing's 5rem column left a model name 39 px at 390 px ("H / 4 / 2 / 2 / K"), and
    at 320 px the names ran past the screen's edge (finding 1)."""
    width = _open_big(big, server.url + path)
    assert big.evaluate("() => document.documentElement.scrollWidth") <= width
    names = big.locator("a.choice > span")
    assert names.count() > 0
    em = float(names.first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
    for i in range(min(names.count(), 6)):
        box = names.nth(i).bounding_box()
        assert box is not None
        assert box["width"] >= 5.5 * em, (path, i, box)  # was 1 em
        assert box["x"] + box["width"] <= width, (path, i, box)
