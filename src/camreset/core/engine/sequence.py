"""Expected cost of repair (ECR) of action sequences, with the escalation cut-off.

All values are unnormalised like the masses they start from: multiply by 1/Σm for the
expected cost given the evidence. A sequence is tried in order until the device works; with a
service cost, escalation ends it, and the best place to escalate is the cheapest prefix.
Without service the case ends when no untried action could fix, so mass that no remaining
action fixes pays for every action on the way: `closing_set` is the cheapest way to get there.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Sequence

from camreset.core.engine.bounds import lower_bound
from camreset.core.engine.compiled import Compiled
from camreset.core.engine.model import Number

Heap = list[tuple[Number, int]]
"""(−P/C, action), most efficient on top; ties go to the lower index, zero cost comes first."""


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


def greedy_value(
    c: Compiled,
    m: Sequence[Number],
    candidates: Iterable[int],
    bound: Number | None = None,
    closing: Sequence[int] | None = None,
) -> Number:
    """ECR of the updating P-over-C order of `candidates`, or of the same order over the
    subset `closing` (a closing set, see `closing_set`) when that is cheaper.

    With `bound`, a result above it only says "worse than `bound`" (it may stop early).
    """
    acts = list(candidates)
    value = updating_value(c, m, rank(c, m, acts), bound=bound)
    if closing is not None and len(closing) < len(acts):
        limit = value if bound is None or value < bound else bound
        value = min(value, updating_value(c, m, rank(c, m, closing), bound=limit))
    return value


def rank(c: Compiled, m: Sequence[Number], acts: Iterable[int]) -> Heap:
    """The actions of `acts` that could still fix, as a heap by P/C."""
    heap: Heap = []
    for a in acts:
        fm: Number = 0
        for i, p in c.fixes[a]:
            fm += m[i] * p
        if fm > 0:
            heap.append((-fm * c.per_cost[a], a))
    heapq.heapify(heap)
    return heap


def updating_value(
    c: Compiled,
    m: Sequence[Number],
    ranked: Heap,
    stale: Iterable[int] = (),
    gone: Collection[int] = (),
    bound: Number | None = None,
    floor: Sequence[Number] | None = None,
    low: Number | None = None,
) -> Number:
    """ECR of the updating P-over-C sequence of the ranked actions, escalating at its best
    prefix (with service) or going on while one could fix (without).

    Efficiencies P(fix | evidence)/cost are recomputed after each assumed failure, since a
    failed multi-fault action lowers the chances of every action sharing its faults. They only
    ever fall, so an out-of-date entry is an upper bound, refreshed when it reaches the top
    (lazy greedy); an action whose faults are all ruled out drops out (fix mass exactly 0,
    recomputed from the masses, never decremented: no rounding residue keeps it alive).
    So `ranked` may come from masses at least as large as `m` if the actions whose P/C may
    have fallen since are in `stale`; actions in `gone` are dropped when they surface.

    With `bound`, a result above it only says "worse than `bound`": the run stops once the
    cost so far plus the bound Σ m·floor on the rest (see `bounds.floors`; `low` is its value
    at `m` if known) exceeds it.
    """
    masses = list(m)
    left: Number = sum(masses)
    cost, fixes, per_cost, fixers = c.action_cost, c.fixes, c.per_cost, c.fixers
    heap = list(ranked)
    doubt = set(stale)
    doubt.update(gone)
    spent: Number = 0
    service = c.service
    best: Number | None = None if service is None else service * left
    owed: Number = 0  # lower bound on what the rest of the sequence costs
    if bound is not None and floor is not None:
        owed = lower_bound(masses, floor) if low is None else low
    else:
        floor = None
    while heap:
        a = heap[0][1]
        if a in doubt:
            doubt.discard(a)
            fm: Number = 0
            for i, p in fixes[a]:
                fm += masses[i] * p
            if fm > 0 and a not in gone:
                heapq.heapreplace(heap, (-fm * per_cost[a], a))
            else:
                heapq.heappop(heap)
            continue
        heapq.heappop(heap)
        spent += cost[a] * left
        for i, p in fixes[a]:
            x = masses[i]
            if x:
                masses[i] = x * (1 - p)  # exactly 0 when p is 1, as in after_failure
                left -= x * p
                doubt.update(fixers[i])
                if floor is not None:
                    owed -= x * p * floor[i]
        if service is not None:
            here = spent + service * left
            if best is None or here < best:
                best = here
        if bound is not None and spent + owed > bound and (best is None or best > bound):
            return spent + owed  # every later prefix costs at least that
    return spent if best is None else best


def closing_set(c: Compiled, m: Sequence[Number], acts: Sequence[int]) -> list[int] | None:
    """Without service: cheap actions after which none of `acts` could still fix, or None if
    no mass would be left by then (or the model has service).

    Every fault still possible needs one certain fix (P(fix) = 1) tried, or, if none of `acts`
    fixes it for certain, all of its fixes. Mass on faults nothing fixes, or surviving every
    partial fix, pays for each action until then; the other actions can only be skipped. The
    certain fixes are chosen by greedy weighted set cover (cost per newly covered fault).
    It stays a closing set after any failure or answer (faults only drop out), minus the
    actions done.
    """
    if c.service is not None:
        return None  # with service, escalating at the best prefix ends the case instead
    allowed = set(acts)
    forced: set[int] = set()
    need: set[int] = set()
    residue = False
    for k, x in enumerate(m):
        if x <= 0:
            continue
        fixers = [(a, p) for a, p in c.by_fault[k] if a in allowed]
        if any(p == 1 for _, p in fixers):
            need.add(k)
        else:
            residue = True
            forced.update(a for a, _ in fixers)
    if not residue:
        return None
    for a in forced:
        need -= c.certain[a]
    chosen = forced
    cover = [a for a in acts if a not in forced and c.certain[a]]
    while need:
        pick, covers = -1, 0
        for a in cover:
            n = len(need.intersection(c.certain[a]))
            if n and (pick < 0 or c.action_cost[a] * covers < c.action_cost[pick] * n):
                pick, covers = a, n
        chosen.add(pick)
        cover.remove(pick)
        need -= c.certain[pick]
    return sorted(chosen)
