"""Engine benchmark: the policy against the optimum beyond the exact limit, float against
exact arithmetic, and the latency of `recommend()` by problem size.

    .venv/bin/python -m camreset.bench.engine_excess [--models N] [--sessions N] [--seed S]

Excess: random generic models (`random_models.generate`, 3–5 faults) in four groups, N each:
9–13 actions without questions, and 6–9 actions with 1–3 questions, each with and without a
service cost. The engine's expected cost (`exact.policy_cost`, exact recursion over its
strategy tree) against the optimum (`exact.optimal_cost`, memoised search over every
strategy, up to 2^13 · 4^3 states). Both in floats; the policy is costed again with every
number of the model as the exact Fraction of its float, and the two must agree to 1e-9.

Latency: N simulated sessions per size, models with n actions, n faults, 3 questions and a
service cost in half of them. Every state a session reaches is timed "cold" (the per-state
cache emptied first) and "in session" (the session replayed in order, the cache as its
earlier steps left it); each three times, the least counts, in CPU time of the calling
thread, so the machine's other load does not. Seeded: the same options give the same
models, sessions and excess; timings vary with the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from fractions import Fraction
from typing import Any

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence
from camreset.core.engine.exact import optimal_cost, policy_cost
from camreset.core.engine.model import Action, Question, TroubleshootingModel
from camreset.core.engine.policy import recommend
from camreset.core.engine.random_models import generate

GROUPS: tuple[tuple[str, tuple[int, int], tuple[int, int], float], ...] = (
    ("9-13 actions, service", (9, 13), (0, 0), 1.0),
    ("9-13 actions, no service", (9, 13), (0, 0), 0.0),
    ("6-9 actions + 1-3 questions, service", (6, 9), (1, 3), 1.0),
    ("6-9 actions + 1-3 questions, no service", (6, 9), (1, 3), 0.0),
)
SIZES = (5, 10, 15, 20, 30)
MAX_STATES = 2**13 * 4**3
"""Largest optimum computed: 13 actions, or 9 actions with three three-answer questions."""
AGREE = 1e-9


@dataclass(frozen=True)
class Excess:
    group: str
    models: int
    mean: float
    max: float
    non_optimal: int
    agree: int
    seconds: float


@dataclass(frozen=True)
class Latency:
    actions: int
    states: int
    cold_p50_ms: float
    cold_p99_ms: float
    session_p50_ms: float
    session_p99_ms: float


def as_fractions(model: TroubleshootingModel) -> TroubleshootingModel:
    """The same model with every number as the exact Fraction of its float."""
    f = Fraction

    def table(t: Any) -> dict[str, Fraction]:
        return {k: f(v) for k, v in t.items()}

    return TroubleshootingModel(
        table(model.faults),
        tuple(Action(a.id, f(a.cost), table(a.fixes)) for a in model.actions),
        tuple(
            Question(
                q.id, f(q.cost), {ans: table(t) for ans, t in q.answers.items()}, q.stale_after
            )
            for q in model.questions
        ),
        None if model.service_cost is None else f(model.service_cost),
    )


def excess(models: int, seed: int) -> list[Excess]:
    """Policy over optimum, per group of `models` seeded random models."""
    out = []
    for name, actions, questions, service in GROUPS:
        rng = random.Random(f"{seed}:{name}")
        found: list[float] = []
        agree = 0
        start = time.perf_counter()
        for _ in range(models):
            model = generate(rng, actions=actions, questions=questions, service_probability=service)
            best = optimal_cost(model, max_size=MAX_STATES)
            assert best is not None and best > 0
            policy = policy_cost(model)
            found.append(float(policy) / float(best) - 1.0)
            exact = float(policy_cost(as_fractions(model)))
            agree += abs(float(policy) - exact) <= AGREE * max(1.0, exact)
        out.append(
            Excess(
                name,
                models,
                statistics.mean(found),
                max(found),
                sum(e > AGREE for e in found),
                agree,
                time.perf_counter() - start,
            )
        )
    return out


def _percentile(sorted_ms: Sequence[float], q: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(q * len(sorted_ms)))]


def _ms(model: TroubleshootingModel, evidence: Sequence[Evidence]) -> float:
    """CPU milliseconds of one call (the thread's own time: other load does not count)."""
    t0 = time.thread_time()
    recommend(model, evidence)
    return (time.thread_time() - t0) * 1e3


def latency(actions: int, sessions: int, seed: int, repeat: int = 3) -> Latency:
    """recommend() over every state of simulated sessions on models with `actions` actions."""
    rng = random.Random(f"{seed}:latency:{actions}")
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(sessions):
        model = generate(
            rng,
            faults=(actions, actions),
            actions=(actions, actions),
            questions=(3, 3),
            service_probability=0.5,
        )
        model.compiled.memo.clear()  # compiled once, outside the timing
        fault = rng.choices(list(model.faults), weights=list(model.faults.values()))[0]
        states = _session(model, fault, rng)
        best = [float("inf")] * len(states)
        for _ in range(repeat):  # as the session met them: the cache as earlier steps left it
            model.compiled.memo.clear()
            best = [min(b, _ms(model, s)) for b, s in zip(best, states, strict=True)]
        warm.extend(best)
        for state in states:  # each alone, the cache empty
            times = []
            for _ in range(repeat):
                model.compiled.memo.clear()
                times.append(_ms(model, state))
            cold.append(min(times))
    cold.sort()
    warm.sort()
    return Latency(
        actions,
        len(cold),
        _percentile(cold, 0.5),
        _percentile(cold, 0.99),
        _percentile(warm, 0.5),
        _percentile(warm, 0.99),
    )


def _session(
    model: TroubleshootingModel, fault: str, rng: random.Random
) -> list[tuple[Evidence, ...]]:
    """The evidence at each step of one session that follows `recommend` on a device whose
    fault is `fault`: actions fix with their P(fix | fault), answers come by P(answer | fault)."""
    evidence: list[Evidence] = []
    seen: list[tuple[Evidence, ...]] = []
    while True:
        seen.append(tuple(evidence))
        rec = recommend(model, evidence)
        if rec.kind == "action" and rec.step_id is not None:
            if rng.random() < model.action(rec.step_id).p_fix(fault):
                return seen
            evidence.append(ActionFailed(rec.step_id))
        elif rec.kind == "question" and rec.step_id is not None:
            table = model.question(rec.step_id).answers
            weights = [t.get(fault, 0) for t in table.values()]
            evidence.append(Answered(rec.step_id, rng.choices(list(table), weights)[0]))
        else:
            return seen


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m camreset.bench.engine_excess",
        description="The engine against the optimum beyond the exact limit, float against "
        "exact arithmetic, and recommend() latency (see docs/engine-model.md).",
    )
    parser.add_argument("--models", type=int, default=150, help="models per group")
    parser.add_argument("--sessions", type=int, default=100, help="sessions per size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    rows = excess(args.models, args.seed)
    times = [latency(n, args.sessions, args.seed) for n in SIZES]
    if args.json:
        print(
            json.dumps({"excess": [asdict(r) for r in rows], "latency": [asdict(t) for t in times]})
        )
        return
    print(f"Policy over the optimum, seed {args.seed}, {args.models} models per group:")
    for r in rows:
        print(
            f"  {r.group:<42} mean {r.mean:8.4%}  max {r.max:8.4%}  non-optimal "
            f"{r.non_optimal:>3}/{r.models}  float = exact {r.agree:>3}/{r.models}  "
            f"({r.seconds:.0f} s)"
        )
    total = sum(r.models for r in rows)
    mean = sum(r.mean * r.models for r in rows) / total
    worst = max(r.max for r in rows)
    agree = sum(r.agree for r in rows)
    print(
        f"  {'all ' + str(total) + ' models':<42} mean {mean:8.4%}  max "
        f"{worst:8.4%}  float = exact {agree}/{total}"
    )
    print(f"recommend() latency, {args.sessions} sessions per size (n faults, 3 questions):")
    for t in times:
        print(
            f"  {t.actions:>2} actions, {t.states:>4} states: cold p50 {t.cold_p50_ms:.2f} ms, "
            f"p99 {t.cold_p99_ms:.2f} ms; in session p50 {t.session_p50_ms:.2f} ms, "
            f"p99 {t.session_p99_ms:.2f} ms"
        )


if __name__ == "__main__":
    main()
