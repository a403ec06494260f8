"""A single-fault troubleshooting model: causes with priors, repair actions, questions.

Numbers may be ints, floats or `fractions.Fraction`; nothing here converts them, so a model
built from fractions yields exact results everywhere in the engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeAlias

from camreset.errors import EvidenceError

if TYPE_CHECKING:
    from camreset.core.engine.compiled import Compiled

Number: TypeAlias = float | Fraction
"""A probability or cost: int, float or Fraction (mypy treats int as a float)."""


@dataclass(frozen=True)
class Action:
    """A repair step; `fixes[f]` = P(the device works afterwards | fault f), missing = 0.

    `stale_after`: once one of these other actions has been done, an earlier failure of this
    one no longer describes the device (adding a camera that has since been reset again): it
    is dropped from the evidence and the action may be done again.
    """

    id: str
    cost: Number
    fixes: Mapping[str, Number]
    stale_after: frozenset[str] = field(default_factory=frozenset)

    def p_fix(self, fault: str) -> Number:
        """P(this action fixes the device | `fault`)."""
        return self.fixes.get(fault, 0)


@dataclass(frozen=True)
class Question:
    """An observation; `answers[a][f]` = P(answer a | fault f).

    `stale_after`: once one of these actions has been done, an earlier answer no longer
    describes the device and is dropped from the evidence.
    """

    id: str
    cost: Number
    answers: Mapping[str, Mapping[str, Number]]
    stale_after: frozenset[str] = field(default_factory=frozenset)

    def likelihood(self, answer: str, fault: str) -> Number:
        """P(`answer` | `fault`); an answer the model does not list is an error."""
        try:
            table = self.answers[answer]
        except KeyError:
            raise EvidenceError(f"question {self.id!r} has no answer {answer!r}") from None
        return table.get(fault, 0)


@dataclass(frozen=True)
class TroubleshootingModel:
    """Faults (exactly one is present), actions, questions and the optional service cost.

    `service_cost` None means there is no escalation: a strategy continues until the device
    works or no untried action could still fix it, and an unfixed case just stops.
    """

    faults: Mapping[str, Number]
    actions: tuple[Action, ...]
    questions: tuple[Question, ...] = ()
    service_cost: Number | None = None

    def action(self, action_id: str) -> Action:
        """The action with this id, or EvidenceError."""
        for a in self.actions:
            if a.id == action_id:
                return a
        raise EvidenceError(f"unknown action {action_id!r}")

    def question(self, question_id: str) -> Question:
        """The question with this id, or EvidenceError."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise EvidenceError(f"unknown question {question_id!r}")

    @property
    def action_ids(self) -> frozenset[str]:
        return frozenset(a.id for a in self.actions)

    @property
    def question_ids(self) -> frozenset[str]:
        return frozenset(q.id for q in self.questions)

    @cached_property
    def compiled(self) -> Compiled:
        """Index-based copy for planning, built once per model."""
        from camreset.core.engine.compiled import compile_model

        return compile_model(self)

    @classmethod
    def from_json(cls, obj: Any, source: str = "<model>") -> TroubleshootingModel:
        """Build a model from parsed JSON, raising ModelFormatError with a field path."""
        from camreset.core.engine.model_json import parse_model

        return parse_model(obj, source)

    def to_json(self) -> dict[str, Any]:
        """The JSON form read by `from_json` (numbers kept as they are)."""
        out: dict[str, Any] = {
            "faults": dict(self.faults),
            "actions": [_action_json(a) for a in self.actions],
            "questions": [_question_json(q) for q in self.questions],
        }
        if self.service_cost is not None:
            out["service_cost"] = self.service_cost
        return out


def _action_json(a: Action) -> dict[str, Any]:
    out: dict[str, Any] = {"id": a.id, "cost": a.cost, "fixes": dict(a.fixes)}
    if a.stale_after:
        out["stale_after"] = sorted(a.stale_after)
    return out


def _question_json(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": q.id,
        "cost": q.cost,
        "answers": {a: dict(t) for a, t in q.answers.items()},
    }
    if q.stale_after:
        out["stale_after"] = sorted(q.stale_after)
    return out
