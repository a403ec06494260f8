"""Brute-force optimum for tiny models, written independently of the engine's optimiser.

It enumerates every strategy tree explicitly, then costs each tree fault by fault:
E[cost | fault k] follows the tree with the true outcome probabilities, and the tree's
expected cost is Σ P(k)·E[cost | k]. No beliefs, no memo, no pruning: only `min` over trees.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from fractions import Fraction
from typing import Any

from camreset.core.engine.model import TroubleshootingModel

Tree = tuple[Any, ...]
STOP: Tree = ("stop",)
SERVICE: Tree = ("service",)


def trees(
    model: TroubleshootingModel,
    weights: Mapping[str, Fraction],
    actions: frozenset[str],
    questions: frozenset[str],
) -> Iterator[Tree]:
    """Every strategy from here. `weights[k]` = P(fault k and the path so far)."""
    if sum(weights.values()) == 0:
        yield STOP  # unreachable branch: its cost is weighted by zero
        return
    useful = any(weights[k] * model.action(a).p_fix(k) > 0 for a in actions for k in weights)
    if model.service_cost is not None:
        yield SERVICE
    elif not useful:
        yield STOP
    for a in sorted(actions):
        act = model.action(a)
        failed = {k: w * (1 - act.p_fix(k)) for k, w in weights.items()}
        for sub in trees(model, failed, actions - {a}, questions):
            yield ("action", a, sub)
    for q in sorted(questions):
        question = model.question(q)
        names = sorted(question.answers)
        branches = [
            list(
                trees(
                    model,
                    {k: w * question.likelihood(ans, k) for k, w in weights.items()},
                    actions,
                    questions - {q},
                )
            )
            for ans in names
        ]
        for combo in itertools.product(*branches):
            yield ("question", q, dict(zip(names, combo, strict=True)))


def cost_given_fault(model: TroubleshootingModel, tree: Tree, fault: str) -> Fraction:
    kind = tree[0]
    if kind == "stop":
        return Fraction(0)
    if kind == "service":
        assert model.service_cost is not None
        return Fraction(model.service_cost)
    if kind == "action":
        act = model.action(tree[1])
        return act.cost + (1 - act.p_fix(fault)) * cost_given_fault(model, tree[2], fault)
    question = model.question(tree[1])
    return question.cost + sum(
        (
            question.likelihood(ans, fault) * cost_given_fault(model, sub, fault)
            for ans, sub in tree[2].items()
        ),
        Fraction(0),
    )


def tree_cost(model: TroubleshootingModel, tree: Tree) -> Fraction:
    return sum((p * cost_given_fault(model, tree, k) for k, p in model.faults.items()), Fraction(0))


def brute_optimum(model: TroubleshootingModel) -> tuple[Fraction, int]:
    """(least expected cost over all strategy trees, how many trees were enumerated)."""
    best: Fraction | None = None
    count = 0
    for tree in trees(
        model,
        {k: Fraction(p) for k, p in model.faults.items()},
        model.action_ids,
        model.question_ids,
    ):
        count += 1
        c = tree_cost(model, tree)
        if best is None or c < best:
            best = c
    assert best is not None
    return best, count
