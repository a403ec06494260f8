"""What the terminal says when its answer came too late: the session had moved on elsewhere
(the customer's phone answered first). The web page says which answer was kept; the terminal
said only "moved on elsewhere", even when the two answers contradicted (helpdesk review 57)."""

from __future__ import annotations

from camreset.core.present.moved_words import taken_back_past, undoer
from camreset.core.present.screen_names import mid_sentence, who_did
from camreset.core.present.step import Step
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
    last = now.history[-1] if now.history else None
    kept = (
        f" (the last answer: “{last.answer_label}” to “{last.title}”)"
        if last is not None and last.answer_label
        else ""
    )
    taken_back = bool(now.events) and now.events[-1].type == "undone"  # taken back there
    if kind == "undo":
        return f"Nothing was undone: the session had moved on elsewhere{kept}."
    label = next((a.label for a in step.answers if a.id == answer), None)
    if last is not None and (last.step, last.answer) == (step.id, answer) and not taken_back:
        # what the web and the API take as no error: nothing was lost (review 65 D, #7)
        given = next((e for e in now.events if (e.step, e.at) == (last.step, last.at)), None)
        who = who_did(given.data if given is not None else {})  # as the web names it
        said = f"{who} gave the same answer (“{label}”), already saved"
        return f"{said}: here is the next step."
    yours = f"Your answer (“{label}”)" if label else "Your answer"
    if taken_back:
        return (
            f"{yours} was not saved: {mid_sentence(undoer(now.events))} took back an answer "
            "meanwhile. Here is "
            "where the session is now; answer again if it still applies."
        )
    # as the web says it (review 65 D, #6): "answer again" stood above another question
    return (
        f"{yours} was not saved: that step had already been answered on another screen{kept}. "
        "If yours is right, type u to go back one step. Here is the next step."
    )
