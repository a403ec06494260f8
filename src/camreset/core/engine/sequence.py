"""Expected cost of repair (ECR) of action sequences, with the escalation cut-off.

All values are unnormalised like the masses they start from: multiply by 1/Σm for the
expected cost given the evidence. A sequence is tried in order until the device works; with a
service cost, escalation ends it, and the best place to escalate is the cheapest prefix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from camreset.core.engine.compiled import Compiled
from camreset.core.engine.model import Number


def sequence_value(c: Compiled, m: Sequence[Number], order: Iterable[int]) -> Number:
    """ECR of doing every action of `order` until one fixes, then service if the model has it."""
    masses = list(m)
    left: Number = sum(masses)
    spent: Number = 0
    for a in order:
        spent += c.action_cost[a] * left
        for i, p in c.fixes[a]:
            d = masses[i] * p
            masses[i] -= d
            left -= d
    if c.service is not None:
        spent += c.service * left
    return spent


def greedy_value(c: Compiled, m: Sequence[Number], candidates: Iterable[int]) -> Number:
    """ECR of the updating P-over-C sequence over `candidates`, escalating at its best prefix.

    Efficiencies P(fix | evidence)/cost are recomputed after each assumed failure, since a
    failed multi-fault action lowers the chances of every action sharing its faults.
    """
    masses = list(m)
    left: Number = sum(masses)
    num: dict[int, Number] = {}
    for a in sorted(candidates):
        fm = c.fix_mass(masses, a)
        if fm > 0:
            num[a] = fm
    spent: Number = 0
    service = c.service
    best: Number | None = None if service is None else service * left
    while num:
        pick = _most_efficient(c, num)
        spent += c.action_cost[pick] * left
        del num[pick]
        touched: set[int] = set()
        for i, p in c.fixes[pick]:
            d = masses[i] * p
            masses[i] = masses[i] * (1 - p)  # exactly 0 when p is 1, as in after_failure
            left -= d
            touched.update(b for b, _ in c.by_fault[i] if b in num)
        if service is not None:
            here = spent + service * left
            if best is None or here < best:
                best = here
        for b in touched:  # recomputed, not decremented: no rounding residue keeps b alive
            num[b] = c.fix_mass(masses, b)
        num = {a: v for a, v in num.items() if v > 0}
    return spent if best is None else best


def _most_efficient(c: Compiled, num: dict[int, Number]) -> int:
    """Highest P/C by cross-multiplication (no division; zero cost wins); ties: lower index.

    `num` keeps its keys in ascending order, so the first of equals is the lowest id.
    """
    best = -1
    for a in num:
        if best < 0 or num[a] * c.action_cost[best] > num[best] * c.action_cost[a]:
            best = a
    return best
