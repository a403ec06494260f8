"""The answers steps offer, in words: the ids every step's answers share ("done", "cant",
"not_sure"…) and the labels a person reads for them, written here once, so the web page, the
terminal and the JSON cannot drift apart.

The rest of the fixed words live by what they word: numbers and durations in `number_words`,
how sure a fact is in `confidence_words`, what is at hand in `have_items`, how a session ended
in `ending_words`; the minutes left in `time_words`; the hold timer's cues in `timer_cues`.
"""

from __future__ import annotations

NOT_SURE = "not_sure"
CANT = "cant"
DONE = "done"
STOP = "stop"
"""Offered on every step but the end: stop here and hand the report to support."""
SKIP = "skip-questions"
"""Offered on the opening questions: go straight to the steps (the reset's, which erase its
settings: "Skip these questions" did not say so, need-a-reset review 66, E F7)."""

NOTHING_SEEN = "nothing"
"""A hold page's answer for a hold that brought no sign: the commonest failure."""
ANSWER_WORDS = {
    DONE: "Done",
    NOT_SURE: "Not sure",
    CANT: "I can't do this",
    STOP: "Stop here and give me the report",
    SKIP: "Skip: go straight to the reset",
    "done_waiting": "Done waiting",
    "let_go": "Done, I let go",
    NOTHING_SEEN: "I held it, but nothing happened",
}

NO_LIGHT = "I can't see this camera's light, or it has none"
"""Read as "I can't do this", later pages going by the time and other signs: it serves a camera
with no light and a person who cannot see it alike ("I can't see a light on this camera" read
as the first only: accessibility review 65, finding 3)."""
OTHER_RHYTHM = {
    "steady": "On and steady, another colour",
    "blinking": "Blinking or changing in another way",
}
"""A light answer's rhythm in general, offered after the camera's own patterns of it."""

FIXED_WORDS = {"yes": "yes", "no": "no", NOT_SURE: "not sure"}


NOT_DONE = {"reset": "not reset", "setup": "not added yet"}  # an attempt a check said no to
UNTOLD = {"reset": "could not tell whether it reset", "setup": "could not tell whether it is added"}
"""An attempt the person could not check: it goes on as if it failed, never said to fail."""
