"""Exact expected costs of whole strategies, by recursion over the strategy tree (no sampling).

Outcomes follow the model itself: given fault k an action fixes with P(fix | k), a question is
answered a with P(a | k). `stale_after` only changes what the engine believes, never these
outcome probabilities, so the optimum ignores it.
"""

from __future__ import annotations

from collections.abc import Sequence

from camreset.core.engine.compiled import Masses
from camreset.core.engine.evidence import ActionFailed, Answered, Evidence
from camreset.core.engine.model import Number, TroubleshootingModel
from camreset.core.engine.policy import DEFAULT_CONFIG, EngineConfig, recommend
from camreset.core.engine.search import problem_size, solve
from camreset.core.engine.sequence import sequence_value
from camreset.errors import EvidenceError

DEFAULT_MAX_SIZE = 50_000
"""Largest problem (states: 2^actions · Π(answers+1)) `optimal_cost` solves before giving up."""


def optimal_cost(model: TroubleshootingModel, max_size: int = DEFAULT_MAX_SIZE) -> Number | None:
    """The minimum expected cost over all strategies, or None when the model is too large."""
    c = model.compiled
    acts = range(len(c.action_ids))
    qs = range(len(c.question_ids))
    if problem_size(c, acts, qs) > max_size:
        return None
    return solve(c, c.masses(model.faults), acts, qs).value


def policy_cost(model: TroubleshootingModel, config: EngineConfig = DEFAULT_CONFIG) -> Number:
    """The expected cost of following `recommend` from the start to the end of every branch."""
    c = model.compiled
    actions = c.action_index()
    questions = c.question_index()

    def go(evidence: tuple[Evidence, ...], m: Masses) -> Number:
        rec = recommend(model, evidence, config=config)
        total: Number = sum(m)
        if rec.kind == "service":
            assert c.service is not None
            return c.service * total
        if rec.kind == "action" and rec.step_id is not None:
            a = actions[rec.step_id]
            after = c.after_failure(m, a)
            rest = go((*evidence, ActionFailed(rec.step_id)), after) if sum(after) > 0 else 0
            return c.action_cost[a] * total + rest
        if rec.kind == "question" and rec.step_id is not None:
            q = questions[rec.step_id]
            cost: Number = c.question_cost[q] * total
            for r, (answer, _) in enumerate(c.answers[q]):
                after = c.after_answer(m, q, r)
                if sum(after) > 0:
                    cost += go((*evidence, Answered(rec.step_id, answer)), after)
            return cost
        return 0

    return go((), c.masses(model.faults))


def sequence_cost(model: TroubleshootingModel, action_ids: Sequence[str]) -> Number:
    """Expected cost of trying the actions in this order, then service if set and unfixed."""
    c = model.compiled
    index = c.action_index()
    order: list[int] = []
    for a in action_ids:
        if a not in index:
            raise EvidenceError(f"unknown action {a!r} in the sequence")
        if index[a] in order:
            raise EvidenceError(f"action {a!r} appears twice in the sequence")
        order.append(index[a])
    return sequence_value(c, c.masses(model.faults), order)


def fault_floor(model: TroubleshootingModel, fault: str) -> Number:
    """The least expected cost of ending the case if `fault` were known for certain.

    Kadane–Simon: try the actions that can fix it in descending P(fix)/cost, with service as
    a step that always works; stop at service. With fixes 0 or 1 this is the cheapest certain
    fix or service, whichever is cheaper. Without service and without a certain fix, every
    partial fix must still be tried (the case goes on while one could work).
    """
    steps: list[tuple[Number, Number]] = [
        (a.fixes[fault], a.cost) for a in model.actions if a.fixes.get(fault, 0) > 0
    ]
    if model.service_cost is not None:
        steps.append((1, model.service_cost))
    steps.sort(key=lambda pc: pc[1] / pc[0])  # ascending C/P = descending P/C
    spent: Number = 0
    left: Number = 1
    for p, cost in steps:
        spent += cost * left
        left *= 1 - p
        if left == 0:
            break
    return spent


def lower_bound(model: TroubleshootingModel) -> Number:
    """Perfect-information bound Σ P(F)·(least expected cost to end the case knowing F)."""
    total: Number = 0
    for fault, p in model.faults.items():
        total += p * fault_floor(model, fault)
    return total


def policy_and_optimal(
    model: TroubleshootingModel,
    config: EngineConfig = DEFAULT_CONFIG,
    max_size: int = DEFAULT_MAX_SIZE,
) -> tuple[Number, Number | None]:
    """(engine policy cost, optimal cost or None if too large): what the benchmark compares."""
    return policy_cost(model, config), optimal_cost(model, max_size)


def first_steps(
    model: TroubleshootingModel, limit: int = 5, config: EngineConfig = DEFAULT_CONFIG
) -> list[str]:
    """The engine's opening moves while every action fails, up to the first question."""
    evidence: list[Evidence] = []
    out: list[str] = []
    while len(out) < limit:
        try:
            rec = recommend(model, evidence, config=config)
        except EvidenceError:  # the last action fixes for certain: no failure branch
            break
        if rec.kind == "none":
            break
        out.append(rec.step_id or "service")
        if rec.kind != "action" or rec.step_id is None:
            break
        evidence.append(ActionFailed(rec.step_id))
    return out
