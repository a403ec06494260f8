"""Float and exact arithmetic choose alike: no rounding residue keeps a dead action alive.

The greedy sequence once lowered each action's fix mass by subtraction (`num -= d·q`); in
floats 0.1 + 0.2 − 0.2 − 0.1 is 2.8e-17, not 0, so an action whose every fault was already
ruled out stayed "useful" and was charged to the mass on faults nothing fixes.
"""

from __future__ import annotations

import random
from fractions import Fraction as F

from hypothesis import example, given, settings
from hypothesis import strategies as st

from camreset.core.engine.exact import policy_cost
from camreset.core.engine.model import Action, TroubleshootingModel
from camreset.core.engine.policy import EngineConfig, recommend
from camreset.core.engine.random_models import generate
from camreset.core.engine.sequence import greedy_value

from .test_exact import _exact

HEURISTIC_ONLY = EngineConfig(exact_limit=0)


def dead_model(num: type[float] | type[F]) -> TroubleshootingModel:
    """F3 (0.65) is fixed by nothing, no service. B covers F1 and F2 but costs 10: once A
    and C have failed it can no longer fix anything."""
    return TroubleshootingModel(
        {"F1": num("0.1"), "F2": num("0.2"), "F3": num("0.65"), "F4": num("0.05")},
        (
            Action("A", 1, {"F1": 1}),
            Action("B", 10, {"F1": 1, "F2": 1}),
            Action("C", 1, {"F2": 1}),
            Action("D", num("0.1"), {"F4": 1}),
        ),
    )


def test_greedy_drops_an_action_whose_faults_are_ruled_out() -> None:
    # Without D: C (P/C 0.2), A (0.1), then B fixes nothing: 1 + 0.8·1 = 1.8 (B not charged).
    for num, expected in ((float, 1.8), (F, F(9, 5))):
        c = dead_model(num).compiled
        m = [num("0.1"), num("0.2"), num("0.7"), num("0")]
        assert greedy_value(c, m, [0, 1, 2]) == expected  # exactly, in floats too


def test_heuristic_picks_the_same_first_step_in_floats_and_fractions() -> None:
    # D first: 0.1 + 0.95·1 (C) + 0.75·1 (A) = 1.8; B is dead by then. With the residue the
    # float path charged B (10·0.65) after D and proposed C (1.83) instead.
    exact = recommend(dead_model(F), [], config=HEURISTIC_ONLY)
    approx = recommend(dead_model(float), [], config=HEURISTIC_ONLY)
    assert (exact.step_id, exact.expected_cost) == ("D", F(9, 5))
    assert approx.step_id == "D"
    assert abs(approx.expected_cost - 1.8) < 1e-12


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6))
@example(184)  # before the fix: 6.660 in floats against 6.399 exactly
def test_float_and_exact_policies_cost_the_same(seed: int) -> None:
    # No service: the residue only costs something when no escalation caps the sequence.
    model = generate(random.Random(seed), actions=(4, 7), questions=(0, 1), service_probability=0)
    approx = float(policy_cost(model, HEURISTIC_ONLY))
    exact = float(policy_cost(_exact(model), HEURISTIC_ONLY))
    assert abs(approx - exact) <= 1e-9 * max(1.0, exact)


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10**6), st.booleans())
def test_float_and_exact_agree_beyond_the_exact_limit(seed: int, questions: bool) -> None:
    # The benchmark's sizes (bench/engine_excess.py), with the default look-ahead.
    rng = random.Random(seed)
    if questions:
        model = generate(rng, actions=(6, 8), questions=(1, 2))
    else:
        model = generate(rng, actions=(9, 11), questions=(0, 0))
    approx = float(policy_cost(model))
    exact = float(policy_cost(_exact(model)))
    assert abs(approx - exact) <= 1e-9 * max(1.0, exact)
