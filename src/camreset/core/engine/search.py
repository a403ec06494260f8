"""Exact optimal troubleshooting by recursion over the strategy tree, memoised per state.

A state is the set of actions done and the answers given (updates commute, so order does not
matter); its value W = P(state)·E[remaining cost | state] is the minimum over: escalate
(service·P), an action (cost·P + W(after failure)), a question (cost·P + Σ W(after answer)).
Without service the case continues while an untried action could still fix it, then stops.
The number of states is 2^actions · Π(answers+1) over questions: `problem_size` guards it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import prod

from camreset.core.engine.compiled import Compiled
from camreset.core.engine.model import Number

SERVICE = -1
"""Step index meaning "call service"."""


@dataclass(frozen=True)
class Choice:
    """The best first step: kind "action" | "question" | "service" | "none", index, value."""

    kind: str
    index: int
    value: Number


def problem_size(c: Compiled, actions: Sequence[int], questions: Sequence[int]) -> int:
    """How many states the exact search may visit for these remaining steps."""
    size: int = 2 ** len(actions) * prod(len(c.answers[q]) + 1 for q in questions)
    return size


def solve(
    c: Compiled, m: Sequence[Number], actions: Sequence[int], questions: Sequence[int]
) -> Choice:
    """The optimal first step and W for the masses `m`, using only the steps given."""
    acts = tuple(sorted(actions))
    qs = tuple(sorted(questions))
    memo: dict[tuple[int, tuple[int, ...]], Number] = {}
    service = c.service
    fixes = [c.fixes[a] for a in acts]
    cost = [c.action_cost[a] for a in acts]
    answer_tables = [[lik for _, lik in c.answers[q]] for q in qs]
    reach = [sum(1 << i for i, _ in fx) for fx in fixes]  # the faults each action can fix
    span = range(len(acts))

    def value(done: int, answers: tuple[int, ...], masses: list[Number]) -> tuple[Number, int, int]:
        """(W, kind: 0 action / 1 question / 2 service / 3 none, index into acts or qs)."""
        total: Number = sum(masses)
        live = 0  # the faults still possible, as bits
        for i, x in enumerate(masses):
            if x > 0:
                live |= 1 << i
        useful = [j for j in span if not done >> j & 1 and reach[j] & live]
        if not useful or total <= 0:
            if service is None or total <= 0:
                return (0, 3, -1)
            return (service * total, 2, -1)
        best: tuple[Number, int, int] = (0, 3, -1) if service is None else (service * total, 2, -1)
        found = service is not None
        for j in useful:
            here = cost[j] * total
            if found and here >= best[0]:
                continue
            key = (done | 1 << j, answers)
            w = memo.get(key)
            if w is None:  # the masses after the failure, only when not yet valued
                after = list(masses)
                for i, p in fixes[j]:
                    after[i] = masses[i] * (1 - p)
                w = memo[key] = value(key[0], answers, after)[0]
            here += w
            if not found or here < best[0] or (here == best[0] and best[1] == 2):
                best, found = (here, 0, j), True
        for k, tables in enumerate(answer_tables):
            if answers[k] >= 0:
                continue
            here = c.question_cost[qs[k]] * total
            if here >= best[0]:
                continue
            for r, lik in enumerate(tables):
                after = [x * lik[i] for i, x in enumerate(masses)]
                if sum(after) > 0:
                    here += sub(done, (*answers[:k], r, *answers[k + 1 :]), after)
                if here >= best[0]:
                    break
            if here < best[0]:
                best = (here, 1, k)
        return best

    def sub(done: int, answers: tuple[int, ...], masses: list[Number]) -> Number:
        key = (done, answers)
        hit = memo.get(key)
        if hit is None:
            hit = value(done, answers, masses)[0]
            memo[key] = hit
        return hit

    w, kind, index = value(0, tuple(-1 for _ in qs), list(m))
    if kind == 0:
        return Choice("action", acts[index], w)
    if kind == 1:
        return Choice("question", qs[index], w)
    return Choice("service" if kind == 2 else "none", SERVICE, w)
