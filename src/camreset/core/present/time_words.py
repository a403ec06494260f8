"""The minutes left as a person reads them: a range, which page before support this is, and
why the range grew since the last answer (the web page, the terminal and the API's
`grew_because` share these words)."""

from __future__ import annotations

from camreset.core.present.detour_steps import WONT_SWITCH_ON
from camreset.core.present.said_notices import NOT_IN_SETUP_MODE
from camreset.core.present.way_outs import WAITING_FOR_THE_RESTART
from camreset.core.present.words import CANT, NOT_DONE, SKIP, UNTOLD

GREW_WORDS = {
    NOT_DONE["reset"]: "the last attempt did not reset the camera, so more steps are likely",
    UNTOLD["reset"]: "it is not known whether the last attempt reset it, so more steps may follow",
    UNTOLD["setup"]: "it is not known whether it is added, so more steps may follow",
    WAITING_FOR_THE_RESTART: "the restart is waited for again, as you asked",
    NOT_DONE["setup"]: "adding it did not work yet, so more steps are likely",
    "back to resetting": "the reset had not really taken: it has to be reset again",
    NOT_IN_SETUP_MODE: "it is not in setup mode, so the reset had not taken: it is reset again",
    "could not do this": "the step you could not do is out, and what is left takes longer",
    "could not find the button": "the step you could not do is out, and what is left takes longer",
    "could not open it to reach the button": (
        "the steps that press the button are out, and what is left takes longer"
    ),
    "starts at adding it again": "adding it again comes next, now that the camera has reset",
    WONT_SWITCH_ON: "getting it to switch on comes before the reset",
    "off the account: the app cannot reset it now": (
        "with it off your account, the app can no longer reset it, so its button is the way now"
    ),
    "off the account: removing it may have reset it": (
        "if removing it did not reset it, the app can no longer, so its button is the way then"
    ),
}
"""Why the minutes left grew, by the result of the answer that made them grow."""
REOPENED = "your answer opened another way to try at home before support"
"""Why the minutes left grew after a page that was the last before support."""
LAST_BEFORE_SUPPORT = "last question before support"
"""On the page after which support comes next (not "last step": a reviewer). These pages ask
for an item, a last look or an answer once more: questions, not "things to try" (phone
review 60, #5)."""


def before_support_words(pages: int) -> str:
    """Which of the pages before support this is: "3 questions left before support", then
    2, then the last (each used to read "last thing to try", three pages running)."""
    if pages <= 1:
        return LAST_BEFORE_SUPPORT
    return f"{pages} questions left before support"


def time_left_words(low: int, high: int, before_support: int = 0) -> str:
    """ "about 6–14 min left"; on the pages before support (`before_support` of them left),
    which one this is (not "about 1 min left", which then jumped to 36 when a last look opened
    another way); "" when nothing is left to estimate."""
    if before_support > 0:
        return before_support_words(before_support)
    if high <= 0:
        return ""
    return f"about {low if low == high else f'{low}–{high}'} min left"


def grew_line(grew: str) -> str:
    """The line above a step whose minutes left grew: "Longer than before: what that answer
    leaves takes longer to fix" lost a phone reviewer (review 63, #12)."""
    return f"This will take longer than we said: {grew}."


def grew_words(kind: str, result: str | None, answer: str) -> str:
    """Why the minutes left grew after an answer (to a step of `kind`: question, opening...)
    with this result."""
    if result in GREW_WORDS:
        return GREW_WORDS[result]
    if result and result.startswith("no "):
        return "the steps that need what you don't have are out, and what is left takes longer"
    if answer == CANT:
        return GREW_WORDS["could not do this"]
    if answer == SKIP:  # nothing was told: "what you told us" misread it (a phone reviewer)
        return "without answers to those questions, more steps remain possible"
    if kind == "question":
        return "that answer rules out the quicker fixes"  # after good news too
    if kind == "opening":
        return "what you told us points to steps that take longer"
    return "what is left to try takes longer"
