"""A hold being timed on the phone while the desk takes answers back past its page.

The phone's page said "This page stays, so the hold being timed is kept.", then its "Done,
I let go" was refused with "that step had already been answered", of a step nobody answered,
and the hold dropped without a word (merged-diff review 67, N #8). Only a hold on the page
the other screen answered last is kept; the words now say so.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import start
from .test_late_hold_two_screens import _timer_stopped
from .test_two_screens import _press, _to_the_hold, _words

HOLD = "Hold the reset button until the camera reacts"


def _back_to_start(desk: PageClient, url: str) -> None:
    form = desk.page(url).find("input", attrs={"value": "to-start"}).find_parent("form")
    assert desk.submit(form, form.button).status_code == 303


def _one_back(desk: PageClient, url: str) -> None:
    form = desk.page(url).find("form", action=f"{url}/undo")
    assert desk.submit(form, form.button).status_code == 303


def _phone_hold(phone: PageClient, desk: PageClient) -> tuple[str, BeautifulSoup]:
    url = start(phone, "Reolink RLC-510A", have=("pin", "original_adapter"))
    hold_page = _to_the_hold(phone, url)  # the phone times the hold
    assert hold_page.h1.get_text() == HOLD
    return url, hold_page


def _done_with(phone: PageClient, hold_page: BeautifulSoup, held: str | None) -> str:
    """The phone's "Done, I let go" (`held`: its timer still running), and what it then reads."""
    form = hold_page.select_one("form.answers")
    extra = {"held": held} if held else {}
    sent = phone.submit(form, form.find("button", attrs={"value": "done"}), **extra)
    assert sent.status_code == 303
    return _words(phone.page(sent.headers["location"]).select_one("main"))


