"""A page without JavaScript, left on a step while another screen took an answer back and went
on, then used: its check over the network, or its "← Back" (session 69, B #3).

The network check read "Your answer was not saved: that step had already been answered, on
another screen or in another tab (the last answer: “Done waiting” to “Let the camera
restart”)", of a step nobody answered, and the address typed was gone; the "← Back" read
"Your answer to “…” was not saved". Each now says what happened (taken back, then answered
on, by the other screen), what was not done, and shows where the session is, the address
typed still in its field.
"""

from __future__ import annotations

from pathlib import Path

from camreset.core.kb.knowledge import KnowledgeBase

from .conftest import PageClient
from .flow import start
from .test_network_pages import form, make, start_session, to_network_step
from .test_two_screens import _words

SETUP = "Is the camera in setup mode now?"


def _back_and_on(desk: PageClient, url: str) -> str:
    """The desk's "← Back", then its first answer on the step it went back to (its title)."""
    page = desk.page(url)
    assert desk.submit(page.find("form", action=f"{url}/undo")).status_code == 303
    back = desk.page(url)
    answers = back.select_one("form.answers")
    assert desk.submit(answers, answers.find("button")).status_code == 303
    return _words(back.h1)


def test_a_check_sent_after_the_other_screen_took_back_and_went_on_says_so(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    phone, desk = make(tmp_path, kb), make(tmp_path, kb)
    url = start_session(phone, "amcrest-ip4m-1041b", ["pin", "computer"])
    page = to_network_step(phone, url)
    assert _words(page.h1) == SETUP
    before = _back_and_on(desk, url)
    sent = phone.submit(form(page, "/network"), address="127.0.2.9")
    assert sent.status_code == 303
    shown = phone.page(sent.headers["location"])
    said = _words(shown.select_one("p.notice[autofocus]"))
    assert said.startswith(
        f"The camera was not checked for “{SETUP}”: the session was taken back past that step. "
        "Another screen "
        "took back an answer, then answered “"
    )
    assert f"to “{before}”." in said
    assert "had already been answered" not in _words(shown.select_one("main"))
    assert _words(shown.h1) == SETUP  # where the session is now
    assert shown.select_one("#net-address")["value"] == "127.0.2.9"  # what was typed, kept


def test_an_undo_sent_after_the_other_screen_took_back_and_went_on_says_nothing_was_undone(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    phone, desk = two_screens
    url = start(phone, "Reolink RLC-510A", have=("pin", "original_adapter", "app"))
    for _ in range(2):
        answers = phone.page(url).select_one("form.answers")
        phone.submit(answers, answers.find("button"))
    page = phone.page(url)
    title = _words(page.h1)
    _back_and_on(desk, url)
    sent = phone.submit(page.find("form", action=f"{url}/undo"))
    said = _words(phone.page(sent.headers["location"]).select_one("p.notice[autofocus]"))
    assert said.startswith(
        f"Nothing was undone on “{title}”: the session was taken back past that step. "
        "Another screen "
        "took back an answer, then answered “"
    )
    assert "Your answer" not in said
