"""The desk sees the customer's hold as the log has it: the notice after "Done, I let go"
names the hold the phone measured, and a hold saved on the step on screen is shown there,
not "0.0 s" (helpdesk review 70 H, #10). A timer still running is said too, since session 71:
test_hold_running_two_screens.py."""

from __future__ import annotations

import re

from .conftest import PageClient
from .flow import start
from .test_late_hold_two_screens import _timer_stopped
from .test_two_screens import _press, _to_the_hold


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_notice_after_the_other_screens_let_go_names_the_hold_it_measured(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin",))
    hold_page = _to_the_hold(phone, url)
    title = hold_page.h1.get_text()
    at = desk.page(url).select_one(".follow-status")["data-follow-url"]
    _timer_stopped(phone, hold_page, "14.1")
    _press(phone, url, "done")
    followed = desk.page(desk.get(at).json()["url"])  # where the desk's script takes it
    said = _words(followed.select_one(".moved-on").get_text())
    assert said.startswith(
        f"The screen that started the session answered “Done, I let go” to “{title}” (held 14 s)."
    )


def test_a_hold_saved_on_the_step_on_screen_shows_on_the_desks_hold_page(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin",))
    hold_page = _to_the_hold(phone, url)
    before = desk.page(url)
    assert before.select_one(".timer-saved") is None
    elsewhere = _words(before.select_one(".timer-elsewhere").get_text())
    assert elsewhere == (  # a terminal's timer sends its start too (session 72, N F8)
        "A hold timed on another screen shows here as its timer starts, and how long it was "
        "once it stops."
    )
    _timer_stopped(phone, hold_page, "14.1")  # stopped, not answered yet
    saved = _words(desk.page(url).select_one(".timer-saved").get_text())
    assert re.fullmatch(
        r"A hold of 14 s was timed for this step on the screen that started the session at "
        r"\d\d:\d\d:\d\d, and saved: it goes with the answer given to this step\.",
        saved,
    ), saved
    assert "on this screen" in phone.page(url).select_one(".timer-saved").get_text()
