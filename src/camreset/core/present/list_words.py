"""How a list of sessions tells them apart: the web's "Carry on where you left off" and
`camreset sessions` both show a helper's reference and how long ago the last answer came
(helpdesk review 67, #4: seven rows of "Tapo C200: step 1" and nothing else)."""

from __future__ import annotations

REFERENCE_WORDS = "Your reference for this session: a ticket number or the caller's first name"
"""The form's label: what to type, so a list of sessions tells callers apart."""
REFERENCE_HINT = (
    "Shown in your list of sessions and in the report, so keep it short. Never a password."
)


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
