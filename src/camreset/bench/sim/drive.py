"""Drive a session with a simulated person: the engine as the product runs it.

`drive_guide` runs the real `Guide` (start → replay → the person acts → apply …); it is the
reference. `drive_engine` makes exactly the same decisions without replaying the whole log on
every step: it folds each answer with the same `Fold.answer` `Guide.replay` uses, and asks the
same `flow.next_step` (the opening, items to get, detours, then the engine's `recommend` with
the same plan, evidence and allowed steps, memoised: same inputs, same answer).
tests/sim/test_drive.py checks the two give identical sessions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from camreset.bench.sim.person import DONE, NETWORK, Person
from camreset.bench.sim.plans import PlanSteps
from camreset.core.engine.evidence import Evidence
from camreset.core.engine.policy import Recommendation, recommend
from camreset.core.guide.plan import PhasePlan
from camreset.core.present.ending_words import SUCCESSES
from camreset.core.present.step import Step
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.behind_recorder import behind_its_recorder
from camreset.core.session.flow import ENDINGS, next_step
from camreset.core.session.fold import told_have
from camreset.core.session.intake import parse_have
from camreset.core.session.network import network_option
from camreset.core.session.network_fold import network_result
from camreset.core.session.state import SessionFold

STEP_CAP = 60
"""A session longer than this is stopped and counted as a failure."""
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass
class Run:
    """How one case ended under one arm."""

    outcome: str  # "done" | "escalated" | "cap"
    minutes: float
    steps: int
    trace: list[tuple[str, str]] = field(default_factory=list)
    spent: list[float] = field(default_factory=list)
    """The minutes of each step of `trace` (bench.versus adds them up per step)."""


RecommendKey = tuple[str, tuple[Evidence, ...], frozenset[str], frozenset[str]]


@dataclass
class EngineCache:
    """Memoised `recommend`: a pure function of its inputs, so caching cannot change a choice."""

    table: dict[RecommendKey, Recommendation] = field(default_factory=dict)
    limit: int = 500_000

    def recommend(
        self,
        plan: PhasePlan,
        evidence: Sequence[Evidence],
        acts: frozenset[str],
        qs: frozenset[str],
    ) -> Recommendation:
        key = (plan.key, tuple(evidence), acts, qs)
        hit = self.table.get(key)
        if hit is None:
            hit = self.compute(plan, key)
            if len(self.table) < self.limit:
                self.table[key] = hit
        return hit

    def compute(self, plan: PhasePlan, key: RecommendKey) -> Recommendation:
        """What the engine says for `key` (a miss)."""
        _, evidence, acts, qs = key
        return recommend(plan.engine, evidence, allowed_actions=acts, allowed_questions=qs)


def drive_engine(steps: PlanSteps, person: Person, cache: EngineCache, cap: int = STEP_CAP) -> Run:
    """The product's engine, step by step, with `person` doing what each step says."""
    plan, fold, run = steps.plan, SessionFold(), Run("cap", 0.0, 0)
    told = frozenset(person.have) if person.have else None
    fold.have, fold.cannot = told_have(told, plan.items_used)  # as Guide.replay reads it
    while True:
        ref = next_step(plan, fold, cache.recommend).ref
        if ref.kind == "outcome":
            run.outcome = "done" if ENDINGS.get(ref.ref) in SUCCESSES else "escalated"
            return run
        if run.steps >= cap:
            return run
        step = steps.step(ref, fold.said_power)
        check = steps.check_on(ref)
        if ref.kind == "action" and network_option(
            plan,
            fold.phase,
            frozenset(fold.have),
            ref.ref,
            ref.stage,
            not behind_its_recorder(plan, fold, ref.ref),
        ):
            step = replace(step, network=True)  # as the session's state marks it
        answer, minutes = person.act(step, ref, check)
        run.steps, run.minutes = run.steps + 1, run.minutes + minutes
        run.trace.append((f"{ref.kind[0]}.{ref.ref}.{ref.stage}", answer))
        run.spent.append(minutes)
        found = answer.removeprefix(NETWORK) if answer.startswith(NETWORK) else None
        if found is not None and ref.kind == "action":
            network_result(fold, plan, ref.ref, found)
        elif found is not None:
            fold.question(plan, ref.ref, found)
        else:
            fold.answer(plan, ref, step.counts_as(answer))


def drive_guide(
    guide: Guide,
    steps: PlanSteps,
    person: Person,
    cap: int = STEP_CAP,
) -> Run:
    """The reference: the real session core, replaying its event log at every step."""
    at = EPOCH
    start = guide.start(model=steps.model.id, have=parse_have(person.have), at=at)
    state: SessionState = guide.replay([start])
    run = Run("cap", 0.0, 0)
    while True:
        state = guide.replay(state.events)  # the reference replays the whole log every step
        if state.finished:
            ended = state.outcome or "escalated"
            run.outcome = "done" if ended in SUCCESSES else ended
            return run
        if run.steps >= cap:
            return run
        step = state.current
        ref = step.ref
        answer, minutes = person.act(step, ref, steps.check_on(ref))
        run.steps, run.minutes = run.steps + 1, run.minutes + minutes
        run.trace.append((f"{ref.kind[0]}.{ref.ref}.{ref.stage}", answer))
        run.spent.append(minutes)
        at += timedelta(minutes=minutes)
        event = guide.command(state, command_for(step, answer), at)
        state = guide.extend(state, [event])


SIMULATED = {"address": "192.168.1.20", "mac": "00:00:00:00:00:01", "model": "simulated"}
"""Where the simulated camera sits: what a network event names (it is not probed)."""


def command_for(step: Step, answer: str) -> Command:
    """The command a session receives for what the person (or camreset) did on `step`."""
    if answer.startswith(NETWORK):
        found = {"address": SIMULATED["address"], "result": answer.removeprefix(NETWORK)}
        return Command("network", step.id, data=found)
    if step.remote and answer == DONE:
        sent = {**SIMULATED, "action": "factory_reset_hard", "way": "dahua_cgi", "message": "OK"}
        return Command("remote", step.id, data=sent)
    return Command("answer", step.id, answer)
