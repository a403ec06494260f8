"""Greedy sequences: the lazy heap against a plain re-ranking, stopping early at a bound, the
closing set without service, and the lower bounds the planners prune with."""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction as F

from hypothesis import given, settings
from hypothesis import strategies as st

from camreset.core.engine.bounds import floors, lower_bound
from camreset.core.engine.compiled import Compiled
from camreset.core.engine.model import Action, Number, TroubleshootingModel
from camreset.core.engine.random_models import generate
from camreset.core.engine.search import solve
from camreset.core.engine.sequence import closing_set, greedy_value, rank, updating_value

from .test_exact import _exact


def plain_greedy(c: Compiled, m: Sequence[Number], acts: Sequence[int]) -> Number:
    """The updating P-over-C sequence written the obvious way: every step re-ranks every action
    (highest P/C by cross-multiplication, zero cost first, ties by lower index), stops when none
    could fix, and with service escalates at the cheapest prefix."""
    masses, left, spent = list(m), sum(m), F(0)
    todo = list(acts)
    best = None if c.service is None else c.service * left
    for _ in range(len(todo) + 1):  # one attempt fewer each time
        live = [a for a in todo if c.fix_mass(masses, a) > 0]
        if not live:
            break
        pick = live[0]
        for a in live[1:]:
            if (
                c.fix_mass(masses, a) * c.action_cost[pick]
                > c.fix_mass(masses, pick) * (c.action_cost[a])
            ):
                pick = a
        spent += c.action_cost[pick] * left
        masses = c.after_failure(masses, pick)
        left = sum(masses)
        todo.remove(pick)
        if c.service is not None:
            best = min(best, spent + c.service * left) if best is not None else None
    return spent if best is None else best


def _state(seed: int) -> tuple[Compiled, list[Number], list[int], int]:
    """An exact random model, masses after a few failures, its useful actions, one of them."""
    rng = random.Random(seed)
    model = _exact(generate(rng, faults=(3, 6), actions=(4, 9), questions=(0, 0)))
    c = model.compiled
    m = c.masses(model.faults)
    for a in rng.sample(range(len(c.action_ids)), rng.randint(0, 2)):
        after = c.after_failure(m, a)
        if sum(after) > 0:
            m = after
    acts = [a for a in range(len(c.action_ids)) if c.fix_mass(m, a) > 0]
    return c, m, acts, rng.choice(acts) if acts else -1


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6))
def test_lazy_heap_equals_plain_greedy(seed: int) -> None:
    c, m, acts, a = _state(seed)
    assert updating_value(c, m, rank(c, m, acts)) == plain_greedy(c, m, acts)
    if a < 0:
        return
    # Ranked before `a` failed, re-ranked lazily after: the same as ranking afresh.
    after = c.after_failure(m, a)
    rest = [x for x in acts if x != a]
    stale = [b for i, _ in c.fixes[a] for b in c.fixers[i]]
    lazy = updating_value(c, after, rank(c, m, acts), stale, (a,))
    assert lazy == plain_greedy(c, after, rest)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6), st.fractions(F(1, 2), F(3, 2)))
def test_a_bound_only_stops_work_above_it(seed: int, scale: F) -> None:
    c, m, acts, _ = _state(seed)
    full = updating_value(c, m, rank(c, m, acts))
    bound = full * scale
    cut = updating_value(c, m, rank(c, m, acts), bound=bound, floor=floors(c, acts))
    if full <= bound:
        assert cut == full
    else:
        assert cut > bound


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6))
def test_floors_bound_the_optimum_also_after_failures(seed: int) -> None:
    rng = random.Random(seed)
    model = _exact(generate(rng, faults=(2, 5), actions=(2, 6), questions=(0, 2)))
    c = model.compiled
    acts = list(range(len(c.action_ids)))
    qs = list(range(len(c.question_ids)))
    floor = floors(c, acts)  # built for every action, used after some have failed
    m = c.masses(model.faults)
    done: list[int] = []
    for a in rng.sample(acts, rng.randint(0, len(acts))):
        after = c.after_failure(m, a)
        if sum(after) > 0:
            m, done = after, [*done, a]
    rest = [a for a in acts if a not in done and c.fix_mass(m, a) > 0]
    optimum = solve(c, m, rest, qs if rest else []).value
    assert lower_bound(m, floor) <= optimum


# F0 (2/5) is fixed by nothing and there is no service; A and B fix F1 and F2 for certain,
# B also F3; C and D each fix F3 half the time.
DEAD = TroubleshootingModel(
    {"F0": F(2, 5), "F1": F(1, 5), "F2": F(1, 5), "F3": F(1, 5)},
    (
        Action("A", 1, {"F1": 1, "F2": 1}),
        Action("B", 5, {"F1": 1, "F2": 1, "F3": 1}),
        Action("C", 2, {"F3": F(1, 2)}),
        Action("D", 2, {"F3": F(1, 2)}),
    ),
)


def test_closing_set_by_hand() -> None:
    c = DEAD.compiled
    m = c.masses(DEAD.faults)
    # F1, F2, F3 each need a certain fix or all their fixes. Greedy set cover: A covers two
    # faults at 1/2 each (B three at 5/3 each), then only B covers F3.
    assert closing_set(c, m, [0, 1, 2, 3]) == [0, 1]
    # Without B, F3 has no certain fix: both its fixes are forced; A covers F1 and F2.
    assert closing_set(c, m, [0, 2, 3]) == [0, 2, 3]
    # Once A has failed: F3 is left, B is its only certain fix.
    assert closing_set(c, c.after_failure(m, 0), [1, 2, 3]) == [1]
    # With service, escalating ends the case: no closing set.
    with_service = TroubleshootingModel(DEAD.faults, DEAD.actions, (), 10)
    assert closing_set(with_service.compiled, m, [0, 1, 2, 3]) is None
    # Nothing left over at the end (no dead fault, every fault has a certain fix): none.
    alive = TroubleshootingModel({"F1": F(1, 2), "F2": F(1, 2)}, DEAD.actions[:2])
    assert closing_set(alive.compiled, [F(1, 2), F(1, 2)], [0, 1]) is None


def test_the_closing_set_skips_partial_fixes_that_the_dead_mass_would_pay_for() -> None:
    c = DEAD.compiled
    after_a = c.after_failure(c.masses(DEAD.faults), 0)  # F0 2/5, F3 1/5 left
    # By P/C (C, D: (1/10)/2 = 1/20 > B: (1/5)/5 = 1/25): C, D, then B for what is left:
    # 2·3/5 + 2·(2/5 + 1/10) + 5·(2/5 + 1/20) = 6/5 + 1 + 9/4 = 89/20.
    assert greedy_value(c, after_a, [1, 2, 3]) == F(89, 20)
    # B alone ends the case for everyone left: 5·3/5 = 3.
    assert greedy_value(c, after_a, [1, 2, 3], closing=[1]) == 3
