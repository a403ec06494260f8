"""Exit codes shared by the interactive and the scripted guide, so scripts can branch on them.

0 the job is done (the camera is reset and added again, or no reset was needed) · 1 camreset
could not run (database, settings) · 2 bad input (unknown model, unreadable answers file, an
answer that does not fit its step, no terminal) · 3 not solved here, support is next:
escalated, stopped by the person with the report, or done but said to be still not right (a
seller: something still missing); after "no reset needed" said still not right, a reset in a
new session comes first (ending_words.RESET_NEXT) · 0 once a session handed to support is said
to be fixed · 4 not finished yet: the
session is resumable · 130 interrupted with Ctrl-C (also resumable) · 129, 143 the terminal
closed or the guide was killed (as Ctrl-C: cli/wizard/signals.py).
"""

from __future__ import annotations

from camreset.core.present.fixed_words import fixed_by_support
from camreset.core.session import SessionState

DONE = 0
FAILURE = 1
BAD_INPUT = 2
ESCALATED = 3
UNFINISHED = 4
INTERRUPTED = 130


CODES = {"done": DONE, "not_needed": DONE, "escalated": ESCALATED, "stopped": ESCALATED}


def outcome_code(state: SessionState) -> int:
    """0 done (or not needed, or handed to support and said since to be fixed), 3 escalated
    (or stopped with the report, or done but the person then said it is still not right:
    support is next all the same), 4 not finished."""
    if CODES.get(state.outcome or "") == DONE and (state.feedback or {}).get("fixed") == "no":
        return ESCALATED
    if fixed_by_support(state.outcome, state.feedback):
        return DONE
    return CODES.get(state.outcome or "", UNFINISHED)
