""" "I found the model" in a phone's browser, with and without JavaScript (session 71,
helpdesk review leftover): reachable below the answers, a form axe finds nothing serious on,
and the same session at the model's own step after it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from .axe_check import serious_violations
from .conftest import PHONE, Server

pytestmark = pytest.mark.browser


def _found_it(page: Page, server: Server, js: bool) -> None:
    page.goto(f"{server.url}/have?line=ring&form_factor=doorbell")
    page.get_by_role("button", name="Start the steps").click()
    page.get_by_role("button", name="It won't reset").click()
    session = page.url.split("?")[0]
    page.get_by_role("link", name="I found the model").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Which model is it?")
    assert not js or serious_violations(page) == []  # axe runs as a script: with JS only
    page.get_by_label("Model on the label").fill("Ring doorbell")
    page.get_by_role("button", name="Use this model").click()
    expect(page.get_by_role("alert")).to_contain_text("could be more than one model")
    assert not js or serious_violations(page) == []
    page.get_by_role("button", name="Ring Video Doorbell 3", exact=True).click()
    assert page.url.split("?")[0] == session  # the same session
    expect(page.locator(".notice").first).to_contain_text("Model found: Ring Video Doorbell 3.")
    expect(page.get_by_role("link", name="I found the model")).to_have_count(0)


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_model_found_on_a_phone(browser: Browser, server: Server, js: bool) -> None:
    ctx = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=js
    )
    try:
        _found_it(ctx.new_page(), server, js)
    finally:
        ctx.close()
