"""The end page's feedback in words: the question (did it fix the camera, do what a seller
needed, or get a locked-out owner back into the account) and its answers, by how the session
ended. Its own module, out of words.py (at 400 lines), as the three ends now word it apart."""

from __future__ import annotations

from camreset.core.present.no_hub_yet import NEEDS_HUB_END
from camreset.core.present.words import NOT_SURE

FEEDBACK_WORDS = (
    ("yes", "Yes, it is fixed"),
    ("no", "No, still not right"),
    (NOT_SURE, "Not sure yet"),
)
"""The answers to "did this fix it?" on the outcome step."""
SALE_FEEDBACK_WORDS = (
    ("yes", "Yes, it did"),
    ("no", "No, something is still missing"),
    (NOT_SURE, "Not sure yet"),
)
"""The same answers where the question is "did this do what you needed?" (a seller's end:
nothing was broken, so nothing is "fixed")."""


FOR_SALE_ENDS = frozenset({"reset-for-sale", "handed-over"})
"""The ends of a session for a camera going to a new owner: nothing was broken to fix."""
ACCOUNT_ENDS = frozenset({"escalate-account"})
"""The end for a locked-out app account: what support fixes is the account, not the camera
("is the camera fixed?" asked a Tapo owner locked out of the app: need-a-reset review 66,
E F9)."""
ACCOUNT_FEEDBACK_WORDS = (
    ("yes", "Yes, I'm back in"),
    ("no", "No, still locked out"),
    (NOT_SURE, "Not sure yet"),
)
"""The same answers where the question is whether they are back into the account."""
NOT_NEEDED_END = "not-needed"
NOT_NEEDED_WORDS = (
    ("yes", "Yes, it works now"),
    ("no", "No, it still doesn't"),
    (NOT_SURE, "Not sure yet"),
)
"""The answers where no reset was needed (the app's way back in worked, the camera showed up
on the new network): nothing was broken to be "fixed" (merged-diff review 66, I #8)."""
HUB_FEEDBACK_WORDS = (
    ("yes", "Yes, it works"),
    ("no", "No, it still won't add"),
    (NOT_SURE, "Not sure yet"),
)
"""The same answers where the question is whether it works through their own hub (no "is it
fixed": nothing was broken; merged-diff review 66, I #3)."""


def feedback_question(outcome: str | None, ending: str | None = None) -> str:
    """The question the end page's feedback answers: "did this fix it?" only where the
    session ended with the camera working (for a seller, whether it did what they needed);
    after a hand-over to support it is asked for later, when support has been in touch."""
    if ending in FOR_SALE_ENDS:
        return "Did this do what you needed?"
    if ending in ACCOUNT_ENDS:
        return "Once support has helped, come back here: are you back into your account?"
    if ending == NOT_NEEDED_END:
        return "Did this sort it out?"
    if outcome in ("done", "not_needed"):
        return "Did this fix it?"
    if ending == NEEDS_HUB_END:
        return "Once you have added it through your own hub: is it working?"
    return "Once support has helped, come back here: is the camera fixed?"


def feedback_words(ending: str | None) -> tuple[tuple[str, str], ...]:
    """The answers to the end page's question, in the words of the end `ending`."""
    if ending in FOR_SALE_ENDS:
        return SALE_FEEDBACK_WORDS
    if ending in ACCOUNT_ENDS:
        return ACCOUNT_FEEDBACK_WORDS
    if ending == NEEDS_HUB_END:
        return HUB_FEEDBACK_WORDS
    if ending == NOT_NEEDED_END:
        return NOT_NEEDED_WORDS
    return FEEDBACK_WORDS
