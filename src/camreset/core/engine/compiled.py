"""An index-based copy of a model for the inner loops of planning.

Planning works on unnormalised masses m[k] = P(fault k and the evidence so far): updates are
plain products, no division, so exact Fractions stay cheap and floats stay fast. Steps are
numbered in id order, which makes "ties broken by id" a comparison of indices.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from camreset.core.engine.model import Number, TroubleshootingModel

Masses = list[Number]


class Memo:
    """A bounded map from a planning state to work done on it, emptied when full.

    Planning is a pure function of the state, so a hit never changes a choice. Every operation
    is one dict access or one rebinding, so concurrent sessions need no lock (the core starts
    no threads and imports no threading).
    """

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._table: dict[Any, Any] = {}

    def get(self, key: Any) -> Any:
        return self._table.get(key)

    def put(self, key: Any, value: Any) -> None:
        table = self._table
        if len(table) >= self.limit:
            table = self._table = {}
        table[key] = value

    def clear(self) -> None:
        self._table = {}


@dataclass(frozen=True)
class Compiled:
    """Faults, actions and questions as indices; actions and questions sorted by id."""

    faults: tuple[str, ...]
    action_ids: tuple[str, ...]
    action_cost: tuple[Number, ...]
    fixes: tuple[tuple[tuple[int, Number], ...], ...]
    """Per action: (fault index, P(fix | fault)) for every fault it can fix."""
    question_ids: tuple[str, ...]
    question_cost: tuple[Number, ...]
    answers: tuple[tuple[tuple[str, tuple[Number, ...]], ...], ...]
    """Per question: (answer, P(answer | fault) for each fault index)."""
    service: Number | None
    by_fault: tuple[tuple[tuple[int, Number], ...], ...]
    """Per fault: (action index, P(fix | fault)) for every action that can fix it."""
    certain: tuple[frozenset[int], ...]
    """Per action: the faults it fixes for certain (P(fix | fault) = 1)."""
    per_cost: tuple[Number, ...]
    """Per action: 1/cost (exact for int and Fraction costs; infinite for a free action)."""
    fixers: tuple[tuple[int, ...], ...]
    """Per fault: the actions that can fix it."""
    cheapest: tuple[tuple[tuple[int, Number], ...], ...]
    """Per fault: (action, P(fix | fault)) by ascending cost/P(fix), ties by index."""
    memo: Memo = field(default_factory=Memo, compare=False, repr=False)
    """One-step valuations per state (see lookahead.one_step)."""

    def masses(self, b: Mapping[str, Number]) -> Masses:
        return [b[f] for f in self.faults]

    def fix_mass(self, m: Sequence[Number], a: int) -> Number:
        """P(action `a` fixes and the evidence so far), unnormalised like `m`."""
        total: Number = 0
        for i, p in self.fixes[a]:
            total += m[i] * p
        return total

    def after_failure(self, m: Sequence[Number], a: int) -> Masses:
        out = list(m)
        for i, p in self.fixes[a]:
            out[i] = m[i] * (1 - p)
        return out

    def after_part(self, m: Sequence[Number], a: int, faults: frozenset[str]) -> Masses:
        """After the part of action `a` that addresses `faults` failed (see PartlyDone)."""
        out = list(m)
        for i, p in self.fixes[a]:
            if self.faults[i] in faults:
                out[i] = m[i] * (1 - p)
        return out

    def after_answer(self, m: Sequence[Number], q: int, answer: int) -> Masses:
        lik = self.answers[q][answer][1]
        return [x * lik[i] for i, x in enumerate(m)]

    def informative(self, m: Sequence[Number], q: int) -> bool:
        """False when every answer of `q` is equally likely under every fault still possible."""
        live = [i for i, x in enumerate(m) if x > 0]
        return any(len({lik[i] for i in live}) > 1 for _, lik in self.answers[q])

    def action_index(self) -> dict[str, int]:
        return {a: i for i, a in enumerate(self.action_ids)}

    def question_index(self) -> dict[str, int]:
        return {q: i for i, q in enumerate(self.question_ids)}


def compile_model(model: TroubleshootingModel) -> Compiled:
    """Build the index-based copy (answers kept in the model's order)."""
    faults = tuple(model.faults)
    actions = sorted(model.actions, key=lambda a: a.id)
    questions = sorted(model.questions, key=lambda q: q.id)
    fixes = tuple(
        tuple((i, a.fixes[f]) for i, f in enumerate(faults) if a.fixes.get(f, 0) > 0)
        for a in actions
    )
    by_fault = tuple(
        tuple((j, p) for j, fx in enumerate(fixes) for i, p in fx if i == k)
        for k in range(len(faults))
    )
    return Compiled(
        faults=faults,
        action_ids=tuple(a.id for a in actions),
        action_cost=tuple(a.cost for a in actions),
        fixes=fixes,
        question_ids=tuple(q.id for q in questions),
        question_cost=tuple(q.cost for q in questions),
        answers=tuple(
            tuple((ans, tuple(t.get(f, 0) for f in faults)) for ans, t in q.answers.items())
            for q in questions
        ),
        service=model.service_cost,
        by_fault=by_fault,
        certain=tuple(frozenset(i for i, p in fx if p == 1) for fx in fixes),
        per_cost=tuple(_inverse(a.cost) for a in actions),
        fixers=tuple(tuple(j for j, _ in fx) for fx in by_fault),
        cheapest=tuple(
            tuple(sorted(fx, key=lambda jp: (actions[jp[0]].cost / jp[1], jp[0])))
            for fx in by_fault
        ),
    )


def _inverse(cost: Number) -> Number:
    if cost == 0:
        return math.inf
    return 1 / (cost if isinstance(cost, float) else Fraction(cost))
