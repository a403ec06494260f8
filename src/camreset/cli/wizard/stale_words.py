"""What the terminal says when its answer came too late: the session had moved on elsewhere
(the customer's phone answered first). The words are the web's, from one place
(core/present/two_screens.py); the terminal gives only its own way back (`u`)."""

from __future__ import annotations

from camreset.core.present.step import Step
from camreset.core.present.taken_back_past import taken_back_past
from camreset.core.present.two_screens import BACK_TYPED, not_saved, nothing_undone, same_answer
from camreset.core.session import SessionState


def stale_words(
    step: Step, kind: str, answer: str | None, now: SessionState, shown: SessionState | None = None
) -> str:
    """The notice for an answer (or undo) on `step` that another screen overtook; `shown`: the
    session as this terminal showed it, so that answers taken back past its step are said as
    the web says them, counted (session 68, K)."""
    kind = "undo" if kind == "start" else kind  # back to the first question: an undo too
    sent = "answer" if kind == "answer" else "undo"
    if (past := taken_back_past(now, shown, sent=sent)) is not None:
        return past
    if kind == "undo":
        return nothing_undone(now)
    label = next((a.label for a in step.answers if a.id == answer), None)
    last = now.history[-1] if now.history else None
    taken_back = bool(now.events) and now.events[-1].type == "undone"  # taken back there
    if last is not None and (last.step, last.answer) == (step.id, answer) and not taken_back:
        # what the web and the API take as no error: nothing was lost (review 65 D, #7)
        return same_answer(now, here=False, label=label)
    return not_saved(now, answer, back=BACK_TYPED, label=label)
