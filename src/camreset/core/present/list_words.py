"""How a list of sessions tells them apart: the web's "Carry on where you left off" and
`camreset sessions` both show a helper's reference and how long ago the last answer came
(helpdesk review 67, #4: seven rows of "Tapo C200: step 1" and nothing else)."""

from __future__ import annotations

REFERENCE_WORDS = "Your helpdesk's reference for this session: its ticket number"
"""The form's label: what to type, so a list of sessions tells callers apart; never a name
(the caller's first name went to the vendor unasked: helpdesk review 70 H, #13)."""
REFERENCE_HINT = (
    "Kept on this screen, in your list of sessions and in the helpdesk's copy of the report; "
    "not shown on the customer's screen, and left out of the report for the vendor unless you "
    "tick the box below. Not the customer's name, no notes about them, never a password."
)
REFERENCE_SHARED_WORDS = "Also put it in the report for the vendor's support"
REFERENCE_ELSEWHERE = (
    "Your helpdesk has a reference (a ticket number) for this session. It stays on their "
    "screen; there is nothing for you to do here."
)
"""Said on a screen that did not save or ask to see it (the customer's, most likely): "This
session has a helpdesk reference …" left the customer asking the agent what it was (helpdesk
review 74, #8)."""
REFERENCE_SUMMARY_ELSEWHERE = "Your helpdesk's reference"
"""The closed box on that screen, for the customer ("Helpdesk reference" read as a task)."""
REFERENCE_AT_DESK = "I work at the helpdesk"
REFERENCE_MARKS = (
    "For a helpdesk's computer only: this browser becomes the helpdesk's screen. The reference "
    "shows here, and what is answered on this browser is marked “entered by the helpdesk” on "
    "every screen and in the report for support."
)
"""Inside "I work at the helpdesk", before its button: what pressing it does. A customer who
pressed it on their own phone had their answers marked as the helpdesk's (helpdesk review 74
F, #2's caveat; session 75)."""
REFERENCE_STARTED_HERE = (
    "This browser started this session. If you are the customer, leave this: there is "
    "nothing for you to do here."
)
"""Beside it, on the browser that pressed Start (the customer's phone, most often)."""
REFERENCE_SAVE_MARKS = (
    "Saving it makes this browser the helpdesk's screen: what is answered on it is marked "
    "“entered by the helpdesk”."
)
"""Under the form that saves a reference, which marks the browser so too."""
REFERENCE_SHOW = "Show the reference on this screen"
"""A colleague's screen still asks to see it (review 70 H, #13), behind a box a customer leaves
closed: on their phone "This is a helpdesk's screen: show it" would mark their answers as the
helpdesk's (review 74, #2)."""
REFERENCE_OWN_COPY = (
    "Your helpdesk reference: {reference}. Left out of the report below, which goes to the "
    "vendor; to put it in, tick the box under the reference on the session's page."
)
"""On the report page, for the helpdesk's own copy."""


def last_answer_words(seconds: float | None) -> str:
    """ "last answer 4 min ago"; "no answer yet" before the first."""
    if seconds is None:
        return "no answer yet"
    minutes = max(0, int(seconds // 60))
    if minutes < 1:
        return "last answer less than a minute ago"
    if minutes < 60:
        return f"last answer {minutes} min ago"
    hours = minutes // 60
    if hours < 48:
        return f"last answer {hours} h ago"
    return f"last answer {hours // 24} days ago"
