"""Lower bounds on the expected cost still to come, to drop hopeless candidates early.

A bound only ever stops work on a strategy that is proven worse than one already found, so
it never changes a choice; the tighter, the sooner. All values are unnormalised like the
masses (see `sequence`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from camreset.core.engine.compiled import Compiled
from camreset.core.engine.model import Number


def floors(c: Compiled, acts: Iterable[int]) -> list[Number]:
    """Per fault: a lower bound on the expected cost of ending the case if it were known to be
    the fault, valid with these actions and with any of them already tried and failed.

    Kadane–Simon: by ascending cost/P(fix), cut at service. Fewer actions only remove options,
    except without service for a fault with no certain fix: once its last fix has failed the
    case just stops, so its bound is 0.
    """
    allowed = set(acts)
    service = c.service
    out: list[Number] = []
    for steps in c.cheapest:
        spent: Number = 0
        left: Number = 1
        for a, p in steps:
            if a not in allowed:
                continue
            cost = c.action_cost[a]
            if service is not None and cost > service * p:
                break
            spent += cost * left
            left *= 1 - p
            if left == 0:
                break
        if service is not None:
            spent += service * left
        elif left != 0:
            spent = 0
        out.append(spent)
    return out


def lower_bound(m: Sequence[Number], floor: Sequence[Number]) -> Number:
    """Σ m·floor: no strategy from masses `m` costs less (each is, given the fault, one of the
    orders the floor minimises over, or worse)."""
    total: Number = 0
    for x, f in zip(m, floor, strict=True):
        total += x * f
    return total
