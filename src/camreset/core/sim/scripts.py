"""The two comparison arms: the seed guides' fixed order, and a person who knows the cause.

Both run the product's own rendered steps for each attempt (same timers, same waits, the
same skipping of a boot wait once the camera is known to be on), so only the choice of the
next step differs from the engine arm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from camreset.core.guide.plan import CANT
from camreset.core.kb.troubleshooting import WaitFor
from camreset.core.session.fold import next_stage
from camreset.core.sim.drive import Run
from camreset.core.sim.person import Person
from camreset.core.sim.plans import PlanSteps

TPLINK_ORDER: tuple[str, ...] = (
    "a:guided-reset",
    "a:swap-adapter",
    "a:other-outlet",
    "q:cable-damage",
    "a:long-hold",
    "q:felt-click",
    "a:drained-power-cycle",
    "a:remove-from-app",
)
"""TP-Link seed: the procedure, then "Verify power" (original adapter, outlet, cable), "Hold
for longer", "Listen for a click", "Power cycle before resetting", "Removing from the app"."""
AMCREST_ORDER: tuple[str, ...] = (
    "a:guided-reset",
    "a:swap-adapter",
    "a:other-outlet",
    "q:felt-click",
)
"""Amcrest seed: the procedure, "Suspect the power supply" (adapter, outlet), "Check the reset
button itself", then support."""
SEED_ORDER = {"tapo": TPLINK_ORDER, "kasa": TPLINK_ORDER, "amcrest": AMCREST_ORDER}


def run_action(
    steps: PlanSteps, person: Person, action: str, run: Run, booted: bool
) -> tuple[bool, bool]:
    """Do every stage of one attempt, updating `run`: (person saw setup mode, known booted)."""
    spec = steps.plan.actions[action]
    if spec.powers_off:
        booted = False
    stage = next_stage(steps.plan, action, 0, booted)
    while stage < len(spec.steps):
        answer, minutes = person.do(steps.stage(action, stage), action, None)
        run.steps, run.minutes = run.steps + 1, run.minutes + minutes
        run.trace.append((f"a.{action}.{stage}", answer))
        if spec.steps[stage].check is not None:
            if answer != "yes":
                return False, booted
            if stage + 1 == len(spec.steps):
                return True, booted
            stage += 1
            continue
        if answer == CANT:
            return False, booted
        if spec.steps[stage].wait in (WaitFor.boot, WaitFor.reboot):
            booted = True
        stage = next_stage(steps.plan, action, stage + 1, booted)
    return False, booted


def run_script(steps: PlanSteps, person: Person, items: Sequence[str]) -> Run:
    """Follow `items` ("a:<action>" or "q:<question>") in order, then escalate."""
    run = Run("escalated", 0.0, 0)
    booted = False
    for item in items:
        kind, ref = item.split(":", 1)
        if kind == "q" and ref in steps.plan.questions:
            answer, minutes = person.do(steps.question(ref), None, ref)
            run.steps, run.minutes = run.steps + 1, run.minutes + minutes
            run.trace.append((f"q.{ref}.0", answer))
        elif kind == "a" and ref in steps.plan.actions:
            reset, booted = run_action(steps, person, ref, run, booted)
            if reset:
                run.outcome = "reset"
                return run
    return run


def knows_cause(steps: PlanSteps, make_person: Callable[[], Person]) -> tuple[Run, frozenset[str]]:
    """The cheapest single attempt that resets this camera, by trying each on a fresh copy.

    Returns that attempt's run (or an escalation when none works) and the set of attempts
    that would have worked: empty means no one at home could fix this camera.
    """
    best: Run | None = None
    fixing: set[str] = set()
    for action in sorted(steps.plan.actions):
        person = make_person()
        if not person.can_do(action):
            continue
        run = Run("reset", 0.0, 0)
        reset, _ = run_action(steps, person, action, run, booted=False)
        if reset and person.camera.in_setup_mode:
            fixing.add(action)
            if best is None or run.minutes < best.minutes:
                best = run
    return (best or Run("escalated", 0.0, 0)), frozenset(fixing)
