"""Answers that still hold once the camera is reset, carried into adding it.

A phone reviewer's Blink session said the Sync Module was offline while resetting; once the
camera reset, adding it through that module failed, and the report's likeliest cause was
"it only has to be added": the setup phase had never heard about the hub. A setup question
with `carried_from` takes the reset question's live answer (not one a later repair made
stale) as a `Derived` answer: evidence, never shown as asked (and never asked itself: the
setup phase's hub is checked by its own attempt, "Check the hub, then add the camera").
"""

from __future__ import annotations

from collections.abc import Sequence

from camreset.core.engine.evidence import Answered, Evidence, live_evidence
from camreset.core.guide.plan import CameraPlan
from camreset.core.session.detours import Derived


def carried(plan: CameraPlan, reset_evidence: Sequence[Evidence]) -> list[Derived]:
    """The setup phase's answers taken from what was said while resetting."""
    said = {
        item.question_id: item.answer
        for item in live_evidence(plan.reset.engine, reset_evidence)
        if isinstance(item, Answered)
    }
    return [
        Derived(qid, said[spec.carried_from])
        for qid, spec in plan.setup.questions.items()
        if spec.carried_from in said and qid in plan.setup.engine.question_ids
    ]


def into_setup(plan: CameraPlan, parked: list[Evidence], reset: Sequence[Evidence]) -> None:
    """Put into the setup phase's evidence (`parked`) what carries over now, in place of what
    carried over before: a session that went back to resetting carries its newer answer, or
    none once a repair made it stale (the hub checked since)."""
    twins = {qid for qid, spec in plan.setup.questions.items() if spec.carried_from}
    parked[:] = [e for e in parked if not (isinstance(e, Answered) and e.question_id in twins)]
    parked.extend(carried(plan, reset))
