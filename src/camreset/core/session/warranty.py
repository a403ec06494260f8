"""A support page for a camera that came from someone else promises no warranty: what is left
of one may be its first buyer's. A second-hand Tapo C420 with a flat battery ended at "decide
on a repair or a replacement under warranty" (phone review 64, F6). Words only: which page
comes is the engine's, as before."""

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


def for_whoever_bought_it(step: Step, fold: SessionFold) -> Step:
    """The support page as it reads to this person: no warranty for a second-hand buyer."""
    if step.kind != "outcome" or UNDER_WARRANTY not in step.text:
        return step
    if not came_from_someone_else(fold):
        return step
    return replace(step, text=step.text.replace(UNDER_WARRANTY, FIRST_BUYERS))
