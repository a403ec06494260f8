"""What each answered step does to a session: the one fold shared by replay and the benchmark.

`Guide.replay` and the simulator's engine arm both feed answers through `Fold`, so the
benchmark measures exactly the decisions the product makes.

A session runs in two phases. In `reset` the engine looks for why the camera does not reset;
an attempt ends with checks (the setup light, the app finding it as new), and when they all
say yes the session moves to `setup`, where it looks for why the reset camera cannot be added
again; there an attempt ends with the `added` check, and a yes ends the job. Each phase keeps
its own evidence: going back to resetting (the reset had not really taken) picks the reset
evidence up again, with that attempt marked as failed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase, WaitFor
from camreset.core.present.words import CANT


def next_stage(plan: CameraPlan, action: str, stage: int, booted: bool) -> int:
    """The next page of an attempt, skipping a boot wait marked `unless_booted` when booted."""
    steps = plan.actions[action].steps
    while (
        stage < len(steps)
        and booted
        and steps[stage].wait is WaitFor.boot
        and steps[stage].unless_booted
    ):
        stage += 1
    return stage


@dataclass
class Fold:
    """Evidence for the engine, refused steps, the attempt under way, and the camera's state."""

    evidence: list[Evidence] = field(default_factory=list)
    """The current phase's evidence."""
    excluded: set[str] = field(default_factory=set)
    running: tuple[str, int] | None = None
    booted: bool = False
    phase: Phase = Phase.reset
    parked: dict[Phase, list[Evidence]] = field(default_factory=dict)
    """The other phase's evidence, kept for when the session goes back to it."""
    last_reset: str | None = None
    """The reset attempt whose checks moved the session to `setup`."""
    reset: bool = False
    """The reset took (every reset check said yes)."""
    done: bool = False
    """The camera is added again and works: the job is done."""
    tried: list[str] = field(default_factory=list)

    def copy(self) -> Fold:
        """An independent copy, so a saved state never changes when a new answer is folded."""
        return replace(
            self,
            evidence=list(self.evidence),
            excluded=set(self.excluded),
            parked={k: list(v) for k, v in self.parked.items()},
            tried=list(self.tried),
        )

    def _switch(self, to: Phase) -> None:
        self.parked[self.phase] = self.evidence
        self.evidence = self.parked.pop(to, [])
        self.phase = to

    def action(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """Apply an answer to page `stage` of attempt `ref`; the result words, if any."""
        spec = plan.actions[ref]
        if stage == 0 and ref not in self.tried:
            self.tried.append(ref)
            if spec.powers_off:
                self.booted = False
        if stage == 0 and spec.back_to_reset:
            return self._back_to_reset(ref, answer)
        step = spec.steps[stage]
        if step.check is not None:
            return self._check(plan, ref, stage, answer)
        if answer == CANT:
            self.excluded.add(ref)
            self.running = None
            return "could not do this"
        if step.wait in (WaitFor.boot, WaitFor.reboot):
            self.booted = True
        self.running = (ref, next_stage(plan, ref, stage + 1, self.booted))
        return None

    def _check(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """Every check must say yes; the last one ends the attempt (and maybe the phase)."""
        self.running = None
        if answer != "yes":
            self.evidence.append(ActionFailed(ref))
            return "not reset" if self.phase is Phase.reset else "not added yet"
        if stage + 1 < len(plan.actions[ref].steps):
            self.running = (ref, stage + 1)
            return None
        if self.phase is Phase.reset:
            self.reset, self.last_reset = True, ref
            self._switch(Phase.setup)
            return "camera reset"
        self.done = True
        return "camera added again"

    def _back_to_reset(self, ref: str, answer: str) -> str:
        """The reset had not really taken: resume resetting, that attempt counted as failed."""
        self.running = None
        if answer == CANT:
            self.excluded.add(ref)
            return "could not do this"
        self.evidence.append(ActionFailed(ref))
        self._switch(Phase.reset)
        if self.last_reset is not None:
            self.evidence.append(ActionFailed(self.last_reset))
        self.reset = False
        return "back to resetting"

    def question(self, plan: CameraPlan, ref: str, answer: str) -> None:
        """Apply an answer to question `ref`: evidence, or the question refused for good."""
        if answer == CANT:
            self.excluded.add(ref)
            return
        self.evidence.append(Answered(ref, answer))
        spec = next((a for a in plan.questions[ref].answers if a.id == answer), None)
        if spec is not None and spec.implies_booted:
            self.booted = True
        if spec is not None and spec.power:  # "it runs on a battery": no outlet steps from now
            self.excluded |= plan.not_for_power(frozenset(spec.power))
