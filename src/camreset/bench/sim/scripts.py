"""The two comparison arms: the seed guides' fixed order, and a person who knows the cause.

Both run the product's own rendered steps for each attempt (same timers, same waits, the
same skipping of a boot wait once the camera is known to be on), so only the choice of the
next step differs from the engine arm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from camreset.bench.sim.drive import Run
from camreset.bench.sim.person import Person
from camreset.bench.sim.plans import PlanSteps
from camreset.core.kb.troubleshooting import WaitFor
from camreset.core.present.words import CANT
from camreset.core.session.fold import next_stage

TPLINK_ORDER: tuple[str, ...] = (
    "a:guided-reset",
    "a:swap-adapter",
    "q:outlet-test",
    "a:other-outlet?outlet-test=dead",
    "q:cable-damage",
    "a:long-hold",
    "q:felt-click",
    "a:drained-power-cycle",
    "a:remove-from-app",
)
"""TP-Link seed: the procedure once ("If you've followed the procedure above"), then "Verify
power supply" (the original adapter; plug another device into the same outlet, and move to
another outlet only if that one is dead; inspect the cable), "Hold for longer", "Listen for a
click", "Power cycle before resetting", "Removing the device from the app", then support."""
AMCREST_ORDER: tuple[str, ...] = (
    "a:guided-reset",
    "a:guided-reset",
    "a:swap-adapter",
    "a:other-outlet",
    "q:felt-click",
    "a:vendor-instructions",
)
"""Amcrest seed: the procedure "multiple times" (read as twice, the least that is multiple),
"Suspect the power supply" (another adapter, another outlet), "Check the reset button itself",
then "Final steps": the vendor's knowledge base for model-specific instructions, then support."""
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
    """Follow `items` in order, then escalate.

    An item is "a:<action>" or "q:<question>"; "a:<action>?<question>=<answer>" is done only
    when the person gave that answer to that question earlier in the script. An attempt the
    person could not do once is not offered again.
    """
    run = Run("escalated", 0.0, 0)
    booted = False
    answers: dict[str, str] = {}
    refused: set[str] = set()
    for item in items:
        kind, _, rest = item.partition(":")
        ref, _, condition = rest.partition("?")
        if condition:
            question, _, wanted = condition.partition("=")
            if answers.get(question) != wanted:
                continue
        if kind == "q" and ref in steps.plan.questions:
            answer, minutes = person.do(steps.question(ref), None, ref)
            run.steps, run.minutes = run.steps + 1, run.minutes + minutes
            run.trace.append((f"q.{ref}.0", answer))
            answers[ref] = answer
        elif kind == "a" and ref in steps.plan.actions and ref not in refused:
            reset, booted = run_action(steps, person, ref, run, booted)
            if reset:
                run.outcome = "reset"
                return run
            if run.trace and run.trace[-1][1] == CANT:
                refused.add(ref)
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
