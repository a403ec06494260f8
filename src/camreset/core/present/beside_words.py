"""What changed beside a step on another screen (what is at hand, details, a hold timed
late), told to a page that did not see it happen, and whether its last undo was another's.

A step page open on two screens (a helpdesk agent's desk, the customer's phone) learns of a
change that moves no step from its `/now`, or on reload; the words are the core's, out of the
web's pages where they had been written (code review 71 C, #2).
"""

from __future__ import annotations

from camreset.core.present.detail_words import DETAIL_SAVED
from camreset.core.present.moved import SOMEWHERE, Moved, last_move
from camreset.core.present.number_words import clock
from camreset.core.present.screen_names import given_where, who_did
from camreset.core.session import HistoryEntry, SessionEvent, SessionState
from camreset.core.session.commands import REFERENCE
from camreset.core.session.events import standing_late

BESIDE = ("have", "details")
"""Changes that move no step, which a page open on another screen follows too: it followed
the step's id only, and an agent's page kept "At hand: nothing ticked" after the customer
ticked the paperclip, and the serial the customer saved stayed unseen (helpdesk review 67,
E #7)."""


def _beside(state: SessionState) -> list[int]:
    """Where the changes beside a step are in the log: what is at hand, details, and a hold
    timed on a page the other screen had answered (the agent's page kept "That answer came
    8.4 s after the hold page showed…" after the phone's 17 s hold was kept with it: a hold
    moves no step; session 67, after helpdesk review 67 E #2), while its answer stands."""
    late = set(standing_late(state.events))
    return [i for i, e in enumerate(state.events) if e.type in BESIDE or i in late]


def beside_count(state: SessionState) -> int:
    """How many changes beside a step the session has had: a page knows it has seen them all
    while the count is the one it was shown with."""
    return len(_beside(state))


def beside_words(
    state: SessionState, *, here: bool = False, mine: frozenset[int] = frozenset()
) -> Moved:
    """The last change beside a step, said for a page that did not see it made (`mine`: the
    event counts just after what this browser did, as for `moved_words`)."""
    at = _beside(state)
    last = state.events[at[-1]] if at else None
    if last is None:
        return Moved(SOMEWHERE, "Here is where it is now.")
    who = who_did(last.data, here=here)  # as every screen names it (screen_names.py)
    if last.type == "hold":
        return _late_hold_words(state, last, timed_here=at[-1] + 1 in mine)
    if last.type == "have":
        return Moved(f"{who} changed what is at hand.", "This page now shows it.")
    names = [DETAIL_SAVED[k] for k in DETAIL_SAVED if k in last.data]
    if not names and REFERENCE in last.data:  # the helper's own, not one for support
        return Moved(f"{who} changed this session's reference.", "It is below.")
    return Moved(f"{who} saved details for support: {', '.join(names)}.", "They are below.")


def _late_hold_words(state: SessionState, hold: SessionEvent, *, timed_here: bool) -> Moved:
    """A hold timed after the other screen answered its page, said on a page that did not
    see it kept: to the screen that timed it, as its own answer's page says it (`stale=3`);
    who gave the answer and who timed the hold named as every screen names them."""
    entry = next((h for h in reversed(state.history) if h.step == hold.step), None)
    seconds = clock(float(hold.data.get("seconds", 0)))
    answer = f" “{entry.answer_label}”" if entry is not None and entry.answer_label else ""
    if timed_here:
        given = _answer_event(state, entry)
        where = given_where(who_did(given.data if given is not None else {}))
        return Moved(
            f"Your timed hold ({seconds}) is kept with the answer{answer}, given {where}.",
            "Here is the next step.",
        )
    page = f" on “{entry.title}”" if entry is not None else ""
    said = f"{who_did(hold.data)} timed the hold{page}: {seconds}, kept with the answer{answer}."
    return Moved(said, "This page now goes by that hold.")


def _answer_event(state: SessionState, entry: HistoryEntry | None) -> SessionEvent | None:
    """The event that gave `entry`, for its marks."""
    if entry is None:
        return None
    return next((e for e in state.events if (e.step, e.at) == (entry.step, entry.at)), None)


def undone_elsewhere(state: SessionState, mine: frozenset[int]) -> bool:
    """Whether the session's last move is an undo this browser did not make (`mine`: the
    event counts after what it did): a page shown before it, reloaded without JavaScript,
    asked "Undo your last answer?" (a second undo) or, back at the first question, said
    nothing (merged-diff review 68, N #2, #12)."""
    at = last_move(state)
    return at >= 0 and state.events[at].type == "undone" and at + 1 not in mine
