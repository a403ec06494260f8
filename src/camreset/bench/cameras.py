"""The benchmark, pure: simulated cases per camera line under three arms, and random models.

Every case is seeded by its own key (`seed:line:index`), so a run gives the same numbers
whatever the order, the process or the hash seed. Wall-clock latency is measured outside the
core (camreset.bench.latency).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from camreset.bench.sim.case import Case, build_world, sample_case
from camreset.bench.sim.drive import EngineCache, Run, drive_engine
from camreset.bench.sim.person import Person
from camreset.bench.sim.plans import PlanBook
from camreset.bench.sim.scripts import SEED_ORDER, knows_cause, run_script
from camreset.bench.sim.stats import Outcome, Stats, judge, summarise
from camreset.core.engine.exact import optimal_cost, policy_cost
from camreset.core.engine.random_models import generate
from camreset.core.guide.plan import priors
from camreset.core.kb.knowledge import KnowledgeBase

LINES = ("tapo", "kasa", "amcrest")
ARMS = ("engine", "seed_order", "knows_cause")
DEFAULT_CASES = 10_000
DEFAULT_ERROR_RATE = 0.1
DEFAULT_SLIP = 0.1
DEFAULT_RANDOM_MODELS = 200


@dataclass(frozen=True)
class BenchConfig:
    cases: int = DEFAULT_CASES
    error_rate: float = DEFAULT_ERROR_RATE
    seed: int = 0
    slip: float = DEFAULT_SLIP
    random_models: int = DEFAULT_RANDOM_MODELS


@dataclass
class Bench:
    """Plans and the engine's memo, shared by every case of a run."""

    kb: KnowledgeBase
    config: BenchConfig = field(default_factory=BenchConfig)
    book: PlanBook = field(init=False)
    cache: EngineCache = field(default_factory=EngineCache)

    def __post_init__(self) -> None:
        self.book = PlanBook(self.kb)

    def models(self, line: str) -> list[str]:
        return sorted(m for m in self.kb.models if self.kb.line_of(m).id == line)

    def cases(self, line: str, start: int = 0, stop: int | None = None) -> Iterator[Case]:
        """Cases `start..stop` of a line; case i is the same whichever slice asks for it."""
        models, weights = self.models(line), priors(self.kb, line)
        for i in range(start, self.config.cases if stop is None else stop):
            key = f"{self.config.seed}:{line}:{i}"
            yield sample_case(random.Random(key), key, line, models, weights)

    def run_case(self, case: Case) -> dict[str, Outcome]:
        """The three arms on one case, each on a fresh copy of the same world."""
        steps = self.book[case.model]
        cfg = self.config

        def person(arm: str, knows: bool = False) -> Person:
            _, who = build_world(
                steps.model,
                case,
                arm=arm,
                error_rate=cfg.error_rate,
                slip=cfg.slip,
                knows_cause=knows,
            )
            return who

        oracle, fixing = knows_cause(steps, lambda: person("oracle", knows=True))
        out: dict[str, Outcome] = {}
        p = person("engine")
        run = drive_engine(steps, p, self.cache)
        out["engine"] = self._judge(run, p.camera.in_setup_mode, bool(fixing))
        p = person("seed_order")
        run = run_script(steps, p, SEED_ORDER[case.line])
        out["seed_order"] = self._judge(run, p.camera.in_setup_mode, bool(fixing))
        out["knows_cause"] = judge(
            oracle.outcome, oracle.minutes, oracle.steps, oracle.outcome == "reset", bool(fixing)
        )
        return out

    @staticmethod
    def _judge(run: Run, in_setup: bool, fixable: bool) -> Outcome:
        return judge(run.outcome, run.minutes, run.steps, in_setup, fixable)


def run_line(bench: Bench, line: str) -> dict[str, Stats]:
    """Stats of the three arms over the line's cases."""
    outcomes: dict[str, list[Outcome]] = {arm: [] for arm in ARMS}
    for case in bench.cases(line):
        for arm, outcome in bench.run_case(case).items():
            outcomes[arm].append(outcome)
    return {arm: summarise(outcomes[arm]) for arm in ARMS}


def random_model_excess(count: int, seed: int) -> dict[str, float | int]:
    """The engine's expected cost over the optimum on `count` seeded random small models."""
    rng = random.Random(f"{seed}:random-models")
    excess: list[float] = []
    while len(excess) < count:
        model = generate(rng)
        best = optimal_cost(model)
        if best is None or best <= 0:
            continue
        excess.append(float(policy_cost(model)) / float(best) - 1.0)
    return {
        "count": len(excess),
        "mean_excess": round(sum(excess) / len(excess), 6) if excess else 0.0,
        "max_excess": round(max(excess), 6) if excess else 0.0,
    }
