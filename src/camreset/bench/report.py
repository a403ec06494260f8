"""The whole benchmark as one report (see docs/benchmark.md for every number)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from camreset.bench.cameras import LINES, Bench, BenchConfig, random_model_excess, run_line
from camreset.bench.latency import Latency, next_step_latency
from camreset.bench.sim.stats import Stats
from camreset.core.kb.knowledge import KnowledgeBase


@dataclass(frozen=True)
class BenchReport:
    lines: dict[str, dict[str, Stats]]
    random_models: dict[str, float | int]
    latency: Latency

    def as_json(self) -> dict[str, Any]:
        """{"lines": {LINE: {ARM: STATS}}, "random_models": {...}, "latency_us": {...}}."""
        return {
            "lines": {
                line: {arm: stats.as_json() for arm, stats in arms.items()}
                for line, arms in self.lines.items()
            },
            "random_models": self.random_models,
            "latency_us": {
                "p50": round(self.latency.p50_us, 1),
                "p99": round(self.latency.p99_us, 1),
            },
        }


def run_bench(kb: KnowledgeBase, config: BenchConfig, latency_sessions: int = 300) -> BenchReport:
    bench = Bench(kb, config)
    lines = {line: run_line(bench, line) for line in LINES}
    return BenchReport(
        lines,
        random_model_excess(config.random_models, config.seed),
        next_step_latency(bench, sessions=latency_sessions),
    )
