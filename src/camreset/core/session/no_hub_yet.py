"""Whether "What went wrong when you added it?" offers "I have no <hub> yet", and what that
answer does: the session stops at a page that says to get the hub first (session-65 diff
review, H #6). Offered on a camera that pairs through a hub a new owner needs too; no log
written before it can hold it, so no logged answer reads otherwise."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.account_words import hub_for_buyer
from camreset.core.present.no_hub_yet import NEEDS_HUB_END, NO_HUB_YET, no_hub_answer
from camreset.core.present.step import Step, StepRef
from camreset.core.session.trouble_first import TROUBLE

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold


def with_no_hub_answer(plan: CameraPlan, step: Step) -> Step:
    """`step` with the answer among its own, before its way-outs, where it is offered."""
    hub = plan.model.pairs_via
    if step.ref.kind != "question" or step.ref.ref != TROUBLE or hub is None:
        return step
    if hub_for_buyer(plan.model) is None or step.offers(NO_HUB_YET):
        return step
    at = next((i for i, a in enumerate(step.answers) if a.role != "answer"), len(step.answers))
    answers = (*step.answers[:at], no_hub_answer(hub.name), *step.answers[at:])
    return replace(step, answers=answers)


def answer_no_hub(plan: CameraPlan, fold: Fold, ref: StepRef, given: str) -> str | None:
    """The result of the answer, which ends the session at its page; None for any other."""
    if ref.kind != "question" or ref.ref != TROUBLE or given != NO_HUB_YET:
        return None
    fold.outcome = NEEDS_HUB_END
    hub = plan.model.pairs_via
    return f"no {hub.name if hub else 'hub'} yet"
