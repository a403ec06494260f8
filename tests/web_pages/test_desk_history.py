"""The step page's "What you've done so far" says what the log holds of each answer, in the
report's words: when, which screen, the hold measured, a wait cut short, the answers taken
back (helpdesk review 70 H, #3: bare "title — answer" lines on the agent's desk)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from .conftest import PageClient
from .flow import start
from .test_late_hold_two_screens import _timer_stopped
from .test_two_screens import _press, _to_the_hold

TIME = r"\d\d:\d\d:\d\d"


def _rows(page: BeautifulSoup, which: str = "ol.history", hidden: str = ".note-short") -> list[str]:
    """The rows as a wide screen shows them (`hidden`: what its CSS hides; a phone hides the
    full words and the longer notes instead)."""
    for gone in page.select(hidden):
        gone.decompose()
    return [" ".join(li.get_text(" ").split()) for li in page.select(f".done-so-far {which} li")]


PHONE_HIDES = ".note-full, .history-more"


def _after_the_hold(phone: PageClient) -> tuple[str, str]:
    url = start(phone, "Reolink RLC-510A", have=("pin", "original_adapter"))
    hold_page = _to_the_hold(phone, url)
    title = hold_page.h1.get_text()
    _timer_stopped(phone, hold_page, "14.1")
    _press(phone, url, "done")
    return url, title


def test_the_desk_lists_when_each_answer_came_which_screen_gave_it_and_the_hold_measured(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url, title = _after_the_hold(phone)
    held = next(r for r in _rows(desk.page(url)) if r.startswith(title))
    assert re.fullmatch(
        f"{re.escape(title)} — Done, I let go {TIME} · on the screen that started the session "
        "· held 14 s",
        held,
    ), held
    mine = next(r for r in _rows(phone.page(url)) if r.startswith(title))
    assert " · on this screen · held 14 s" in mine
    short = next(r for r in _rows(desk.page(url), hidden=PHONE_HIDES) if r.startswith(title))
    assert short.endswith(" · first screen · held 14 s")  # a phone's line


def test_a_wait_cut_short_and_an_answer_taken_back_are_listed(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    for _ in range(12):  # on to the first wait, answered at once
        page = phone.page(url)
        if page.select_one(".wait") is not None:
            break
        form = page.select_one("form.answers")
        value = next(v for v in ("done", "yes", "cant") if form.find(attrs={"value": v}))
        _press(phone, url, value)
    wait_title = page.h1.get_text()
    _press(phone, url, "done")
    rows = _rows(desk.page(url))
    waited = next(r for r in rows if r.startswith(wait_title))
    assert re.search(r" · waited [\d.]+ s of \d+ min$", waited), waited

    undo = desk.page(url).find("form", action=f"{url}/undo")
    assert desk.submit(undo).status_code == 303
    back = _rows(desk.page(url), "ul.history-back")
    assert len(back) == 1 and back[0].startswith(f"{wait_title} — Done waiting"), back
    assert re.search(f"{TIME} · on the screen that started the session · taken back$", back[0])
    summary = desk.page(url).select_one(".done-so-far summary").get_text()
    assert summary.endswith(", 1 taken back)")


def test_an_answer_the_helpdesk_sent_reads_entered_by_the_helpdesk_as_in_the_report(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    """The report and the terminal said "(entered by the helpdesk)" of an answer sent with the
    API's `by`, the desk's list "on another screen" (merged-diff review 70, N #3)."""
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    api = f"/api/sessions{url[2:]}"
    current = phone.get(api).json()["current"]
    answer = current["answers"][0]["id"]
    sent = {"type": "answer", "step": current["id"], "answer": answer, "by": "helpdesk"}
    assert phone.post(f"{api}/events", json=sent).status_code == 200
    assert "(entered by the helpdesk)" in phone.get(f"{api}/report?format=txt").text
    row = next(r for r in _rows(desk.page(url)) if r.startswith(current["title"]))
    assert re.fullmatch(f".* — .* {TIME} · entered by the helpdesk", row), row
    short = next(
        r for r in _rows(desk.page(url), hidden=PHONE_HIDES) if r.startswith(current["title"])
    )
    assert short.endswith(" · helpdesk"), short

    undo = desk.page(url).find("form", action=f"{url}/undo")
    assert desk.submit(undo).status_code == 303
    back = _rows(desk.page(url), "ul.history-back")
    assert back[-1].endswith(" · entered by the helpdesk · taken back"), back
