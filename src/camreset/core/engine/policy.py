"""Choose the next step by expected cost of repair (ECR).

The evidence gives the belief and the steps still allowed, new and useful; `lookahead.decide`
chooses among them: exactly when the remaining problem is small enough, otherwise by a
one-step look-ahead over the greedy sequence, looking one step deeper at the best candidates
while the work allows (docs/engine-model.md, "Choosing the next step").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from camreset.core.engine import why as explain
from camreset.core.engine.compiled import Masses
from camreset.core.engine.evidence import (
    NOT_SURE,
    ActionFailed,
    Evidence,
    PartlyDone,
    belief,
    done_steps,
    live_evidence,
    normalise,
)
from camreset.core.engine.lookahead import DEFAULT_CONFIG, EngineConfig, decide
from camreset.core.engine.model import Number, TroubleshootingModel

__all__ = ["DEFAULT_CONFIG", "EngineConfig", "Recommendation", "candidates", "recommend"]


@dataclass(frozen=True)
class Recommendation:
    """The next step, the expected remaining cost if it is taken, and why."""

    kind: str
    step_id: str | None
    expected_cost: Number
    why: explain.Why = field(repr=False)


def candidates(
    model: TroubleshootingModel,
    evidence: Sequence[Evidence],
    allowed_actions: frozenset[str] | None,
    allowed_questions: frozenset[str] | None,
    m: Masses,
) -> tuple[list[int], list[int]]:
    """Indices of actions that could still fix and informative questions, allowed and new."""
    c = model.compiled
    done = done_steps(model, evidence)
    acts = [
        i
        for i, a in enumerate(c.action_ids)
        if a not in done
        and (allowed_actions is None or a in allowed_actions)
        and c.fix_mass(m, i) > 0
    ]
    qs = (
        [
            i
            for i, q in enumerate(c.question_ids)
            if q not in done
            and (allowed_questions is None or q in allowed_questions)
            and c.informative(m, i)
        ]
        if acts
        else []
    )
    return acts, qs


def recommend(
    model: TroubleshootingModel,
    evidence: Sequence[Evidence] = (),
    allowed_actions: frozenset[str] | None = None,
    allowed_questions: frozenset[str] | None = None,
    config: EngineConfig = DEFAULT_CONFIG,
) -> Recommendation:
    """The next step given the evidence; steps done, asked or not allowed are never proposed."""
    c = model.compiled
    b = belief(model, evidence)
    m = joint_masses(model, evidence)
    acts, qs = candidates(model, evidence, allowed_actions, allowed_questions, m)
    choice = decide(c, m, acts, qs, config, config.lookahead_work)
    cost = choice.value / sum(m)  # given the evidence
    if choice.kind == "action":
        step = c.action_ids[choice.index]
        return Recommendation("action", step, cost, explain.why_action(model, b, step))
    if choice.kind == "question":
        step = c.question_ids[choice.index]
        return Recommendation("question", step, cost, explain.why_question(model, b, step))
    if choice.kind == "service":
        return Recommendation("service", None, cost, explain.why_service(b))
    return Recommendation("none", None, 0, explain.why_none(b))


def joint_masses(model: TroubleshootingModel, evidence: Sequence[Evidence]) -> Masses:
    """P(fault and the live evidence) per fault, from the priors rescaled to sum 1.

    Updated step by step exactly as the look-ahead updates its outcomes, so a state it valued
    has the same key in the per-state cache when the session gets there (`belief` is the
    same, normalised). Assumes `belief` has already checked the evidence.
    """
    c = model.compiled
    actions, questions = c.action_index(), c.question_index()
    m = c.masses(normalise(model.faults))
    for item in live_evidence(model, evidence):
        if isinstance(item, ActionFailed):
            m = c.after_failure(m, actions[item.action_id])
        elif isinstance(item, PartlyDone):
            m = c.after_part(m, actions[item.action_id], item.faults)
        elif item.answer != NOT_SURE:
            q = questions[item.question_id]
            r = [answer for answer, _ in c.answers[q]].index(item.answer)
            m = c.after_answer(m, q, r)
    return m
