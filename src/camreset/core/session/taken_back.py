"""Answers a person took back (undo), kept for support: a button that was held stays held.

The session itself forgets an undone answer (it no longer counts as evidence), but support
should know that the camera was, say, held for 12 s and unplugged before the person changed
their mind. Rebuilt from the event log on every replay, so nothing is stored twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.feedback_words import feedback_question, feedback_words
from camreset.core.present.found_words import FOUND_ROW
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.session.events import STEP_EVENTS, TITLE, SessionEvent
from camreset.core.session.fold import Fold
from camreset.core.session.model_found import MODEL_FOUND
from camreset.core.session.shown import said_words, shown_step


@dataclass(frozen=True)
class TakenBack:
    """One answer taken back: the step, what was answered, when, and the hold timed on it."""

    title: str
    answer_label: str
    at: datetime
    held: float | None = None
    model: str | None = None
    """A model found on the label, taken back: its id (`title` "Model found", `answer_label`
    its name, for the words that say so on every screen); None: an answer."""


def taken_back(
    plan: CameraPlan,
    renderer: StepRenderer,
    fold: Fold,
    events: Sequence[SessionEvent],
    kept: Sequence[SessionEvent],
) -> tuple[TakenBack, ...]:
    """The step events of `events` that an undo dropped (those not in `kept`), in order, each
    page named as shown with the session's latest word on its power and feed (`fold`: what
    was said after an undone answer is rarely another way of powering it)."""
    still = {id(e) for e in kept}
    out = []
    for i, event in enumerate(events):
        if event.type == MODEL_FOUND and id(event) not in still:
            out.append(_found_taken_back(renderer, event))
            continue
        if event.type == "feedback" and event.step is not None and id(event) not in still:
            out.append(_feedback_taken_back(event, event.step))
            continue
        if event.type not in STEP_EVENTS or event.step is None or id(event) in still:
            continue
        step = shown_step(plan, renderer, fold, StepRef.parse(event.step))
        label = said_words(step, event.answer, event) if event.answer else None  # as chosen
        before, after = reversed(events[:i]), events[i + 1 :]  # after: timed on another screen
        holds = (e for e in (*before, *after) if e.type == "hold" and e.step == event.step)
        held = next((float(e.data.get("seconds", 0)) for e in holds), None)
        title = str(event.data.get(TITLE) or step.title)  # as shown, where the event kept it
        out.append(TakenBack(title, label or event.answer or event.type, event.at, held))
    return tuple(out)


def _found_taken_back(renderer: StepRenderer, event: SessionEvent) -> TakenBack:
    """A model found on the label, taken back by undo, named as its label was read: the
    person was silently back on the usual steps (session 73)."""
    model_id = str(event.data.get("model"))
    model = renderer.kb.models.get(model_id)
    name = model.name if model is not None else model_id
    return TakenBack(FOUND_ROW, name, event.at, model=model_id)


def _feedback_taken_back(event: SessionEvent, step: str) -> TakenBack:
    """A feedback taken back on the end page, with the person's words: an agent's Back on a
    finished session removed a customer's "Yes, it is fixed" and comment without trace
    (helpdesk review 57)."""
    ending = StepRef.parse(step).ref
    question = feedback_question(ending.replace("-", "_"), ending)
    fixed = str(event.data.get("fixed", ""))
    words = dict(feedback_words(ending))
    label = words.get(fixed, fixed)
    comment = str(event.data.get("comment") or "").strip()
    if comment:
        label = f"{label} (their words: “{comment}”)"
    return TakenBack(question, label, event.at)
