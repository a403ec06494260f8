"""What moved a session on elsewhere, told to a page that did not see it happen.

A step page open on two screens (a helpdesk agent's desk, the customer's phone) learns that
the other one answered: its script asks `/s/{id}/now`, and a page shown after the move says so.
Both say what was answered, in the words the undo button uses ("“X” to “Y”"), not only that
something changed: a person who hears the page change is told why. The words for what moved
the steps are the core's (core/present/moved_words.py): the terminal says them too.
"""

from __future__ import annotations

from camreset.core.present.detail_words import DETAIL_SAVED
from camreset.core.present.moved_words import (
    SOMEWHERE,
    Moved,
    last_move,
)
from camreset.core.present.moved_words import undone_count as undone_count
from camreset.core.present.moved_words import your_undo_words as your_undo_words
from camreset.core.present.screen_names import given_where, who_all, who_did
from camreset.core.present.words import clock
from camreset.core.session import HistoryEntry, SessionEvent, SessionState
from camreset.core.session.commands import REFERENCE
from camreset.core.session.events import (
    LABEL,
    standing_late,
)
from camreset.core.session.overtaken import OVERTAKEN

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


def overtaken_words(state: SessionState, *, here: bool, also_here: bool = False) -> str | None:
    """The answers another screen gave the step answered last, refused as this one landed
    first, said on the step after it: the agent whose "Yes" won was never told that the
    customer's phone said "No" (helpdesk review 60, #3). `here`: this browser gave the
    answer kept; `also_here`: and one refused (a second tap, another tab)."""
    last = state.history[-1] if state.history else None
    if last is None or not last.overtaken:
        return None
    theirs = " and ".join(f"“{words}”" for words in last.overtaken)
    again = "If that is wrong, go back one step."
    if here and also_here:
        return (
            f"This browser answered “{last.title}” twice (a second tap, or another tab): "
            f"“{last.answer_label}” came first and was kept; {theirs} was not saved. {again}"
        )
    if here:
        noted = [e for e in state.events if e.type == OVERTAKEN and e.step == last.step]
        who = who_all(who_did(e.data) for e in noted) if noted else who_did({})
        return (
            f"{who} answered {theirs} to “{last.title}” too; your "
            f"“{last.answer_label}” came first and was kept. {again}"
        )
    return (
        f"Two screens answered “{last.title}”: “{last.answer_label}” came first and was kept; "
        f"{theirs} was not saved. {again}"
    )


def not_saved_words(state: SessionState, yours: str) -> str | None:
    """This page's answer `yours`, refused as another screen's landed first on the step
    answered last, said with the answer kept; None if it is not noted there. The page only
    said the step "had already been answered" and to "answer again here", above the next,
    different question, without naming its own answer (review 65 D, #6)."""
    last = state.history[-1] if state.history else None
    noted = [
        e for e in state.events if e.type == OVERTAKEN and e.answer == yours and last is not None
        and e.step == last.step
    ]  # fmt: skip
    if last is None or not noted or not last.answer_label:
        return None
    words = noted[-1].data.get(LABEL) or yours
    return (
        f"Your answer “{words}” was not saved: another screen or tab had already answered "
        f"“{last.answer_label}” to “{last.title}”. If yours is right, go back one step "
        "(below). Here is the next step."
    )
