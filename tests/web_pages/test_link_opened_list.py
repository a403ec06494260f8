"""A customer whose phone opened the agent's link and answered there is offered the session
under "Carry on where you left off", as one who opened it by its short code is: after hanging
up, with the message gone, they had no way back (helpdesk review 70 H, #5)."""

from __future__ import annotations

from .conftest import PageClient
from .flow import start
from .test_two_screens import _press


def test_a_browser_that_answered_in_a_session_opened_by_its_link_lists_it_at_home(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Listed as opened, not as started: its answers after that are still "entered on another
    screen" in the report, not the person's at the screen that started it."""
    desk, phone = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    phone.page(url)  # the link, opened: only looked at, nothing listed yet
    assert phone.page("/").select_one("#left-here") is None
    _press(phone, url, "done")
    left = phone.page("/").select_one("#left-here a")
    assert left is not None and left["href"] == url
    _press(phone, url, "done")  # its next answer, once listed
    report = desk.get(f"/api/sessions{url[2:]}/report?format=json").json()
    assert [s["screen"] for s in report["steps"]][-2:] == ["other", "other"]
    markdown = desk.get(f"/api/sessions{url[2:]}/report?format=md").text
    assert markdown.count("(entered on another screen)") == 2
