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


NETWORK_CHECKS = ("setup_mode", "app_finds")
"""The reset checks camreset can answer over the network instead of the person."""


def network_option(
    plan: CameraPlan, phase: Phase, have: frozenset[str], action: str, stage: int
) -> bool:
    """Whether page `stage` of `action` is a reset check camreset can answer over the network:
    the person has a computer on the camera's network, and the camera's line tells its setup
    state that way (the plan has a network question)."""
    if phase is not Phase.reset or not plan.network_offered(have):
        return False
    return plan.actions[action].steps[stage].check in NETWORK_CHECKS


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
        step = spec.steps[stage]
        if spec.back_to_reset:
            return self._last_look(plan, ref, stage, answer)
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

    def _last_look(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """An attempt that goes back to resetting, after a last look: its checks (the camera
        is added and works) all saying yes end the job; anything else goes on to the page
        that sends the session back to resetting."""
        steps = plan.actions[ref].steps
        if steps[stage].check is None:
            return self._back_to_reset(ref, answer)
        if answer == "yes" and stage + 1 < len(steps) and steps[stage + 1].check is not None:
            self.running = (ref, stage + 1)
            return None
        if answer == "yes":
            self.running, self.done = None, True
            return "camera added again"
        first_do = next(i for i, s in enumerate(steps) if s.check is None)
        self.running = (ref, first_do)
        return None

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

    def network_result(self, plan: CameraPlan, ref: str, result: str) -> str | None:
        """A reset check of attempt `ref` answered by the camera itself over the network.

        Factory state confirms the reset without anyone reading a light: the remaining checks
        are skipped, the session moves to `setup`, and the setup phase starts knowing it (the
        network question's "factory" answer, which all but rules out a misread light). Still
        set up means the reset did not take. No answer leaves the person's own check on screen.
        """
        if self.phase is not Phase.reset or self.running is None or self.running[0] != ref:
            return None
        if result == "set-up":
            self.running = None
            self.evidence.append(ActionFailed(ref))
            return "not reset (it says it is still set up)"
        if result != "factory":
            return None
        self.running = None
        self.reset, self.last_reset = True, ref
        self._switch(Phase.setup)
        question = plan.network_question
        if question is not None:
            self.evidence.append(Answered(question.id, "factory"))
        return "camera reset (confirmed over the network)"

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
