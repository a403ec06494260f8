"""What the helpdesk's screen says of the other screens open on a session: which step each
shows and when it last looked.

"What does your screen show now?" is an agent's first question, and nothing on the desk
answered it: a customer's phone without JavaScript stayed on an older step until reloaded,
and a laptop left mid-hold looked as present as one in the customer's hand (helpdesk review
74 F, #5). The web keeps when each screen last fetched its step (web/screens_seen.py); these
are the words for it, time passed in.
"""

from __future__ import annotations

SEEN_HEADING = "Other screens on this session"
NONE_SEEN = "None seen yet."
"""Until another screen fetches the session's page (since this server started)."""
NO_SCRIPT = "no JavaScript: it moves on when they reload"
"""Why a screen shows an older step than the desk: its page does not follow the session."""
FRESH_SECONDS = 60
"""Seen this recently, a page that follows the session (it asks every few seconds while in
view) is "seen"; longer ago, "last seen": gone quiet, hidden or closed."""


def ago_words(seconds: float) -> str:
    """ "just now", "4 s ago", "3 min ago", "2 h ago"."""
    whole = max(0, int(seconds))
    if whole < 1:
        return "just now"
    if whole < 60:
        return f"{whole} s ago"
    if whole < 60 * 60:
        return f"{whole // 60} min ago"
    return f"{whole // 3600} h ago"


def seen_words(
    who: str, step_number: int | None, seconds: float, script: bool | None = None
) -> str:
    """ "The screen that started the session: on step 7, seen 4 s ago."; `step_number` None:
    on the end page; `script` None: not known yet (its first look is still to come), so
    nothing is said of it; False: the page follows nothing, and says so, and when it was
    loaded, not "last seen": it may still be in the customer's hand, unreloaded."""
    where = "on the end page" if step_number is None else f"on step {step_number}"
    if script is False:
        return f"{who}: {where}, page loaded {ago_words(seconds)} ({NO_SCRIPT})."
    seen = "seen" if seconds < FRESH_SECONDS else "last seen"
    return f"{who}: {where}, {seen} {ago_words(seconds)}."
