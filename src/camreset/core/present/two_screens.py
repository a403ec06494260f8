"""What a screen reads when its own answer or undo met another screen's: not saved, the same
answer already saved, an undo with nothing left to undo, two answers to one step, a hold kept
with another screen's answer.

These sentences were written three times over: in the step page's template, in the web's
pages (web/pages/moved.py) and in the terminal (cli/wizard/stale_words.py), "kept in step by
hand", and they had drifted (code review 71 C, #2). One place now; an adapter passes only its
own way back (`BACK_BELOW`: the page's button; `BACK_TYPED`: the terminal's key) and what it
alone knows (whether this browser gave an answer, the label of the answer refused).
"""

from __future__ import annotations

from camreset.core.present.number_words import clock
from camreset.core.present.screen_names import given_where, mid_sentence, who_all, who_did
from camreset.core.present.taken_back_words import found_back
from camreset.core.session import HistoryEntry, SessionEvent, SessionState
from camreset.core.session.events import LABEL, effective, moves_on
from camreset.core.session.overtaken import OVERTAKEN
from camreset.core.session.screens import BY, SCREEN

BACK_BELOW = "go back one step (below)"
"""How a web page's reader goes back one step: the button under the answers."""
BACK_TYPED = "type u to go back one step"
"""How a terminal's reader goes back one step."""

SAME_ANSWER = (
    "That answer was already saved (sent twice, here or on another screen): here is the next step."
)
"""The answer sent again, by this browser (a second tap) or a screen that cannot be told apart
from it: nothing was lost, so no "not saved" (review 65 D, #7)."""

HOLD_ELSEWHERE = (
    "A hold timed on another screen shows here as its timer starts, and how long it was once "
    "it stops."
)
"""Under a hold step's answers, before any hold is known: what a desk following the session
will see of the customer's hold, and when."""

ELSEWHERE = "on another screen or in another tab"
"""Where an answer that overtook this one came from, when no mark can say more."""


def _given(state: SessionState, entry: HistoryEntry | None) -> SessionEvent | None:
    """The event that gave `entry`, for its marks."""
    if entry is None:
        return None
    return next((e for e in state.events if (e.step, e.at) == (entry.step, entry.at)), None)


def _kept(state: SessionState) -> str:
    """ " (the last answer: “X” to “Y”)", or "" when there is none."""
    last = state.history[-1] if state.history else None
    if last is None or not last.answer_label:
        return ""
    return f" (the last answer: “{last.answer_label}” to “{last.title}”)"


def last_given_where(state: SessionState) -> str:
    """Where the answer standing last was given: "on another screen", "by the helpdesk"."""
    kept = [e for e in effective(list(state.events)) if moves_on(e)]
    return given_where(who_did(kept[-1].data if kept else {}))


def same_answer(
    state: SessionState, *, here: bool, screen: str | None = None, label: str | None = None
) -> str:
    """This screen's answer, refused as the very answer was saved first: `here`, by this
    browser, or by a screen with this one's mark (`screen`), which cannot be told from it
    (`SAME_ANSWER`); else who gave it, named as every screen names it. `label`: the answer
    as this screen showed it."""
    last = state.history[-1] if state.history else None
    given = _given(state, last)
    data = given.data if given is not None else {}
    alike = screen is not None and data.get(SCREEN) == screen and BY not in data
    if here or alike or last is None:
        return SAME_ANSWER
    who = who_did(data)
    said = label or last.answer_label
    return f"{who} gave the same answer (“{said}”), already saved: here is the next step."


def hold_kept(state: SessionState) -> str | None:
    """This page's timed hold, sent with the answer another screen had just given the same:
    kept with that answer. None when the last answer has no hold."""
    last = state.history[-1] if state.history else None
    if last is None or last.held is None:
        return None
    where = last_given_where(state)
    held = clock(last.held)
    return f"Your timed hold ({held}) is kept with the answer given {where}: here is the next step."


def not_saved(
    state: SessionState, yours: str | None, *, back: str, label: str | None = None
) -> str:
    """This screen's answer `yours` (an answer id), refused as the session had moved on: as
    another screen's answer to the same step landed first (its `overtaken` note names both;
    `back`: how this screen goes back one step), as an answer was taken back meanwhile, or as
    the step was answered before. `label`: the answer as this screen showed it, if known."""
    if (overtaken := _overtaken_note(state, yours, back)) is not None:
        return overtaken
    named = f"Your answer (“{label}”)" if label else "Your answer"
    if state.events and state.events[-1].type == "undone":  # taken back meanwhile
        undo = state.events[-1].data
        what = "the model found" if found_back(state) is not None else "an answer"
        return (
            f"{named} was not saved: {mid_sentence(who_did(undo))} took back {what} "
            "meanwhile. Here is where the session is now; answer again if it still applies."
        )
    return (
        f"{named} was not saved: that step had already been answered, {ELSEWHERE}"
        f"{_kept(state)}. Here is where the session is now; answer again here if it still "
        "applies."
    )


def _overtaken_note(state: SessionState, yours: str | None, back: str) -> str | None:
    """`not_saved` when another screen's answer to the step answered last came first and
    this one was noted as overtaken: the page only said the step "had already been answered"
    and to "answer again here", above the next, different question (review 65 D, #6)."""
    last = state.history[-1] if state.history else None
    if last is None or yours is None or not last.answer_label:
        return None
    noted = [
        e for e in state.events if e.type == OVERTAKEN and e.answer == yours and e.step == last.step
    ]
    if not noted:
        return None
    words = noted[-1].data.get(LABEL) or yours
    return (
        f"Your answer “{words}” was not saved: another screen or tab had already answered "
        f"“{last.answer_label}” to “{last.title}”. If yours is right, {back}. Here is the next "
        "step."
    )


def nothing_undone(state: SessionState) -> str:
    """An undo refused as the session had moved on (not back past its step: that is
    taken_back_past.taken_back_past)."""
    return f"Nothing was undone: the session had moved on elsewhere{_kept(state)}."


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
