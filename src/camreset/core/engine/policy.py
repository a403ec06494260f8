"""Choose the next step by expected cost of repair (ECR).

When the remaining problem is small (see `EngineConfig.exact_limit`) the exact search decides.
Otherwise every candidate first step is valued as "this step, then the updating P-over-C
sequence of the remaining actions, escalating at its cheapest prefix": an action by its own
failure branch (a one-step look-ahead, which greedy misses for multi-fault actions), a question
by its answer branches, service by its cost. A question that wins must also beat asking it
after the best action (Heckerman et al. 1995: ask now, never, or after the best action).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from camreset.core.engine import why as explain
from camreset.core.engine.compiled import Compiled, Masses
from camreset.core.engine.evidence import Evidence, belief, done_steps
from camreset.core.engine.model import Number, TroubleshootingModel
from camreset.core.engine.search import Choice, problem_size, solve
from camreset.core.engine.sequence import greedy_value

KIND_ORDER = {"action": 0, "question": 1, "service": 2, "none": 3}


@dataclass(frozen=True)
class EngineConfig:
    """Tuning with named defaults; `exact_limit` 0 turns the exact search off."""

    exact_limit: int = 256
    """Largest remaining problem (states, see search.problem_size) solved exactly per step."""


DEFAULT_CONFIG = EngineConfig()


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
            and _informative(c, m, i)
        ]
        if acts
        else []
    )
    return acts, qs


def _informative(c: Compiled, m: Masses, q: int) -> bool:
    """False when every answer has the same likelihood for every fault still possible."""
    live = [i for i, x in enumerate(m) if x > 0]
    return any(len({lik[i] for i in live}) > 1 for _, lik in c.answers[q])


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
    m = c.masses(b)
    acts, qs = candidates(model, evidence, allowed_actions, allowed_questions, m)
    if problem_size(c, acts, qs) <= config.exact_limit:
        choice = solve(c, m, acts, qs)
    else:
        choice = heuristic(c, m, acts, qs)
    if choice.kind == "action":
        step = c.action_ids[choice.index]
        return Recommendation("action", step, choice.value, explain.why_action(model, b, step))
    if choice.kind == "question":
        step = c.question_ids[choice.index]
        return Recommendation("question", step, choice.value, explain.why_question(model, b, step))
    if choice.kind == "service":
        return Recommendation("service", None, choice.value, explain.why_service(b))
    return Recommendation("none", None, 0, explain.why_none(b))


def heuristic(c: Compiled, m: Masses, acts: Sequence[int], qs: Sequence[int]) -> Choice:
    """One explicit step, then the greedy sequence: polynomial, for large remaining problems."""
    total: Number = sum(m)
    if not acts:
        if c.service is None:
            return Choice("none", -1, 0)
        return Choice("service", -1, c.service * total)
    options: list[tuple[Number, int, int, Choice]] = []
    if c.service is not None:
        s = c.service * total
        options.append((s, KIND_ORDER["service"], -1, Choice("service", -1, s)))
    for a in acts:
        v = action_value(c, m, a, acts)
        options.append((v, KIND_ORDER["action"], a, Choice("action", a, v)))
    best_action = min(o for o in options if o[3].kind == "action")
    for q in qs:
        v = question_value(c, m, q, acts)
        if v < best_action[0] and v < _asked_after(c, m, q, best_action[2], acts):
            options.append((v, KIND_ORDER["question"], q, Choice("question", q, v)))
    return min(options, key=lambda o: o[:3])[3]


def action_value(c: Compiled, m: Masses, a: int, acts: Sequence[int]) -> Number:
    """ECR (unnormalised, like `m`) of doing `a` now, then the greedy sequence of the rest."""
    rest = [x for x in acts if x != a]
    return c.action_cost[a] * sum(m) + greedy_value(c, c.after_failure(m, a), rest)


def question_value(c: Compiled, m: Masses, q: int, acts: Sequence[int]) -> Number:
    """ECR of asking `q` now, then the greedy sequence given each answer."""
    v: Number = c.question_cost[q] * sum(m)
    for r in range(len(c.answers[q])):
        after = c.after_answer(m, q, r)
        if sum(after) > 0:
            v += greedy_value(c, after, acts)
    return v


def _asked_after(c: Compiled, m: Masses, q: int, a: int, acts: Sequence[int]) -> Number:
    """ECR of doing action `a` first and asking `q` only if it failed."""
    failed = c.after_failure(m, a)
    rest = [x for x in acts if x != a]
    first = c.action_cost[a] * sum(m)
    return first + question_value(c, failed, q, rest) if sum(failed) > 0 else first
