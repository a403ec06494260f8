"""The benchmark, pure: simulated cases per camera line under four arms, and random models.

Arms: the product's engine; the seed guides' order; the vendor's own articles; a person who
knows the cause (the floor). Every case is seeded by its own key (`seed:world:line:index`), so
a run gives the same numbers whatever the order, the process or the hash seed. Cases are drawn
from the simulator's own world (`sim/world.py`), never from the engine's priors unless
`world="kb"` asks for exactly that. Wall-clock latency is measured outside (bench.latency).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

from camreset.bench.config import BenchConfig as BenchConfig  # re-exported
from camreset.bench.sim.case import Case, build_world, sample_case
from camreset.bench.sim.drive import EngineCache, Run, drive_engine
from camreset.bench.sim.handling import FINDS_BUTTON
from camreset.bench.sim.person import Person
from camreset.bench.sim.plans import PlanBook
from camreset.bench.sim.scripts import (
    SEED_AFTER_RESET,
    SETUP_ARTICLE,
    article_items,
    knows_cause,
    reset_items,
    run_script,
)
from camreset.bench.sim.stats import Outcome, Stats, judge, summarise
from camreset.bench.sim.world import family_of
from camreset.core.engine.exact import optimal_cost, policy_cost
from camreset.core.engine.random_models import generate
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.knowledge import KnowledgeBase

ARMS = ("engine", "seed_order", "vendor_article", "knows_cause")


@dataclass(frozen=True)
class LineResult:
    """One line's stats per arm, and per cause family and arm."""

    arms: dict[str, Stats]
    families: dict[str, dict[str, Stats]]


@dataclass
class Bench:
    """Plans and the engine's memo, shared by every case of a run."""

    kb: KnowledgeBase
    config: BenchConfig = field(default_factory=BenchConfig)
    book: PlanBook = field(init=False)
    cache: EngineCache = field(default_factory=EngineCache)

    def __post_init__(self) -> None:
        self.book = PlanBook(self.kb)
        factor = self.config.button_finding
        self.finds = {k: min(1.0, v * factor) for k, v in FINDS_BUTTON.items()}

    @property
    def lines(self) -> tuple[str, ...]:
        return self.config.lines or tuple(sorted(self.kb.lines))

    def plans(self, line: str) -> list[CameraPlan]:
        models = sorted(m for m in self.kb.models if self.kb.line_of(m).id == line)
        return [self.book[m].plan for m in models]

    def cases(self, line: str, start: int = 0, stop: int | None = None) -> Iterator[Case]:
        """Cases `start..stop` of a line; case i is the same whichever slice asks for it."""
        plans, cfg = self.plans(line), self.config
        ts = self.kb.troubleshooting
        for i in range(start, cfg.cases if stop is None else stop):
            key = f"{cfg.seed}:{cfg.world}:{line}:{i}"
            yield sample_case(random.Random(key), key, line, plans, cfg.world, ts)

    def person(self, case: Case, arm: str, knows: bool = False) -> Person:
        cfg = self.config
        _, who = build_world(
            self.book[case.model].model,
            case,
            arm=arm,
            error_rate=cfg.error_rate,
            slip=cfg.slip,
            knows_cause=knows,
            finds=self.finds,
            odds=cfg.can_manage,
        )
        return who

    def run_case(self, case: Case) -> dict[str, Outcome]:
        """The four arms on one case, each on a fresh copy of the same world."""
        steps = self.book[case.model]
        oracle, fixable = knows_cause(steps, lambda: self.person(case, "oracle", knows=True))
        out: dict[str, Outcome] = {}
        p = self.person(case, "engine")
        out["engine"] = self._judge(drive_engine(steps, p, self.cache), p, fixable)
        p = self.person(case, "seed_order")
        run = run_script(steps, p, reset_items(case.line), SEED_AFTER_RESET)
        out["seed_order"] = self._judge(run, p, fixable)
        p = self.person(case, "vendor_article")
        run = run_script(steps, p, article_items(case.line), SETUP_ARTICLE)
        out["vendor_article"] = self._judge(run, p, fixable)
        out["knows_cause"] = judge(oracle.outcome, oracle.minutes, oracle.steps, fixable, fixable)
        return out

    @staticmethod
    def _judge(run: Run, person: Person, fixable: bool) -> Outcome:
        return judge(run.outcome, run.minutes, run.steps, person.camera.in_hand, fixable)


def run_line(bench: Bench, line: str) -> LineResult:
    """Stats of the four arms over the line's cases, overall and per cause family."""
    outcomes: dict[str, list[Outcome]] = {arm: [] for arm in ARMS}
    by_family: dict[str, dict[str, list[Outcome]]] = {}
    for case in bench.cases(line):
        family = by_family.setdefault(family_of(case.cause, case.phase), {arm: [] for arm in ARMS})
        for arm, outcome in bench.run_case(case).items():
            outcomes[arm].append(outcome)
            family[arm].append(outcome)
    return LineResult(
        {arm: summarise(outcomes[arm]) for arm in ARMS},
        {
            name: {arm: summarise(runs[arm]) for arm in ARMS}
            for name, runs in sorted(by_family.items())
        },
    )


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
