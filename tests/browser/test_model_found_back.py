"""Back on the first page after the model was found, in Chromium (session 73): the phone's
page says the model found was taken back, with the focus on it, and a desk following the
session moves with it and says who took it back; it had read nothing, or "This step is asked
again" of the model's page it no longer was."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from .conftest import PHONE, Server

pytestmark = pytest.mark.browser
FOLLOW_MS = 4_000
"""How often a step page asks where its session stands (`data-follow-ms`, app.js)."""
USUAL = "The steps are the usual ones again, for any camera."


def test_the_phone_and_the_following_desk_say_the_model_was_taken_back(
    browser: Browser, server: Server
) -> None:
    phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    phone.goto(f"{server.url}/have?line=ring&form_factor=doorbell")
    phone.get_by_role("button", name="Start the steps").click()
    phone.get_by_role("button", name="It won't reset").click()
    phone.get_by_role("link", name="I found the model").click()
    phone.get_by_label("Model on the label").fill("Video Doorbell 3")
    phone.get_by_role("button", name="Use this model").click()
    expect(phone.locator(".notice").first).to_contain_text("Model found: Ring Video Doorbell 3.")
    desk = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desk.clock.install()
    desk.goto(phone.url.split("?")[0])
    expect(desk.locator("h1")).to_have_text(phone.locator("h1").inner_text())

    back = "Back: take back the model found (Ring Video Doorbell 3)"
    phone.get_by_role("button", name=back).click()
    said = phone.locator("p.notice.news")
    expect(said).to_be_focused()
    expect(said).to_have_text(f"You took back the model found: Ring Video Doorbell 3. {USUAL}")
    expect(phone.get_by_role("link", name="I found the model")).to_be_visible()

    desk.clock.run_for(FOLLOW_MS + 500)
    notice = desk.locator(".moved-on")
    expect(notice).to_be_focused()
    expect(notice).to_contain_text(
        "The screen that started the session took back the model found: Ring Video Doorbell 3. "
        + USUAL
    )
    expect(desk.get_by_role("link", name="I found the model")).to_be_visible()
