"""Next-step latency: wall-clock time of `recommend()` on the largest camera model.

The evidence states are the ones simulated sessions really reach (every state the engine
decided in, over `sessions` engine-arm runs on that model), so the numbers are for realistic
states, not only the empty start. Each state is timed `repeat` times by calling `recommend`
directly, never the benchmark's memo.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from camreset.bench.cameras import Bench
from camreset.bench.sim.case import sample_case
from camreset.bench.sim.drive import EngineCache, RecommendKey, drive_engine
from camreset.bench.sim.stats import percentile
from camreset.core.engine.evidence import Evidence
from camreset.core.engine.model import TroubleshootingModel
from camreset.core.engine.policy import Recommendation, recommend
from camreset.core.guide.plan import PhasePlan

State = tuple[TroubleshootingModel, tuple[Evidence, ...], frozenset[str], frozenset[str]]


@dataclass(frozen=True)
class Latency:
    model: str
    states: int
    p50_us: float
    p99_us: float


def largest_model(bench: Bench) -> str:
    """The model whose plan has the most actions and questions (ties: first by id)."""
    sizes = []
    for model in sorted(bench.kb.models):
        plan = bench.book[model].plan
        sizes.append((-(len(plan.actions) + len(plan.questions)), model))
    return min(sizes)[1]


class _Recorder(EngineCache):
    """Never hits (it keeps nothing): remembers every state the engine was asked about."""

    def __init__(self) -> None:
        super().__init__(limit=0)
        self.states: list[State] = []

    def compute(self, plan: PhasePlan, key: RecommendKey) -> Recommendation:
        _, evidence, acts, qs = key
        self.states.append((plan.engine, evidence, acts, qs))
        return super().compute(plan, key)


def realistic_states(bench: Bench, model: str, sessions: int) -> list[State]:
    steps = bench.book[model]
    line = bench.kb.line_of(model).id
    recorder = _Recorder()
    ts, cfg = bench.kb.troubleshooting, bench.config
    for i in range(sessions):
        key = f"{cfg.seed}:latency:{i}"
        case = sample_case(random.Random(key), key, line, [steps.plan], cfg.world, ts)
        drive_engine(steps, bench.person(case, "engine"), recorder)
    return recorder.states


def next_step_latency(bench: Bench, sessions: int = 300, repeat: int = 3) -> Latency:
    """p50 / p99 microseconds of one `recommend()` over realistic states."""
    model = largest_model(bench)
    seen = realistic_states(bench, model, sessions)
    times: list[float] = []
    for engine, evidence, acts, qs in seen:
        recommend(engine, ())  # compile the model once, outside the timing
        for _ in range(repeat):
            t0 = time.perf_counter_ns()
            recommend(engine, evidence, allowed_actions=acts, allowed_questions=qs)
            times.append((time.perf_counter_ns() - t0) / 1000)
    times.sort()
    return Latency(model, len(seen), percentile(times, 0.5), percentile(times, 0.99))
