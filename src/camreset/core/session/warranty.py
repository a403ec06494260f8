"""A support page promises a warranty only to someone who said the camera was always theirs.
A second-hand Tapo C420 with a flat battery ended at "decide on a repair or a replacement
under warranty" (phone review 64, F6), and so did a buyer who went straight to "It won't
switch on" and never said where the camera came from: a warranty left on it may be its
first buyer's, or have run out. Words only: which page comes is the engine's, as before."""

from __future__ import annotations

from dataclasses import replace

from camreset.core.present.step import Step
from camreset.core.session.said import came_from_someone_else
from camreset.core.session.state import SessionFold

UNDER_WARRANTY = "a repair or a replacement under warranty"
"""How the knowledge base's support pages end (`escalation` in troubleshooting.yaml)."""
FIRST_BUYERS = (
    "a repair or a replacement (any warranty left on it may be in its first buyer's name)"
)
NOT_SAID = "a repair or a replacement, and whether a warranty still covers it"
"""For someone who never said whose the camera was: no warranty is taken for granted."""


def for_whoever_bought_it(step: Step, fold: SessionFold) -> Step:
    """The support page as it reads to this person: a warranty promised only to someone who
    said the camera has always been theirs."""
    if step.kind != "outcome" or UNDER_WARRANTY not in step.text:
        return step
    if came_from_someone_else(fold):
        return replace(step, text=step.text.replace(UNDER_WARRANTY, FIRST_BUYERS))
    if _always_theirs(fold):
        return step
    return replace(step, text=step.text.replace(UNDER_WARRANTY, NOT_SAID))


def _always_theirs(fold: SessionFold) -> bool:
    """The person's latest answer to "did the camera come from someone else?" was "No, it has
    always been mine". Read off the history: the answer is a setup question's, and a support
    page in the reset phase has that phase's evidence only."""
    asked = [h for h in fold.history if h.ref.kind == "question"]
    said = [h.answer for h in asked if h.ref.ref == "second-hand"]
    return bool(said) and said[-1] == "no"
