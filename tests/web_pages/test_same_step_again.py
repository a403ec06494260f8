"""The other screen answers the step a page shows, then takes that answer back: the session is
on that very step again, after the same answers, though the step's id (its position) changed.

The page's script was told only of a new id and offered "Go to the new step" of the step it
showed (session 69). `/now` says the step is the same (`same_step`), and the page's own
forms, still carrying the old id, are taken as this step's: its answer, its hold and its
undo.
"""

from __future__ import annotations

from .conftest import PageClient
from .flow import start
from .test_two_screens import _press, _words


def _undo(client: PageClient, url: str) -> None:
    assert client.submit(client.page(url).find("form", action=f"{url}/undo")).status_code == 303


def test_now_says_the_page_is_on_the_same_step_again(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    now_url = desk.page(url).select_one(".follow-status")["data-follow-url"]
    assert desk.get(now_url).json()["same_step"] is True  # nothing moved yet
    _press(phone, url, "done")
    assert desk.get(now_url).json()["same_step"] is False  # a new step: go to it
    _undo(phone, url)
    now = desk.get(now_url).json()
    assert now["same_step"] is True
    assert now["said"].startswith("Another screen took back the answer “")
    _press(phone, url, "done")  # answered again: a new step once more
    assert desk.get(now_url).json()["same_step"] is False


def test_the_undo_on_a_page_back_on_its_step_takes_back_the_answer_before_it(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The page says it is up to date, so its "← Back" does what it says: it was refused
    with "Your answer to … was not saved: the session was taken back past that step"."""
    desk, phone = two_screens
    url = start(desk, "Tapo C200", have=("pin", "original_adapter", "app"))
    first = _words(desk.page(url).h1)
    _press(desk, url, "done")
    page = desk.page(url)  # the desk's page, left as it is (following off, or typing)
    second = _words(page.h1)
    _press(phone, url, "done")
    _undo(phone, url)  # back on the desk's step, after the same answers
    sent = desk.submit(page.find("form", action=f"{url}/undo"))
    assert sent.status_code == 303
    back = desk.page(sent.headers["location"])
    assert _words(back.h1) == first != second
    assert "not saved" not in _words(back.select_one("main"))
