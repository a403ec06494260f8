"""Controls a person can see and hit: their outlines stand out from the page (WCAG 1.4.11),
their targets are a thumb's size, and forced colours keep the usual answer apart
(accessibility review 70, A)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page

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
