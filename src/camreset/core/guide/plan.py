"""Compile the camera knowledge base into the engine's generic troubleshooting model.

One `CameraPlan` per model: causes with the line's priors (renormalised, plus the leak),
reset attempts and questions with their costs, and which of them this model allows.
"""

from __future__ import annotations

from dataclasses import dataclass

from camreset.core.engine.model import Action, Question, TroubleshootingModel
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import ResolvedModel
from camreset.core.kb.troubleshooting import Action as ActionSpec
from camreset.core.kb.troubleshooting import Capability
from camreset.core.kb.troubleshooting import Question as QuestionSpec
from camreset.core.kb.values import SoftwareVia


@dataclass(frozen=True)
class CameraPlan:
    """The generic model for one camera model, and the KB records behind its steps."""

    model: ResolvedModel
    engine: TroubleshootingModel
    actions: dict[str, ActionSpec]
    questions: dict[str, QuestionSpec]
    cause_names: dict[str, str]

    def allowed_actions(self, have: frozenset[str], excluded: frozenset[str]) -> frozenset[str]:
        """Reset attempts this person can carry out: preconditions met, not refused."""
        return frozenset(
            a.id
            for a in self.actions.values()
            if a.id not in excluded
            and all(req.value in have for req in a.requires)
            and (not a.requires_any or any(req.value in have for req in a.requires_any))
        )

    def allowed_questions(self, excluded: frozenset[str]) -> frozenset[str]:
        return frozenset(q for q in self.questions if q not in excluded)


def _capable(model: ResolvedModel, need: Capability) -> bool:
    button = model.button
    if need is Capability.button:
        return button is not None and button.present
    if need is Capability.cover:
        return button is not None and bool(button.open_first)
    via = {
        Capability.app_reset: SoftwareVia.app,
        Capability.web_reset: SoftwareVia.web,
        Capability.client_reset: SoftwareVia.client,
    }[need]
    return bool(model.software_paths(via))


def _applies(spec: ActionSpec | QuestionSpec, model: ResolvedModel) -> bool:
    if spec.applies_to_lines is not None and model.line.id not in spec.applies_to_lines:
        return False
    needs = spec.needs if isinstance(spec, ActionSpec) else []
    return all(_capable(model, need) for need in needs)


def priors(kb: KnowledgeBase, line_id: str) -> dict[str, float]:
    """Cause priors for a line (its overrides applied), with the leak, summing to 1."""
    ts = kb.troubleshooting
    weights = {c.id: c.line_priors.get(line_id, c.prior) for c in ts.causes}
    weights[ts.leak.id] = ts.leak.prior
    total = sum(weights.values())
    return {k: v / total for k, v in weights.items() if v > 0}


def _noisy(p: float, noise: float, answers: int) -> float:
    """P(answer | cause) when a share `noise` of answers is picked at random instead."""
    return (1 - noise) * p + noise / answers


def compile_plan(kb: KnowledgeBase, model: ResolvedModel) -> CameraPlan:
    """The engine model for `model`: only steps that apply to it, costs in minutes."""
    ts = kb.troubleshooting
    faults = priors(kb, model.line.id)
    actions = {a.id: a for a in ts.actions if _applies(a, model)}
    questions = {q.id: q for q in ts.questions if _applies(q, model)}
    engine = TroubleshootingModel(
        faults=faults,
        actions=tuple(
            Action(
                id=a.id,
                cost=a.minutes + ts.effort_minutes.get(a.effort, 0),
                fixes={k: v for k, v in a.fixes.items() if k in faults},
            )
            for a in actions.values()
        ),
        questions=tuple(
            Question(
                id=q.id,
                cost=q.minutes,
                answers={
                    ans.id: {
                        f: _noisy(
                            ans.likelihood.get(f, ans.likelihood["default"]),
                            ts.answer_noise,
                            len(q.answers),
                        )
                        for f in faults
                    }
                    for ans in q.answers
                },
                stale_after=frozenset(q.stale_after),
            )
            for q in questions.values()
        ),
        service_cost=ts.escalation.minutes,
    )
    names = {c.id: c.name for c in ts.causes}
    names[ts.leak.id] = ts.leak.name
    return CameraPlan(model, engine, actions, questions, names)
