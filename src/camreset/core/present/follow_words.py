"""What a step page says as it follows a session answered on another screen: the words its
script shows (follow.js reads them from the page), out of the step page's template, where
they had been written by hand (code review 71 C, #2)."""

from __future__ import annotations

FOLLOW_LABEL = "Follow answers given on other screens"
"""The tick box, under "Carry on later or on your phone", that turns following on and off."""

MOVED_SAYS = {
    "stop": "Stop following other screens",
    "stopped": "Following is off: this page now stays where it is and says what was answered "
    f"elsewhere. To follow again, tick “{FOLLOW_LABEL}” under “Carry on later or on your "
    "phone”.",
}
"""Beside the notice of what moved the session: its button, and what is said once pressed."""

FOLLOW_SAYS = {
    "go": "Go to the new step",
    "same": "This step is asked again, and this page is up to date: answer it here.",
    "typed": "This page stays, so what you typed is kept.",
    "timing": "This page stays, so the hold being timed is kept.",
    "reading": "This page stays while you read it here.",
    "lost": "The hold being timed here will not be saved: the session is no longer on its step.",
    "counted": "The timer here has stopped: the hold is counted from its start to that answer.",
}
"""What the page's script says as the session moves on elsewhere: its link, and why the page
stays where it is; `counted`: its timer was still running when another screen answered its
page with the hold counted from that timer's start (core/session/held_elsewhere.py): the
laptop left on the table counted on past 24 s, "Stop now" said to nobody (helpdesk review
74 F, #3)."""

OFFLINE_SAYS = (
    "camreset cannot be reached just now. Your answers so far are saved: wait a moment before "
    "answering."
)
"""Said when the page's script cannot reach camreset to follow the session."""
