"""The short code on a phone (390×844): after "Get a short code to read out instead" the
code itself, and how to read it out, are on the screen, not just below it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import Server
from .test_flow import begin, check, tap

pytestmark = pytest.mark.browser
HAVE = ["A paperclip or a pin", "The camera's original"]


@pytest.mark.parametrize("step", ["opening", "first question"])
def test_the_code_asked_for_lands_in_view(page: Page, server: Server, step: str) -> None:
    begin(page, server, "tapo-c200", HAVE)
    if step != "opening":
        tap(page, "Skip: go straight to the reset")
    tap(page, "Get a short code to read out instead")
    code = page.locator(".share-code strong.code")
    expect(code).to_have_text(re.compile(r"^[2-9A-Z]{4}-[2-9A-Z]{4}$"))
    expect(code).to_be_in_viewport(ratio=1)
    expect(page.locator(".share-code .spoken")).to_be_in_viewport(ratio=1)
    expect(page.locator(".share-code")).to_contain_text("Read it out as: ")
    check(page, f"share-code-{step.replace(' ', '-')}")