def test_done_on_a_hold_page_the_desk_took_back_to_the_start_says_so(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    _back_to_start(desk, url)
    said = _done_with(phone, hold_page, "12.4")
    assert (
        f"Your answer to “{HOLD}” was not saved, nor the hold timed with it (12 s): the session "
        "was taken back past that step. Another screen "
        "took back 5 answers. This is the step they went back to."
    ) in said
    assert "had already been answered" not in said


def test_done_without_a_timer_after_the_desks_one_back_names_the_answer_taken_back(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Without JavaScript (no timer, no `held`), after a single "← Back" on the desk."""
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    _one_back(desk, url)
    said = _done_with(phone, hold_page, None)
    assert f"Your answer to “{HOLD}” was not saved: the session was taken back past" in said
    assert "Another screen took back your answer “" in said  # the phone's own (74 B left over)
    assert "This is that step again." in said
    assert "had already been answered" not in said and "nor the hold" not in said


def test_an_answer_the_other_screen_gave_first_is_still_said_already_answered(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    _press(desk, url, "done")
    form = desk.page(url).select_one("form.answers")  # on past the hold page
    assert desk.submit(form, form.select_one("button[name=answer]")).status_code == 303
    said = _done_with(phone, hold_page, None)
    assert "that step had already been answered, on another screen" in said
    assert "taken back" not in said


def test_now_tells_a_page_timing_a_hold_whether_it_would_still_be_kept(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The phone's script says "the hold being timed is kept" only while it would be: on the
    hold page the desk answered last, not once the desk took answers back past it."""
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    now_url = hold_page.select_one(".follow-status")["data-follow-url"]
    assert phone.get(now_url).json()["hold_kept"] is True  # on its page still
    _press(desk, url, "done")
    assert phone.get(now_url).json()["hold_kept"] is True  # a late hold: kept with it
    _one_back(desk, url)
    _one_back(desk, url)
    now = phone.get(now_url).json()
    assert now["hold_kept"] is False
    assert now["said"].startswith("Another screen took back your answer “")
    status = hold_page.select_one(".follow-status")
    assert status["data-say-lost"] == (
        "The hold being timed here will not be saved: the session is no longer on its step."
    )


def test_now_no_longer_counts_a_late_hold_whose_answer_was_taken_back(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """After the phone's 17 s hold was kept with the desk's early "Done, I let go" and the
    desk went back to the first question, `/now` still counted that hold as a change and said
    "The other screen timed the hold: 17 s, kept with the answer" (merged-diff review 67,
    N #10): the page its `changed_url` opened said so above "What brings you here?"."""
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    shown = int(desk.page(url).select_one(".follow-status")["data-changed"])
    _press(desk, url, "done")  # the agent's early answer
    _timer_stopped(phone, hold_page, "17.4")  # the phone's hold, kept with it
    assert desk.get(f"{url}/now").json()["changed"] == shown + 1
    _back_to_start(desk, url)
    now = desk.get(f"{url}/now").json()
    assert now["changed"] == shown
    assert "timed the hold" not in now["changed_said"]
    followed = _words(desk.page(now["changed_url"]).select_one("main"))
    assert "timed the hold" not in followed and "kept with the answer" not in followed


def test_a_hold_timed_on_the_step_the_desk_took_its_own_answer_back_to_is_kept(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The desk's early "Done, I let go", taken back with "← Back", puts the session back on
    the hold page the phone is timing: the phone was told "The hold being timed here will not
    be saved: the session is no longer on its step", and its 16 s hold and answer were
    refused as "taken back past that step" (merged-diff review 68, N #1)."""
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    now_url = hold_page.select_one(".follow-status")["data-follow-url"]
    _press(desk, url, "done")  # the agent's early tap
    _one_back(desk, url)  # taken back, as the desk is told to
    now = phone.get(now_url).json()
    assert now["hold_kept"] is True
    assert now["said"] == f"Another screen took back the answer “Done, I let go” to “{HOLD}”."
    said = _done_with(phone, hold_page, "16.2")
    assert "not saved" not in said and "taken back past" not in said
    assert "Let the camera restart" in said  # on past the hold page, as after any answer
    report = phone.get(f"{url}/report/text").text
    assert "16 s" in report


def test_a_hold_timed_after_the_desk_answered_its_page_again_is_kept_with_that_answer(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The desk's "Done", "← Back", then "Done" again: the phone's hold, still being timed on
    that page, is the one kept with the answer that stands, not refused as taken back past."""
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    now_url = hold_page.select_one(".follow-status")["data-follow-url"]
    _press(desk, url, "done")
    _one_back(desk, url)
    _press(desk, url, "done")
    assert phone.get(now_url).json()["hold_kept"] is True
    said = _done_with(phone, hold_page, "17.3")
    assert "taken back past" not in said and "nor the hold" not in said
    assert "17 s" in phone.get(f"{url}/report/text").text


def test_the_page_title_counts_the_answers_taken_back_to_the_start(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """A screen reader read the title "Answer taken back · Step 1: What brings you here?",
    then the notice "You took back 5 answers, …" (merged-diff review 68, N #9)."""
    phone, desk = two_screens
    url, _ = _phone_hold(phone, desk)
    form = desk.page(url).find("input", attrs={"value": "to-start"}).find_parent("form")
    sent = desk.submit(form, form.button)
    page = desk.page(sent.headers["location"])
    notice = _words(page.select_one(".news"))
    assert notice.startswith("You took back 5 answers")
    assert page.title.get_text().startswith("5 answers taken back · Step 1: ")
    _press(desk, url, "skip-questions")
    form = desk.page(url).find("form", action=f"{url}/undo")  # one answer: as before
    one = desk.page(desk.submit(form, form.button).headers["location"])
    assert one.title.get_text().startswith("Answer taken back · Step 1: ")


def test_a_reload_after_the_desks_undo_says_so_and_offers_no_second_undo(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The phone (no JavaScript, every answer its own) reloaded its hold page after the desk's
    "← Back" and was asked "Undo your last answer? … the session has moved on since (you went
    back, or opened an older link)": "Yes, undo it" took back a second answer (merged-diff
    review 68, N #2)."""
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    at = hold_page.select_one(".follow-status")["data-follow-url"].split("at=")[1]
    _one_back(desk, url)
    page = phone.page(f"{url}?at={at}")
    said = _words(page.select_one("main"))
    assert "Undo your last answer?" not in said
    assert "Another screen took back your answer “" in said and "This is that step again." in said


def test_a_reload_after_the_desk_went_back_to_the_first_question_says_so(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """Without JavaScript the phone's reload showed "What brings you here?" and no word why
    (merged-diff review 68, N #12)."""
    phone, desk = two_screens
    url, hold_page = _phone_hold(phone, desk)
    at = hold_page.select_one(".follow-status")["data-follow-url"].split("at=")[1]
    _back_to_start(desk, url)
    notice = phone.page(f"{url}?at={at}").select_one(".moved-on")
    assert _words(notice).startswith(
        "Another screen took back 5 answers. This is the step they went back to."
    )
    assert notice.has_attr("autofocus")  # no script to focus it
