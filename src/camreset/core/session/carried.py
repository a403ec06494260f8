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
from camreset.core.session.said import Derived


def carried(
    plan: CameraPlan, reset_evidence: Sequence[Evidence], last_reset: str | None
) -> list[Derived]:
    """The setup phase's answers taken from what was said while resetting: not one that a
    later failed attempt made stale, nor one that the attempt that reset it (`last_reset`)
    answers ("Check the hub, then reset" worked: the hub is on now)."""
    said = {
        item.question_id: item.answer
        for item in live_evidence(plan.reset.engine, reset_evidence)
        if isinstance(item, Answered)
        and last_reset not in plan.reset.questions[item.question_id].stale_after
    }
    return [
        Derived(qid, said[spec.carried_from])
        for qid, spec in plan.setup.questions.items()
        if spec.carried_from in said
    ]


def into_setup(
    plan: CameraPlan, parked: list[Evidence], reset: Sequence[Evidence], last_reset: str | None
) -> None:
    """Put into the setup phase's evidence (`parked`) what carries over now, in place of what
    carried over before: a session that went back to resetting carries its newer answer, or
    none once a repair made it stale. The same answer carried again keeps its place, so an
    attempt that made it stale while adding ("Check the hub, then add it") still does."""
    now = carried(plan, reset, last_reset)
    twins = {qid for qid, spec in plan.setup.questions.items() if spec.carried_from}
    parked[:] = [
        e for e in parked if e in now or not (isinstance(e, Answered) and e.question_id in twins)
    ]
    parked.extend(item for item in now if item not in parked)
