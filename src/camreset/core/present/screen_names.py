"""Who did something in a session, named the same way on every screen, in the report, the
terminal and the API: by the marks its event keeps (core/session/screens.py), never from the
reader's side.

The notices spoke in two voices: "The other screen answered “Done” …" from the reader's side,
and "The screen that started the session took back …" from the log's. On the desk both meant
the customer's phone; on the phone "the other screen" was the desk, and with a second desk it
was anyone (session 71, helpdesk leftover). One voice now, the report's: an answer, an undo, a
hold or a change is said to come from "the screen that started the session", "another screen"
(one that opened it by its link or short code) or "the helpdesk" (a client that said so), on
whichever screen reads it; only this browser's own other tabs, and the reader's own doings
("You …", "on this screen"), are said from the reader's side. A log that does not say (written
before the marks, a terminal resumed by id) reads "another screen": it was not this one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from camreset.core.session.screens import ANOTHER, API, BY, HELPDESK, SCREEN, STARTER, VIA

STARTED_IT = "The screen that started the session"
ANOTHER_SCREEN = "Another screen"
THE_HELPDESK = "The helpdesk"
THIS_BROWSER = "Another tab in this browser"
SEVERAL = "Other screens"
"""Answers from more than one of the above, said at once."""


def who_words(data: Mapping[str, object]) -> str | None:
    """Who did something, from its event's marks; None when the log does not say. Two desks
    and a phone, and a page read "The other screen took back …" not knowing whether the
    customer or a colleague did (helpdesk review 70, H #9)."""
    if data.get(BY) == HELPDESK:
        return THE_HELPDESK
    if data.get(SCREEN) == STARTER:
        return STARTED_IT
    if data.get(SCREEN) == ANOTHER:
        return ANOTHER_SCREEN
    return None


def who_did(data: Mapping[str, object], *, here: bool = False, api: str | None = None) -> str:
    """`who_words`, for a reader: `here`, this browser did it (in another tab); `api`, the
    name an API client is given for requests through the API, which it cannot tell from its
    own ("An earlier request"), and for a log that does not say."""
    if here:
        return THIS_BROWSER
    if api is not None and (data.get(VIA) == API or who_words(data) is None):
        return api
    return who_words(data) or ANOTHER_SCREEN


def who_all(names: Iterable[str]) -> str:
    """One name for several events: theirs when they share it, else "Other screens"."""
    unique = set(names)
    return unique.pop() if len(unique) == 1 else SEVERAL


def mid_sentence(who: str) -> str:
    """ "The screen that started the session" as it reads after "by" or "on"."""
    return who[:1].lower() + who[1:]


def given_where(who: str) -> str:
    """Where answers were given, after "given": "on another screen", "by the helpdesk"."""
    return f"by {mid_sentence(who)}" if who == THE_HELPDESK else f"on {mid_sentence(who)}"


def found_who(screen: str | None, by: str | None) -> str:
    """Who found it, by its event's marks, as the report's rows say it: ", entered by the
    helpdesk", ", entered on another screen"; "" where the log does not say (session 73:
    support could not tell whether the customer or the desk read the label). Here, not in
    found_words.py: that module is imported by core/session, which this one imports."""
    who = who_words({SCREEN: screen, BY: by})
    return f", entered {given_where(who)}" if who else ""


HELD_FROM = {
    STARTER: "on the screen that started the session",
    ANOTHER: "on another screen",
    HELPDESK: "on the helpdesk's screen",
    "": "on another screen than the answer's",
}
"""Where a hold's timer was started, for a hold timed from that start to an answer given on
another screen (core/session/held_elsewhere.py): "Done, I let go" on the phone picked up
mid-hold, the timer started on the laptop (helpdesk review 74 F, #3)."""


def held_from(place: str) -> str:
    """ "timed from the start on the screen that started the session" (to the answer)."""
    return f"timed from the start {HELD_FROM.get(place, HELD_FROM[''])}"
