"""Beyond the exact limit: the closing set and the second step change choices for the
better, pruning by bounds changes none, and every estimate is the cost of a real strategy."""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction as F
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from camreset.core.engine.compiled import Compiled
from camreset.core.engine.evidence import ActionFailed, Answered, Evidence, belief
from camreset.core.engine.exact import optimal_cost, policy_cost, sequence_cost
from camreset.core.engine.lookahead import Option, exact_affordable, one_step, two_steps, work
from camreset.core.engine.model import Action, Number, TroubleshootingModel
from camreset.core.engine.policy import EngineConfig, candidates, recommend
from camreset.core.engine.random_models import generate
from camreset.core.engine.search import solve
from camreset.core.engine.sequence import closing_set, greedy_value
from camreset.errors import EvidenceError

from .test_exact import _exact
from .test_sequence import DEAD

ONE_STEP = EngineConfig(exact_limit=0, lookahead=0)
TWO_STEPS = EngineConfig(exact_limit=0)


def test_without_service_the_one_step_values_count_the_closing_set() -> None:
    # DEAD (test_sequence): F0 2/5 nothing fixes; A (1) fixes F1, F2; B (5) fixes F1-F3;
    # C, D (2 each) fix F3 half the time. A, then B for what is left: 1 + 3/5·5 = 4, the
    # optimum. Valued with the P/C order after A (C, D, then B) A looked like 1 + 89/20,
    # dearer than B alone (5), and the engine proposed B.
    assert sequence_cost(DEAD, ["A", "B"]) == 4 == optimal_cost(DEAD)
    for config in (ONE_STEP, TWO_STEPS):
        rec = recommend(DEAD, [], config=config)
        assert (rec.step_id, rec.expected_cost) == ("A", 4)
        assert policy_cost(DEAD, config) == 4


# No service. A4 fixes F1 and F2 and F3 two times in three, so after A1 fails it is first by
# P/C ((1/5 + 2/5·2/3)/9 = 7/135 > 1/20 for A2 and A3), though A2 then A3 is cheaper there.
LOOK_TWICE = TroubleshootingModel(
    {"F1": F(2, 5), "F2": F(1, 5), "F3": F(2, 5)},
    (
        Action("A1", 3, {"F1": 1}),
        Action("A2", 8, {"F1": 1, "F3": 1}),
        Action("A3", 4, {"F2": 1}),
        Action("A4", 9, {"F1": 1, "F2": 1, "F3": F(2, 3)}),
    ),
)


def test_a_second_step_finds_what_the_greedy_sequence_hides() -> None:
    # Optimum: A1, A2, A3 = 3 + 3/5·8 + 1/5·4 = 43/5.
    assert sequence_cost(LOOK_TWICE, ["A1", "A2", "A3"]) == F(43, 5) == optimal_cost(LOOK_TWICE)
    # One step: A1 then the greedy A4, A2 = 3 + 3/5·9 + 2/15·8 = 142/15; A2 then A3 =
    # 8 + 1/5·4 = 44/5 looks best.
    one = recommend(LOOK_TWICE, [], config=ONE_STEP)
    assert (one.step_id, one.expected_cost) == ("A2", F(44, 5))
    # Two steps: after A1, A2 then A3 (or A3 then A2) = 3/5·8 + 1/5·4 = 28/5: 3 + 28/5.
    two = recommend(LOOK_TWICE, [], config=TWO_STEPS)
    assert (two.step_id, two.expected_cost) == ("A1", F(43, 5))
    assert policy_cost(LOOK_TWICE, TWO_STEPS) == F(43, 5) < policy_cost(LOOK_TWICE, ONE_STEP)


def plain_one_step(
    c: Compiled, m: Sequence[Number], acts: Sequence[int], qs: Sequence[int], width: int
) -> Option:
    """The best one-step option with every candidate valued in full (no bounds, no cache)."""
    total = sum(m)
    closing = closing_set(c, m, acts)

    def without(a: int) -> list[int] | None:
        return None if closing is None else [x for x in closing if x != a]

    def after_action(a: int, masses: Sequence[Number]) -> Number:
        after = c.after_failure(masses, a)
        rest = [x for x in acts if x != a]
        return greedy_value(c, after, rest, closing=without(a)) if sum(after) > 0 else 0

    def ask(q: int, masses: Sequence[Number], pool: Sequence[int], cl: list[int] | None) -> Number:
        v: Number = c.question_cost[q] * sum(masses)
        for r in range(len(c.answers[q])):
            after = c.after_answer(masses, q, r)
            if sum(after) > 0:
                v += greedy_value(c, after, pool, closing=cl)
        return v

    top = sorted(acts, key=lambda a: (-c.fix_mass(m, a) * c.per_cost[a], a))[:width]
    options: list[Option] = [(c.action_cost[a] * total + after_action(a, m), 0, a) for a in top]
    best_value, _, best = min(options)
    for q in qs:
        v = ask(q, m, acts, closing)
        failed = c.after_failure(m, best)
        later = c.action_cost[best] * total
        if sum(failed) > 0:
            later += ask(q, failed, [x for x in acts if x != best], without(best))
        if v < best_value and v < later:
            options.append((v, 1, q))
    if c.service is not None:
        options.append((c.service * total, 2, -1))
    return min(options)


