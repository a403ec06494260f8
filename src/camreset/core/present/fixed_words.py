"""What an end page's "is it fixed?" leads to: a session handed to support and said,
afterwards, to be fixed (one test for it, and its words, shared by the report, the list of
sessions and the guide's exit code), and the way on after "No, still not right"."""

from __future__ import annotations

from camreset.core.present.end_messages import ACCOUNT_END
from camreset.core.present.ending_words import (
    FIXED_SINCE,
    FOR_A_HUB,
    NOT_RIGHT_TITLE,
    SOLD,
    Ending,
    ended,
    not_right,
)
from camreset.core.present.no_hub_yet import NEEDS_HUB_END

HANDED_OVER = ("escalated", "stopped")
"""Outcomes whose end page asks "once support has helped, is it fixed?"."""
FIXED_BY_SUPPORT = FIXED_SINCE.report
"""The report's words for a hand-over said, afterwards, to be fixed (ending_words.py)."""


def fixed_by_support(
    outcome: str | None, feedback: dict[str, str] | None, end: str | None = None
) -> bool:
    """Whether a session handed to support (or stopped with its report) was said, afterwards,
    to be fixed; not one stopped to get a hub of one's own (`end`), where support did
    nothing (merged-diff review 66, I #3: "Fixed by support: yes")."""
    fixed = outcome in HANDED_OVER and (feedback or {}).get("fixed") == "yes"
    return fixed and end != NEEDS_HUB_END


def added_through_hub(end: str | None, feedback: dict[str, str] | None) -> bool:
    """Whether a session stopped to get a hub of one's own was said, afterwards, to work
    through it."""
    return end == NEEDS_HUB_END and (feedback or {}).get("fixed") == "yes"


LISTED_HUB_ADDED = f"{FOR_A_HUB.listed}; added through it since"


def said_not_right(outcome: str | None, feedback: dict[str, str] | None) -> bool:
    """Whether a session that ended with the camera back (or no reset needed) was said,
    afterwards, to be still not right: the list of sessions went on saying "reset and added
    again" while the guide exited 3 and the report said support is next (terminal review 56)."""
    return outcome in ("done", "not_needed") and (feedback or {}).get("fixed") == "no"


def said_ending(
    outcome: str | None, end: str | None, feedback: dict[str, str] | None
) -> Ending | None:
    """How a session that ended `outcome` at end page `end` ended, with what the person said
    there since (fixed with support's help, still not right), in the words of each screen
    (ending_words.py); None: not ended. The report adds its own finer lines (core/report)."""
    if fixed_by_support(outcome, feedback, end):
        return FIXED_SINCE
    if outcome is not None and said_not_right(outcome, feedback):  # a seller's too
        return not_right(outcome, end)
    return ended(outcome, end)


SUPPORT_COULD_NOT = (
    "Ask support about a repair or a replacement, and whether a warranty still covers it, or "
    "the shop it was bought from about a return. Keep this session's report: it lists "
    "everything tried."
)
"""After "No" to "is it fixed?" on a page handed to support (web review 53): no warranty
promised, as the support page itself does not, to someone who may have bought it second-hand
(session-65 diff review, H #2)."""
STILL_NOT_RIGHT = dict.fromkeys(HANDED_OVER, SUPPORT_COULD_NOT)
"""After "No, still not right" on a page handed to support: the way on (one whose camera
support could not fix was left with only "Thank you": web review 53). After an end where
nothing was left to do, the one table of endings says it (`still_not_right`)."""
NOT_ADDED_THROUGH_HUB = (
    "Take this session's report to support: it lists everything tried. A new session for this "
    "camera can also take you through adding it again."
)
"""After "No" once added through the person's own hub (session-65 diff review, H #6): not a
repair or a warranty for a camera nothing is known to be wrong with."""
ACCOUNT_STILL_LOCKED = (
    "If support could not get you back into the account, ask them how the camera is released "
    "from it: only then can it be added to another account, after a reset. Keep this "
    "session's report: it lists what you tried."
)
"""After "No" on the account's support page: not a warranty repair for a camera nothing is
known to be wrong with (diff review 55)."""


def still_not_right(outcome: str | None, end: str) -> str | None:
    """The way on after "No, still not right" at end page `end` (None: none to say)."""
    if end == ACCOUNT_END:
        return ACCOUNT_STILL_LOCKED
    if end == NEEDS_HUB_END:
        return NOT_ADDED_THROUGH_HUB
    if outcome in ("done", "not_needed"):  # a seller's "something is still missing" too
        return not_right(outcome, end).way_on  # (a new session was offered first: session 74)
    return STILL_NOT_RIGHT.get(outcome or "")


def still_not_right_title(outcome: str | None, end: str) -> str:
    """The short heading above `still_not_right`'s way on, from the same table."""
    if end not in (ACCOUNT_END, NEEDS_HUB_END) and outcome in ("done", "not_needed"):
        return not_right(outcome, end).way_on_title
    return NOT_RIGHT_TITLE


def for_sale(end: str | None) -> bool:
    """Whether end page `end` is a seller's, where support, not a new session, comes next
    once something is said to be still missing."""
    return end in SOLD
