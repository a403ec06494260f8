"""What a screen sent that was refused because the session was taken back past its step on
another screen (an undo, or back to the first question), said as that: the page said "that
step had already been answered" of a step nobody answered (merged-diff review 67, N #8).
"""

from __future__ import annotations

from camreset.core.present.moved import Moved
from camreset.core.present.moved_words import moved_words
from camreset.core.present.number_words import clock
from camreset.core.session import SessionState


def taken_back_over(
    state: SessionState,
    shown: SessionState | None,
    *,
    here: bool = False,
    mine: frozenset[int] = frozenset(),
    who: str | None = None,
) -> Moved | None:
    """What took the session back past the step a screen showed (`shown`: the session as it
    showed it), said for that screen (`who`: see `moved_words`); None when that step is still
    current, or was answered and its answer stands, or no answer was taken back since."""
    if shown is None or shown.current.id == state.current.id:
        return None
    page = shown.current.ref
    if any(h.ref == page for h in state.history):  # answered, and it stands
        return None
    after = len(shown.events)
    if not any(e.type == "undone" for e in state.events[after:]):
        return None
    return moved_words(state, here=here, since=shown, mine=mine, who=who)


SENT = ("answer", "hold", "undo", "check", "remote")
"""What a screen sent that was refused: an answer (with its hold, if any), a timed hold alone
(the terminal saves it as the timer stops, before the answer), an undo, or a check or reset
over the network (nothing is sent to the camera for a step no longer current)."""


def taken_back_past(
    state: SessionState,
    shown: SessionState | None,
    *,
    here: bool = False,
    mine: frozenset[int] = frozenset(),
    held: str | float = "",
    sent: str = "answer",
) -> str | None:
    """This page's answer, refused because the session was taken back past its step (an undo,
    or back to the first question, on another screen) while it was open, said as that: the
    page said "that step had already been answered" of a step nobody answered, and a hold
    timed there was dropped without a word (merged-diff review 67, N #8); the terminal, "took
    back an answer" of seven (session 68, K). `shown`: the session as the page showed it;
    `held`: the hold sent with the answer, in seconds; `sent`: what was refused (SENT). None
    when its step was answered (by another screen or tab) and still stands."""
    moved = taken_back_over(state, shown, here=here, mine=mine)
    if shown is None or moved is None:
        return None
    try:
        seconds = float(held)
    except ValueError:
        seconds = 0.0
    timed = clock(seconds) if 0 < seconds < 1e4 else ""
    title = shown.current.title
    if sent == "hold" and timed:
        what = f"The hold timed on “{title}” ({timed}) was not saved"
    elif sent == "undo":
        what = f"Nothing was undone on “{title}”"
    elif sent == "check":
        what = f"The camera was not checked for “{title}”"
    elif sent == "remote":
        what = f"Nothing was sent to the camera for “{title}”"
    else:
        hold = f", nor the hold timed with it ({timed})" if timed else ""
        what = f"Your answer to “{title}” was not saved{hold}"
    return f"{what}: the session was taken back past that step. {moved.said} {moved.here}"
