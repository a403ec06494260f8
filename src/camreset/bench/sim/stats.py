"""Summaries of many runs: success, minutes (mean, median, 90th percentile), steps, escalations.

A run succeeds when the camera really is added again at the end (the job is done, not merely
the setup light), or when it escalated and no one at home could have done the job (no attempt
available to that person works on that camera, see `scripts.knows_cause`). An escalation
costs `ESCALATION_MINUTES` on top.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

ESCALATION_MINUTES = 30.0
"""Contacting support with the report: the same for every arm."""


@dataclass(frozen=True)
class Outcome:
    """One case under one arm, judged against the camera's true state."""

    success: bool
    minutes: float
    steps: int
    escalated: bool


@dataclass(frozen=True)
class Stats:
    cases: int
    success_rate: float
    mean_minutes: float
    median_minutes: float
    p90_minutes: float
    mean_steps: float
    escalations: int

    def as_json(self) -> dict[str, float | int]:
        return {
            "cases": self.cases,
            "success_rate": round(self.success_rate, 4),
            "mean_minutes": round(self.mean_minutes, 2),
            "median_minutes": round(self.median_minutes, 2),
            "p90_minutes": round(self.p90_minutes, 2),
            "mean_steps": round(self.mean_steps, 2),
            "escalations": self.escalations,
        }


def judge(outcome: str, minutes: float, steps: int, added: bool, fixable: bool) -> Outcome:
    escalated = outcome == "escalated"
    success = added or (escalated and not fixable)
    return Outcome(success, minutes + (ESCALATION_MINUTES if escalated else 0.0), steps, escalated)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(q * len(sorted_values)))
    return sorted_values[rank - 1]


def summarise(outcomes: Sequence[Outcome]) -> Stats:
    n = len(outcomes)
    if n == 0:
        return Stats(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
    minutes = sorted(o.minutes for o in outcomes)
    middle = n // 2
    median = minutes[middle] if n % 2 else (minutes[middle - 1] + minutes[middle]) / 2
    return Stats(
        cases=n,
        success_rate=sum(o.success for o in outcomes) / n,
        mean_minutes=math.fsum(minutes) / n,
        median_minutes=median,
        p90_minutes=percentile(minutes, 0.9),
        mean_steps=sum(o.steps for o in outcomes) / n,
        escalations=sum(o.escalated for o in outcomes),
    )
