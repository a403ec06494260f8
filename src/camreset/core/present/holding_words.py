"""A hold timer running on a screen, said on the page that follows it: "Holding the button
since 15:40:12 (timer on the screen that started the session)." (session 71: the desk saw
nothing for the 30 s the customer held the button; core/session/holding.py)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from camreset.core.present.screen_names import THE_HELPDESK, given_where, who_did
from camreset.core.session.holding import BY_HAND, running_hold, still_running
from camreset.core.session.state import SessionState


def holding_words(
    state: SessionState,
    now: datetime,
    zone: tzinfo | None = None,
    mine: frozenset[int] = frozenset(),
) -> str:
    """The timer started on the step on screen and not stopped, said for a screen that did
    not start it ("" if none, or this browser's own: `mine`, the event counts after what it
    did); `zone`: the clock its time is said on."""
    found = running_hold(state)
    if found is None or found[0] + 1 in mine:
        return ""
    started = found[1]
    when = started.at.astimezone(zone).strftime("%H:%M:%S")
    who = who_did(started.data)
    running = still_running(state, started, now)
    if started.data.get(BY_HAND):  # no timer there: none ran, none was left running
        if running:
            return f"Holding the button since {when} ({given_where(who)}, no timer there)."
        return f"Started holding at {when} {given_where(who)}; no time was measured."
    where = "timed by the helpdesk" if who == THE_HELPDESK else f"timer {given_where(who)}"
    if running:
        return f"Holding the button since {when} ({where})."
    return f"A hold timer started at {when} ({where}) was never stopped: no hold was saved."


def holding_here_words(state: SessionState, now: datetime, zone: tzinfo | None = None) -> str:
    """The same, for the screen that started it without a timer of its own (no JavaScript):
    what to do while it holds; nothing once it could no longer be going on."""
    found = running_hold(state)
    if found is None or not still_running(state, found[1], now):
        return ""
    when = found[1].at.astimezone(zone).strftime("%H:%M:%S")
    return (
        f"You started holding at {when} (screens following the session see it). Count "
        "slowly out loud (“one-thousand-one…”), and when you let go, tap your answer below."
    )
