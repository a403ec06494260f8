"""The first answer of a check after a reset is on a phone's first screen (390x844, no
JavaScript), however much the page has to say (phone review 60, #16: a Tapo C200's "Is the
camera in setup mode now?" after an early "Done waiting" had its first answer at y=934, a
Hikvision dome's at y=1030 under the form to check it over the network)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .conftest import PHONE, Server
from .test_e2e import press
from .test_look import answer, begin_quietly

pytestmark = pytest.mark.browser

SETUP_MODE = "Is the camera in setup mode now?"


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context(viewport=PHONE, java_script_enabled=False)
    yield ctx.new_page()
    ctx.close()


def to_setup_mode_check(page: Page, prefer: list[str]) -> None:
    """Answer by `prefer` (a label's start) until the setup-mode check, without waiting out
    the restart: "Done waiting" at once, as the reviewer did."""
    for _ in range(12):
        if page.locator("h1").inner_text() == SETUP_MODE:
            return
        press(page, prefer)
    raise AssertionError("no setup-mode check")


def first_answer_bottom(page: Page) -> float:
    page.evaluate("() => window.scrollTo(0, 0)")
    box = page.locator("form.answers button").first.bounding_box()
    assert box is not None
    return box["y"] + box["height"]


def test_a_tapo_setup_mode_check_after_an_early_done_waiting(phone: Page, server: Server) -> None:
    begin_quietly(
        phone,
        server,
        "Tapo C200",
        ["A paperclip or a pin", "The camera's original", "The Tapo app"],
    )
    to_setup_mode_check(
        phone, ["It won't reset", "A few seconds", "No, nothing happened", "No, it did not", "Done"]
    )
    assert phone.locator(".step-notice").count() == 1  # the early "Done waiting" is said
    assert first_answer_bottom(phone) <= PHONE["height"]
    told = phone.locator(".step-more").inner_text()  # what it says follows the answers
    assert "One user's notes on a Tapo camera say that in setup mode" in told


def test_a_hikvision_setup_mode_check_with_its_network_form(phone: Page, server: Server) -> None:
    begin_quietly(phone, server, "DS-2CD2143G2-I", ["A paperclip or a pin", "A computer"])
    to_setup_mode_check(phone, ["Skip: go straight to the reset", "Done"])
    assert phone.locator("section.netcheck").count() == 1
    assert first_answer_bottom(phone) <= PHONE["height"]
    # the form is still there, after the answers; headings keep their order
    form_y = phone.locator("section.netcheck").bounding_box()
    answers_y = phone.locator("form.answers").bounding_box()
    assert form_y is not None and answers_y is not None and form_y["y"] > answers_y["y"]
    levels = phone.locator("main h1, main h2").evaluate_all("els => els.map(e => e.tagName)")
    assert levels[0] == "H1" and levels.count("H1") == 1


def test_a_blink_hub_page_kept_after_not_sure(phone: Page, server: Server) -> None:
    """The Sync Module's page kept on screen after "Not sure", its notice saying what the hub
    is, had "Done" at y=811–869 of 844 (diff review 62, #5)."""
    begin_quietly(phone, server, "Blink Outdoor 4", ["The Blink app"])
    answer(phone, "cant-add")
    answer(phone, "not-found")
    assert phone.locator("h1").inner_text() == "The Blink Sync Module"
    answer(phone, "not_sure")
    assert phone.locator("h1").inner_text() == "The Blink Sync Module"  # kept once
    assert "is the box Blink cameras pair through" in phone.locator(".step-notice").inner_text()
    assert first_answer_bottom(phone) <= PHONE["height"]


LOOK = "One more look before support"
TO_THE_LOOK = ("skip-questions", "no", "done", "not_sure", "cant", "other")
"""Past the opening, every check "No", every attempt done, anything not at hand refused."""


@pytest.mark.parametrize(
    ("typed", "have"),
    [
        ("Tapo C200", ["A paperclip or a pin", "The camera's original", "The Tapo app"]),
        ("Ring Battery Doorbell", ["A paperclip or a pin"]),
        ("Wyze Cam v3", ["A paperclip or a pin", "The Wyze app"]),
        ("DS-2CD2143G2-I", ["A paperclip or a pin", "A computer"]),
    ],
)
def test_the_last_look_before_support(
    phone: Page, server: Server, typed: str, have: list[str]
) -> None:
    """Session 68, H #3: the look's why, its check's question and the signs to look for stood
    above its answers; a Tapo C200's first answer at 879 px of 844 (903 in one walk). How to
    tell now follows them, every word of it kept."""
    begin_quietly(phone, server, typed, have)
    for _ in range(60):
        if phone.locator("h1").inner_text() == LOOK:
            break
        values = phone.locator("form.answers button").evaluate_all("els => els.map(e => e.value)")
        assert values, phone.locator("h1").inner_text()
        answer(phone, next(v for v in (*TO_THE_LOOK, *values) if v in values))
    assert phone.locator("h1").inner_text() == LOOK
    assert first_answer_bottom(phone) <= PHONE["height"]
    assert "?" in phone.locator("main .step-text").first.inner_text()  # the question above
    assert phone.locator(".step-more").inner_text().strip() != "How to tell"  # and how, after
