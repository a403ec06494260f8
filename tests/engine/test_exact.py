"""Exact costs: fixed sequences and bounds by hand, the optimum against brute force."""

from __future__ import annotations

import random
from fractions import Fraction as F

import pytest

from camreset.core.engine.exact import (
    fault_floor,
    lower_bound,
    optimal_cost,
    policy_and_optimal,
    policy_cost,
    sequence_cost,
)
from camreset.core.engine.model import Action, Question, TroubleshootingModel
from camreset.core.engine.random_models import generate
from camreset.errors import EvidenceError

from .brute import brute_optimum

TWO = TroubleshootingModel(
    {"F1": F(1, 5), "F2": F(4, 5)},
    (
        Action("A1", 1, {"F1": 1, "F2": F(1, 2)}),
        Action("A2", 2, {"F2": 1}),
    ),
    (),
    10,
)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        # A1 fixes with 1/5 + 4/5·1/2 = 3/5; A2 is certain for what is left: 1 + 2/5·2
        (["A1", "A2"], F(9, 5)),
        # A2 fixes with 4/5; then A1 certain on F1: 2 + 1/5·1
        (["A2", "A1"], F(11, 5)),
        # A1 then service with the 2/5 still broken: 1 + 2/5·10
        (["A1"], F(5)),
        ([], F(10)),
    ],
)
def test_sequence_cost_by_hand(order: list[str], expected: F) -> None:
    assert sequence_cost(TWO, order) == expected


def test_sequence_without_service_stops_unfixed() -> None:
    model = TroubleshootingModel({"F1": F(1, 2), "F2": F(1, 2)}, (Action("A1", 3, {"F1": 1}),))
    # 3 is paid always; the F2 half ends unfixed at no further cost.
    assert sequence_cost(model, ["A1"]) == 3


@pytest.mark.parametrize("bad", [["A9"], ["A1", "A1"]])
def test_sequence_with_unknown_or_repeated_id(bad: list[str]) -> None:
    with pytest.raises(EvidenceError):
        sequence_cost(TWO, bad)


def test_lower_bound_by_hand() -> None:
    # F1: A1 (cost 1, certain) → 1. F2: A1 (P/C 1/2) and A2 (P/C 1/2) tie: 1 + 1/2·2 = 2
    # (or A2 alone = 2). Σ = 1/5·1 + 4/5·2 = 9/5, equal to the optimum here.
    assert fault_floor(TWO, "F1") == 1
    assert fault_floor(TWO, "F2") == 2
    assert lower_bound(TWO) == F(9, 5) == optimal_cost(TWO)


def test_lower_bound_uses_service_when_cheaper_and_zero_when_nothing_helps() -> None:
    model = TroubleshootingModel(
        {"F1": F(1, 2), "F2": F(1, 4), "F3": F(1, 4)},
        (Action("A1", 20, {"F1": 1}), Action("A2", 1, {"F2": F(1, 2)})),
        (),
        None,
    )
    # F1: 20; F2: only a partial fix and no service: A2 must be tried → 1; F3: nothing → 0
    assert lower_bound(model) == F(1, 2) * 20 + F(1, 4) * 1
    with_service = TroubleshootingModel(model.faults, model.actions, (), 8)
    # F1: service 8 < 20; F2: A2 (P/C 1/2) before service (1/8): 1 + 1/2·8 = 5; F3: 8
    assert lower_bound(with_service) == F(1, 2) * 8 + F(1, 4) * 5 + F(1, 4) * 8


def _exact(model: TroubleshootingModel) -> TroubleshootingModel:
    """The same model with every number as a Fraction (exactly the float's value)."""
    return TroubleshootingModel(
        {k: F(p) for k, p in model.faults.items()},
        tuple(
            Action(a.id, F(a.cost), {k: F(p) for k, p in a.fixes.items()}) for a in model.actions
        ),
        tuple(
            Question(
                q.id,
                F(q.cost),
                {ans: {k: F(p) for k, p in t.items()} for ans, t in q.answers.items()},
            )
            for q in model.questions
        ),
        None if model.service_cost is None else F(model.service_cost),
    )


@pytest.mark.parametrize("seed", range(30))
def test_optimum_equals_brute_force(seed: int) -> None:
    model = _exact(generate(random.Random(seed), faults=(2, 3), actions=(2, 3), questions=(0, 1)))
    brute, count = brute_optimum(model)
    assert count >= 2
    assert optimal_cost(model) == brute
    policy, optimum = policy_and_optimal(model)
    assert optimum == brute
    assert isinstance(policy, F) and policy >= brute
    assert lower_bound(model) <= brute


def test_brute_force_with_question_and_no_service() -> None:
    model = TroubleshootingModel(
        {"F1": F(1, 2), "F2": F(3, 10), "F3": F(1, 5)},
        (
            Action("A1", 2, {"F1": 1, "F2": F(1, 2)}),
            Action("A2", 3, {"F2": 1}),
            Action("A3", 1, {"F3": F(3, 4)}),
        ),
        (
            Question(
                "Q1",
                F(1, 2),
                {
                    "y": {"F1": F(9, 10), "F2": F(1, 5), "F3": F(1, 2)},
                    "n": {"F1": F(1, 10), "F2": F(4, 5), "F3": F(1, 2)},
                },
            ),
        ),
        None,
    )
    assert optimal_cost(model) == brute_optimum(model)[0]


def test_too_large_gives_none() -> None:
    model = generate(random.Random(1), faults=(5, 5), actions=(12, 12), questions=(3, 3))
    assert optimal_cost(model, max_size=1000) is None


def test_policy_cost_is_exact_fraction() -> None:
    assert policy_cost(TWO) == F(9, 5)
