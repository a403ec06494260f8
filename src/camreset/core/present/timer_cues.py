"""The hold timer's words: one table, so the web page's script (through the page's data
attributes), the terminal's live bar and the tests say the same cue the same way."""

from __future__ import annotations

TIMER_CUES = {
    "ready": "Start the timer as you press",
    "ready_key": "Press Enter as you start pressing the button (or type an answer).",
    "ready_power": "Start the timer as the power comes back",
    "ready_power_key": "Press Enter as the power comes back, still holding (or type an answer).",
    "hold": "Keep holding",
    "watch": "Watch and listen for a sign now",
    "watch_only": "Watch for a sign now",
    "watch_for": "Watch now: {until}",
    "listen_for": "Listen now",
    "look_and_listen": "Watch and listen now",
    "release": "Let go now",
    "keep": "Keep holding until {until}; stop by {max} s",
    "keep_about": "Keep holding until {until}",
    "about": "About {max} s: keep holding until {until}, then let go",
    "not_before": "{watch}; keep holding to {aim} s, even if it happens sooner",
    "not_before_now": "It may react now; keep holding to {aim} s",
    "keep_past": "Keep holding until {until}, or let go now if it already has; stop by {max} s",
    "may_go": "Let go once {until}",
    "may_go_any": "Let go once it happens, now if it already has",
    "over": "Stop now: {max} s is the longest hold to try",
    "over_why": "Stop now: {max} s is {why}",
    "end": "{max} s: the end of the surest time; other sources give as long as {longer} s",
    "stopped": "You held for {seconds} seconds.",
    "ran_out": "The timer stopped at {seconds} s. If you are still holding, let go now.",
    "saved": "Saved: you held for {seconds} seconds.",
    "refused": "This hold of {seconds} seconds was not saved: the session had already moved "
    "on, on another screen.",
    "answered_elsewhere": "This step was answered on another screen, so this timer stopped. "
    "Here is where the session stands now.",
    "unsent": "You held for {seconds} seconds: this goes with your answer.",
    "again": "Start the timer again",
    "stop": "Stop the timer",
    "resumed": "The page reloaded while the timer ran: it kept counting from your first tap. "
    "Keep holding.",
    "no_script": "No timer here without JavaScript: count slowly out loud from your press "
    "(“one-thousand-one…”).",
    "pressing": "I'm pressing the button now",
    "pressing_again": "I'm pressing it again now",
    "to_pressing": "Skip to “{pressing}”, for a screen that follows this session",
}
"""The hold timer's words, shared by the web page's script and the terminal's live bar."""