def _situation(seed: int) -> tuple[TroubleshootingModel, list[Evidence]]:
    """An exact random model beyond the exact limit and some evidence possible under it."""
    rng = random.Random(seed)
    model = _exact(generate(rng, faults=(3, 6), actions=(5, 9), questions=(0, 2)))
    evidence: list[Evidence] = []
    for step in rng.sample(sorted(model.action_ids | model.question_ids), rng.randint(0, 3)):
        if step.startswith("A"):
            item: Evidence = ActionFailed(step)
        else:
            item = Answered(step, rng.choice(sorted(model.question(step).answers)))
        try:
            belief(model, [*evidence, item])
        except EvidenceError:
            continue
        evidence.append(item)
    return model, evidence


def _choices(seed: int) -> tuple[Any, list[Any], Any, Any, Any, Any]:
    """The seed's situation, its compiled model, the masses and the engine's candidates."""
    model, evidence = _situation(seed)
    c = model.compiled
    m = c.masses(belief(model, evidence))
    acts, qs = candidates(model, evidence, None, None, m)
    return model, evidence, c, m, acts, qs


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6))
def test_pruning_by_bounds_changes_no_choice(seed: int) -> None:
    _, _, c, m, acts, qs = _choices(seed)
    if not acts:
        return
    c.memo.clear()
    pruned = min(one_step(c, m, acts, qs, ONE_STEP))
    assert pruned == plain_one_step(c, m, acts, qs, ONE_STEP.candidates)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from([ONE_STEP, TWO_STEPS, EngineConfig()]))
def test_every_estimate_is_the_cost_of_a_real_strategy(seed: int, config: EngineConfig) -> None:
    model, evidence, c, m, acts, qs = _choices(seed)
    rec = recommend(model, evidence, config=config)
    assert rec.expected_cost >= solve(c, m, acts, qs).value


def test_the_cache_never_changes_a_recommendation() -> None:
    for seed in range(10):
        model, evidence = _situation(seed)
        for config in (ONE_STEP, TWO_STEPS, EngineConfig(candidates=2)):
            warm = recommend(model, evidence, config=config)
            model.compiled.memo.clear()
            cold = recommend(model, evidence, config=config)
            assert (warm.kind, warm.step_id, warm.expected_cost) == (
                cold.kind,
                cold.step_id,
                cold.expected_cost,
            )


def test_the_exact_search_runs_only_when_affordable() -> None:
    c = LOOK_TWICE.compiled  # 4 actions: 16 states, each 4 + 3//2 = 5 steps: 80
    acts = [0, 1, 2, 3]
    assert exact_affordable(c, acts, [], EngineConfig())
    assert not exact_affordable(c, acts, [], EngineConfig(exact_limit=15))
    assert not exact_affordable(c, acts, [], EngineConfig(exact_work=79))
    assert exact_affordable(c, acts, [], EngineConfig(exact_work=80))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6))
def test_the_second_step_only_lowers_values_and_all_contenders_or_none(seed: int) -> None:
    _, _, c, m, acts, qs = _choices(seed)
    if not acts:
        return
    config = EngineConfig(exact_limit=0)
    first = one_step(c, m, acts, qs, config)
    for left in (0, work(c, acts, qs, config), 10**6):
        second = two_steps(c, m, acts, qs, first, config, left)
        assert sorted((k, i) for _, k, i in second) == sorted((k, i) for _, k, i in first)
        before = {(k, i): v for v, k, i in first}
        assert all(v <= before[k, i] for v, k, i in second)
    # Nothing left after this state's own valuation: no option is looked at again.
    assert sorted(two_steps(c, m, acts, qs, first, config, 0)) == sorted(first)
