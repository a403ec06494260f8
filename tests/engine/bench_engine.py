"""Measure the engine against the optimum and its next-step latency (not a test).

    .venv/bin/python tests/engine/bench_engine.py [MODELS] [SESSIONS]

Excess: policy cost over the exact optimum on random small models, with the default engine
and with the exact search switched off (heuristic only). Latency: `recommend` at every step
of simulated sessions on models of 12 faults, 15 actions, 8 questions (floats).
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence
from camreset.core.engine.exact import policy_and_optimal
from camreset.core.engine.policy import EngineConfig, recommend
from camreset.core.engine.random_models import generate


def excess(config: EngineConfig, n: int, seed: int = 1) -> tuple[float, float, int]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        policy, optimum = policy_and_optimal(generate(rng), config)
        assert optimum is not None
        out.append(float((policy - optimum) / optimum) if optimum > 0 else 0.0)
    return statistics.mean(out), max(out), sum(e > 1e-12 for e in out)


def latency(sessions: int, seed: int = 7) -> list[float]:
    rng = random.Random(seed)
    times = []
    for _ in range(sessions):
        model = generate(
            rng, faults=(12, 12), actions=(15, 15), questions=(8, 8), service_probability=0.5
        )
        evidence: list[Evidence] = []
        fault = rng.choices(list(model.faults), weights=list(model.faults.values()))[0]
        while True:
            t = time.perf_counter()
            rec = recommend(model, evidence)
            times.append(time.perf_counter() - t)
            if rec.kind == "action" and rec.step_id is not None:
                if rng.random() < model.action(rec.step_id).p_fix(fault):
                    break
                evidence.append(ActionFailed(rec.step_id))
            elif rec.kind == "question" and rec.step_id is not None:
                table = model.question(rec.step_id).answers
                answer = rng.choices(list(table), weights=[t[fault] for t in table.values()])[0]
                evidence.append(Answered(rec.step_id, answer))
            else:
                break
    return sorted(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    sessions = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    for name, config in (("default", EngineConfig()), ("heuristic only", EngineConfig(0))):
        mean, worst, count = excess(config, n)
        print(f"{name}: mean excess {mean:.4%}, max {worst:.4%}, non-optimal {count}/{n}")
    times = latency(sessions)
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1e3  # noqa: E731
    print(
        f"latency over {len(times)} calls: median {p(0.5):.2f} ms, p99 {p(0.99):.2f} ms, "
        f"max {times[-1] * 1e3:.2f} ms"
    )


if __name__ == "__main__":
    main()
