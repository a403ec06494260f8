"""Answers given on a helpdesk's screen say they were the helpdesk's.

Helpdesk review 74 F, #2: an agent's laptop that had saved the ticket's reference answered
for the customer, and the report for the vendor, the customer's phone and the agent's own
list all called those answers "entered on another screen", the words a customer's own
phone gets when the agent pressed Start; "entered by the helpdesk" was only for programs
using the API.
"""

from __future__ import annotations

from .conftest import PageClient
from .flow import start
from .test_desk_history import _rows
from .test_reference_stays_on_desk import _saved
from .test_two_screens import _press


def test_a_helpdesks_screen_answers_by_the_helpdesk_on_every_screen_and_in_the_report(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    desk, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    _saved(desk, url, "T-4411")  # the agent's laptop: a helpdesk's screen
    _press(phone, url, "done")  # the customer answers one step on the phone
    shown = str(phone.get(url).headers["location"])  # the step the phone shows now
    title = phone.page(shown).h1.get_text()
    _press(desk, url, "done")  # the agent answers it

    notice = " ".join(phone.page(shown).get_text().split())
    assert "The helpdesk answered “Done" in notice and f"” to “{title}”" in notice

    mine, theirs = _rows(desk.page(url))[-1], _rows(phone.page(url))[-1]
    assert mine.startswith(title) and " · entered by the helpdesk" in mine, mine
    assert theirs.startswith(title) and " · entered by the helpdesk" in theirs, theirs
    report = phone.get(f"/api/sessions{url[2:]}/report?format=txt").text
    assert f"{title}\n    Answer: Done" in report
    said = report.split(f"{title}\n    Answer: Done")[1].split("\n")[0]
    assert "(entered by the helpdesk)" in said, said
    key = " ".join(report.split())  # the key says so, and which screen it was (session 75)
    assert "were given on a screen that said it is a helpdesk's: another screen" in key


def test_a_screen_that_is_not_a_helpdesks_is_named_by_where_it_is(
    two_screens: tuple[PageClient, PageClient],
) -> None:
    other, phone = two_screens
    url = start(phone, "Tapo C200", have=("pin", "original_adapter", "app"))
    _press(phone, url, "done")
    _press(other, url, "done")  # opened by its link; never saved or asked for a reference
    assert " · on another screen" in _rows(phone.page(url))[-1]
    report = phone.get(f"/api/sessions{url[2:]}/report?format=txt").text
    assert "(entered by the helpdesk)" not in report
