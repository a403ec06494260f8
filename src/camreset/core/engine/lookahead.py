"""Choosing a step when the remaining problem is too large for the exact search.

Every value here is the expected cost of a strategy that could really be followed, so each
is an upper bound on the optimum and the smaller of two is always the better estimate:

- one step: the step, then the greedy sequence of the remaining actions (`sequence`), or
  without service the greedy order of their closing set if cheaper; a question is also held
  against asking it after the best action (Heckerman et al. 1995).
- two steps, for the `EngineConfig.lookahead` best one-step candidates while the work fits
  `EngineConfig.lookahead_work`: the step, then at each outcome the exact optimum if it fits,
  else the best one-step value there. Work still left lets the two best look deeper again.

Candidates proven worse than those kept are dropped early by perfect-information bounds
(`bounds.floors`); this never changes a choice, and neither does the cache of one-step values
per state on the compiled model (the states a look-ahead visited are not valued again when
the session gets there). How much is looked at depends only on the state, never on timing.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass

from camreset.core.engine.bounds import floors, lower_bound
from camreset.core.engine.compiled import Compiled, Masses
from camreset.core.engine.model import Number
from camreset.core.engine.search import Choice, problem_size, solve
from camreset.core.engine.sequence import Heap, closing_set, rank, updating_value

KINDS = ("action", "question", "service", "none")
"""Kinds in tie-break order: on equal values an action wins, then a question, then service."""

Option = tuple[Number, int, int]
"""(value, position of the kind in KINDS, step index): ordered as ties are broken."""


@dataclass(frozen=True)
class EngineConfig:
    """Tuning with named defaults; `exact_limit` 0 turns the exact search off.

    Work is counted in planning steps (see `work`); one takes roughly half a microsecond in
    CPython, so the defaults keep a decision under about two milliseconds.
    """

    exact_limit: int = 256
    """Largest remaining problem (states, see search.problem_size) solved exactly."""
    exact_work: int = 4000
    """Largest exact search, in states × (actions + answers + faults/2), that is run."""
    lookahead: int = 8
    """How many of the best one-step candidates may be looked at one step deeper (0: none)."""
    lookahead_work: int = 4000
    """Work a decision may take: the deeper looks, best candidate first, get what the one-step
    valuation leaves (an exact search counts as its own work, not as this)."""
    candidates: int = 8
    """At most this many actions, the most efficient by P/C, are valued as the next step."""


DEFAULT_CONFIG = EngineConfig()


def decide(
    c: Compiled,
    m: Masses,
    acts: Sequence[int],
    qs: Sequence[int],
    config: EngineConfig,
    budget: int,
    exact: bool = True,
) -> Choice:
    """The best first step: exact when that is affordable (and `exact`), else by the values
    above, looking deeper with what `budget` (see `work`) leaves after the one-step values."""
    if exact and exact_affordable(c, acts, qs, config):
        return solve(c, m, acts, qs)
    if not acts:
        if c.service is None:
            return Choice("none", -1, 0)
        return Choice("service", -1, c.service * sum(m))
    options = one_step(c, m, acts, qs, config)
    if budget > 0 and config.lookahead > 0:
        own = work(c, acts, qs, config, exact=False)
        options = two_steps(c, m, acts, qs, options, config, budget - own)
    value, kind, index = min(options)
    return Choice(KINDS[kind], index, value)


def exact_affordable(
    c: Compiled, acts: Sequence[int], qs: Sequence[int], config: EngineConfig
) -> bool:
    """Whether the exact search fits `exact_limit` and `exact_work`."""
    size = problem_size(c, acts, qs)
    return size <= config.exact_limit and size * _state_work(c, acts, qs) <= config.exact_work


def _state_work(c: Compiled, acts: Sequence[int], qs: Sequence[int]) -> int:
    """Planning steps per state of the exact search: its branches, each copying the masses."""
    return len(acts) + sum(len(c.answers[q]) for q in qs) + len(c.faults) // 2


def work(
    c: Compiled, acts: Sequence[int], qs: Sequence[int], config: EngineConfig, exact: bool = True
) -> int:
    """Planning steps of deciding at a state without a deeper look: the exact search's when
    affordable (and `exact`), else the one-step valuation's: a greedy sequence per action
    valued (at most `candidates`) and three per answer (asked now, asked after the best action,
    each ranked afresh), twice without service for the closing set, each as long as the
    actions and copying the masses. One step takes roughly half a microsecond."""
    if exact and exact_affordable(c, acts, qs, config):
        return problem_size(c, acts, qs) * _state_work(c, acts, qs)
    runs = min(len(acts), config.candidates) + 3 * sum(len(c.answers[q]) for q in qs)
    return runs * (len(acts) + len(c.faults)) * (2 if c.service is None else 1)


@dataclass(frozen=True)
class Here:
    """What the valuations at one state share."""

    m: Masses
    total: Number
    acts: Sequence[int]
    ranked: Heap
    closing: list[int] | None
    closing_ranked: Heap
    floor: list[Number]

    def sequence(
        self, c: Compiled, m: Masses, gone: int, answered: bool, bound: Number | None, low: Number
    ) -> Number:
        """Greedy ECR from masses `m` (at most `self.m`: after action `gone` failed, or -1,
        and an answer if `answered`), the better of all actions' and the closing set's.
        `low`: the lower bound Σ m·floor."""
        stale: Sequence[int] = ()
        if answered:  # an answer may change every action's chances: rank afresh
            ranked = rank(c, m, self.acts)
        else:
            ranked, stale = self.ranked, tuple(b for i, _ in c.fixes[gone] for b in c.fixers[i])
        out = updating_value(c, m, ranked, stale, (gone,), bound, self.floor, low)
        if self.closing is not None and len(self.closing) < len(self.acts):
            limit = out if bound is None or out < bound else bound
            every = self.closing if answered else stale
            other = updating_value(
                c, m, self.closing_ranked, every, (gone,), limit, self.floor, low
            )
            out = min(out, other)
        return out


def one_step(
    c: Compiled, m: Masses, acts: Sequence[int], qs: Sequence[int], config: EngineConfig
) -> list[Option]:
    """Service, the actions and the questions worth asking now, by their one-step value.

    The best `config.lookahead` actions are listed with their values; an action proven worse
    than that many found so far is left out. Cached per state.
    """
    keep, width = max(1, config.lookahead), max(1, config.candidates)
    key = (tuple(m), tuple(acts), tuple(qs), keep, width)
    hit = c.memo.get(key)
    if hit is None:
        hit = _one_step(c, m, acts, qs, keep, width)
        c.memo.put(key, hit)
    return list(hit)


def _one_step(
    c: Compiled, m: Masses, acts: Sequence[int], qs: Sequence[int], keep: int, width: int
) -> list[Option]:
    total: Number = sum(m)
    closing = closing_set(c, m, acts)
    ranked = rank(c, m, acts)
    floor = floors(c, acts)
    here = Here(m, total, acts, ranked, closing, rank(c, m, closing or ()), floor)
    pi = lower_bound(m, floor)
    out: list[Option] = []
    values: list[Number] = []
    for _, a in sorted(ranked)[:width]:  # most efficient first: the bound tightens early
        bound = values[keep - 1] if len(values) >= keep else None
        first = c.action_cost[a] * total
        after = c.after_failure(m, a)
        low = pi - _fixed(c, m, a, floor)
        if bound is not None and first + low > bound:
            continue
        v = first + (
            here.sequence(c, after, a, False, _less(bound, first), low) if sum(after) > 0 else 0
        )
        if bound is None or v <= bound:
            out.append((v, 0, a))
            insort(values, v)
    best_value, _, best = min(out)
    for q in qs:
        v = question_value(c, here, m, q, -1, best_value)
        if v < best_value and v < asked_after(c, here, q, best, v):
            out.append((v, 1, q))
    if c.service is not None:
        out.append((c.service * total, 2, -1))
    return out


def question_value(
    c: Compiled, here: Here, m: Masses, q: int, gone: int, bound: Number | None
) -> Number:
    """ECR of asking `q` at masses `m`, then the greedy sequence (without `gone`) given each
    answer. Above `bound` it stops; answers not yet valued count at their lower bound."""
    v: Number = c.question_cost[q] * sum(m)
    outcomes = [c.after_answer(m, q, r) for r in range(len(c.answers[q]))]
    pending = [lower_bound(x, here.floor) for x in outcomes]
    owed: Number = sum(pending)
    for after, low in zip(outcomes, pending, strict=True):
        owed -= low
        if bound is not None and v + owed > bound:
            return v + owed
        if sum(after) > 0:
            v += here.sequence(c, after, gone, True, _less(bound, v + owed), low)
    return v


def asked_after(c: Compiled, here: Here, q: int, a: int, bound: Number) -> Number:
    """ECR of doing action `a` first and asking `q` only if it failed (stops above `bound`)."""
    failed = c.after_failure(here.m, a)
    first = c.action_cost[a] * here.total
    if sum(failed) <= 0:
        return first
    return first + question_value(c, here, failed, q, a, bound - first)


def two_steps(
    c: Compiled,
    m: Masses,
    acts: Sequence[int],
    qs: Sequence[int],
    options: list[Option],
    config: EngineConfig,
    left: int,
) -> list[Option]:
    """Every contender revalued with a second explicit step, if all of them fit the work
    `left` (what the budget leaves after this state's own valuation); then, with what is
    still left, the two best looked at again, both alike or neither: each outcome solved
    exactly, or valued with a second step of its own.

    A contender is an action or question valued at the first step whose lower bound (its cost
    and perfect information after it) is below the best value: it could still turn out best.
    All or none, and every outcome valued alike (exactly, or by one step), since a value lowered
    by a deeper look must not be ranked against one that was not looked at as deeply: that
    would favour whichever was looked at.
    """
    total: Number = sum(m)
    floor = floors(c, acts)
    best = min(options)[0]

    def low(kind: int, i: int) -> Number:
        if kind == 0:
            return c.action_cost[i] * total + lower_bound(c.after_failure(m, i), floor)
        return c.question_cost[i] * total + lower_bound(m, floor)

    contenders = sorted(o for o in options if o[1] < 2 and low(o[1], o[2]) < best)
    if not contenders or len(contenders) > config.lookahead:
        return options
    looks = [(o, *_outcomes(c, m, acts, qs, o[1], o[2], total)) for o in contenders]
    outcomes = [(a, q) for _, _, states in looks for _, a, q in states]
    exact = all(exact_affordable(c, a, q, config) for a, q in outcomes)
    need = sum(work(c, a, q, config, exact) for a, q in outcomes)
    if exact and need > left:  # the exact optimum of every outcome, else one step at each
        exact, need = False, sum(work(c, a, q, config, False) for a, q in outcomes)
    if need > left:
        return options
    left -= need
    out = [o for o in options if o not in contenders]
    deeper: list[tuple[Option, Number, list[Outcome]]] = []
    for option, first, states in looks:
        v = first
        for x, a, q in states:
            v += decide(c, x, a, q, config, 0, exact).value
        out.append((min(v, option[0]), option[1], option[2]))
        deeper.append((out[-1], first, states))
    top = sorted(deeper)[:2]
    pairs = [(a, q) for _, _, states in top for _, a, q in states]
    share = left // len(pairs) if len(top) == 2 and pairs else 0
    exact = all(exact_affordable(c, a, q, config) for a, q in pairs)
    if not exact or any(work(c, a, q, config) > share for a, q in pairs):
        exact = False
        if any(2 * work(c, a, q, config, False) > share for a, q in pairs):
            return out  # too little left to look past both best candidates' outcomes
    for option, first, states in top:
        v = first
        for x, a, q in states:
            v += decide(c, x, a, q, config, share, exact).value
        out[out.index(option)] = (min(v, option[0]), option[1], option[2])
    return out


Outcome = tuple[Masses, list[int], list[int]]


def _outcomes(
    c: Compiled, m: Masses, acts: Sequence[int], qs: Sequence[int], kind: int, i: int, total: Number
) -> tuple[Number, list[Outcome]]:
    """The cost of step `i` (kind 0: action, 1: question) and the states it can lead to."""
    outcomes: list[tuple[Masses, Sequence[int], Sequence[int]]]
    if kind == 0:
        rest = [x for x in acts if x != i]
        first: Number = c.action_cost[i] * total
        outcomes = [(c.after_failure(m, i), rest, qs)]
    else:
        left = [x for x in qs if x != i]
        first = c.question_cost[i] * total
        outcomes = [(c.after_answer(m, i, r), acts, left) for r in range(len(c.answers[i]))]
    return first, [_useful(c, x, a, q) for x, a, q in outcomes if sum(x) > 0]


def _useful(c: Compiled, m: Masses, acts: Sequence[int], qs: Sequence[int]) -> Outcome:
    """An outcome with only the steps still useful there (as `policy.candidates`)."""
    useful = [a for a in acts if c.fix_mass(m, a) > 0]
    return m, useful, [q for q in qs if c.informative(m, q)] if useful else []


def _fixed(c: Compiled, m: Masses, a: int, floor: Sequence[Number]) -> Number:
    """How much the lower bound Σ m·floor falls when action `a` fails."""
    total: Number = 0
    for i, p in c.fixes[a]:
        total += m[i] * p * floor[i]
    return total


def _less(bound: Number | None, spent: Number) -> Number | None:
    return None if bound is None else bound - spent
