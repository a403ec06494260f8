"""A doorbell whose power the person is not sure of: its usual ways, battery and wiring, first.

An unknown-brand doorbell whose light was off, "How is the doorbell powered? — Not sure", was
asked for another PoE port, the light at its port, a lamp in "the same outlet the doorbell
uses" and its injector, and never to charge its battery or check its doorbell wiring, the
two ways every doorbell the knowledge base lists has one of (session-71 review E, #1). From
logs written under UNSURE_DOORBELL_RULES, that "Not sure" leaves out the steps meant for
other ways of powering it (an outlet, PoE), as an answer naming a way does for the others,
and what tells of its battery's charge and its transformer comes before a press, and the
attempt that powers a way said short of power ("Low", "No, it gives less") after it; it says
nothing of how it is powered, so the report still says "Not sure".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered, Evidence, belief
from camreset.core.engine.policy import Recommendation
from camreset.core.engine.why import why_action, why_question
from camreset.core.kb.troubleshooting import Capability, Phase
from camreset.core.present.words import NOT_SURE
from camreset.core.session.later_rules import UNSURE_DOORBELL_RULES
from camreset.core.session.said import last_said, latest_is

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.present.step import Step
    from camreset.core.session.fold import Fold
    from camreset.core.session.state import SessionFold


def rules_out(fold: Fold, plan: CameraPlan, ref: str, answer: str) -> frozenset[str] | None:
    """The steps "Not sure" on a doorbell's power question leaves out (None: not that answer,
    not a doorbell of unsourced power, or a log started before)."""
    if answer != NOT_SURE or fold.rules < UNSURE_DOORBELL_RULES or not plan.usual_power:
        return None
    if not any(a.power for a in plan.questions[ref].answers):
        return None
    return plan.not_for_power(plan.usual_power)


USUAL = (
    ("battery-level", "low", "charge-battery"),
    ("transformer-rating", "too-little", "doorbell-power"),
)
"""Each usual way: what tells of its power (cheapest first: "Is the battery full enough?",
then "What does the doorbell transformer say?"), the answer that says it is short of power,
and the attempt that powers it then ("Charge or renew the battery", "Enough power")."""


def step_first(
    plan: CameraPlan, fold: Fold, rec: Recommendation, evidence: tuple[Evidence, ...]
) -> Recommendation:
    """Instead of `rec`, once the doorbell's power was "Not sure": the attempt that powers the
    way said short of power (not tried yet) instead of any step not meant to power it; else,
    instead of a press, the question of a usual way still to ask (each once). The engine
    still weighs an outlet and PoE, which "Not sure" does not rule out for it, above a flat
    battery for a dark camera: "Low" was followed by "How long had it been on?"."""
    if fold.rules < UNSURE_DOORBELL_RULES or not plan.usual_power or fold.phase is not Phase.reset:
        return rec
    powering = rec.kind == "action" and rec.step_id is not None and plan.powers_it(rec.step_id)
    if powering or rec.kind == "service" or not _unsure(plan, fold):
        return rec
    model = plan.reset.engine
    acts = plan.reset.allowed_actions(fold.available, fold.ruled_out)
    for question, short, action in USUAL:
        said = latest_is(fold, Answered(question, short))
        if said and action in acts and action not in fold.tried:
            why = why_action(model, belief(model, evidence), action)
            return Recommendation("action", action, rec.expected_cost, why)
    press = plan.reset.actions.get(rec.step_id or "")
    if press is None or Capability.button not in press.needs:
        return rec
    qs = plan.reset.allowed_questions(frozenset(fold.have), fold.ruled_out)
    for question, _, _ in USUAL:
        if question in qs and last_said(fold, question) is None:
            why = why_question(model, belief(model, evidence), question)
            minutes = plan.questions[question].minutes
            return Recommendation("question", question, rec.expected_cost + minutes, why)
    return rec


def _unsure(plan: CameraPlan, fold: Fold) -> bool:
    """Whether the person's own latest word on how it is powered is "Not sure"."""
    asked = (q for q, spec in plan.reset.questions.items() if any(a.power for a in spec.answers))
    return any(latest_is(fold, Answered(q, NOT_SURE)) for q in asked)


UNSURE_NOTICES = {
    "battery-level": "You weren't sure how it is powered: every doorbell we list runs on a "
    "battery or on the old doorbell's wires, so those come first. No battery? Answer “I can't "
    "do this”.",
    "transformer-rating": "Not on the old doorbell's wires? Answer “I can't do this”.",
}
"""Above the question of a usual way asked instead of a press: why it comes, and the answer for
a doorbell powered the other way ("Is the battery full enough?" alone puzzled a person who did
not know it had one)."""


def unsure_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice above "Is the battery full enough?" or the transformer's question, asked
    because the doorbell's power was "Not sure" (UNSURE_DOORBELL_RULES)."""
    if step.ref.kind != "question" or step.ref.ref not in UNSURE_NOTICES:
        return None
    if fold.rules < UNSURE_DOORBELL_RULES or not plan.usual_power or not _unsure(plan, fold):
        return None
    return UNSURE_NOTICES[step.ref.ref]
