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

    def value(done: int, answers: tuple[int, ...], masses: list[Number]) -> Choice:
        total: Number = sum(masses)
        useful = [j for j, a in enumerate(acts) if not done >> j & 1 and c.fix_mass(masses, a) > 0]
        if not useful or total <= 0:
            if service is None or total <= 0:
                return Choice("none", SERVICE, 0)
            return Choice("service", SERVICE, service * total)
        best = (
            Choice("none", SERVICE, 0)
            if service is None
            else Choice("service", SERVICE, service * total)
        )
        found = service is not None
        for j in useful:
            a = acts[j]
            here = c.action_cost[a] * total
            if found and here >= best.value:
                continue
            here += sub(done | 1 << j, answers, c.after_failure(masses, a))
            if not found or here < best.value or (here == best.value and best.kind == "service"):
                best, found = Choice("action", a, here), True
        for k, q in enumerate(qs):
            if answers[k] >= 0:
                continue
            here = c.question_cost[q] * total
            if here >= best.value:
                continue
            for r in range(len(c.answers[q])):
                after = c.after_answer(masses, q, r)
                if sum(after) > 0:
                    here += sub(done, (*answers[:k], r, *answers[k + 1 :]), after)
                if here >= best.value:
                    break
            if here < best.value:
                best = Choice("question", q, here)
        return best

    def sub(done: int, answers: tuple[int, ...], masses: list[Number]) -> Number:
        key = (done, answers)
        hit = memo.get(key)
        if hit is None:
            hit = value(done, answers, masses).value
            memo[key] = hit
        return hit

    return value(0, tuple(-1 for _ in qs), list(m))
