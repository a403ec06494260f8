"""What each answered step does to a session: the one fold shared by replay and the benchmark.

`Guide.replay` and the simulator's engine arm both feed answers through `Fold`, so the
benchmark measures exactly the decisions the product makes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import WaitFor
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
    excluded: set[str] = field(default_factory=set)
    running: tuple[str, int] | None = None
    booted: bool = False
    reset: bool = False
    tried: list[str] = field(default_factory=list)

    def copy(self) -> Fold:
        """An independent copy, so a saved state never changes when a new answer is folded."""
        return replace(
            self, evidence=list(self.evidence), excluded=set(self.excluded), tried=list(self.tried)
        )

    def action(self, plan: CameraPlan, ref: str, stage: int, answer: str) -> str | None:
        """Apply an answer to page `stage` of attempt `ref`; the result words, if any."""
        spec = plan.actions[ref].steps
        if stage == 0 and ref not in self.tried:
            self.tried.append(ref)
            if plan.actions[ref].powers_off:
                self.booted = False
        if spec[stage].check is not None:
            # Success needs every check to say yes: the last one ends the session.
            self.running = None
            if answer != "yes":
                self.evidence.append(ActionFailed(ref))
                return "not reset"
            if stage + 1 < len(spec):
                self.running = (ref, stage + 1)
                return None
            self.reset = True
            return "camera reset"
        if answer == CANT:
            self.excluded.add(ref)
            self.running = None
            return "could not do this"
        if spec[stage].wait in (WaitFor.boot, WaitFor.reboot):
            self.booted = True
        self.running = (ref, next_stage(plan, ref, stage + 1, self.booted))
        return None

    def question(self, plan: CameraPlan, ref: str, answer: str) -> None:
        """Apply an answer to question `ref`: evidence, or the question refused for good."""
        if answer == CANT:
            self.excluded.add(ref)
            return
        self.evidence.append(Answered(ref, answer))
        if any(a.id == answer and a.implies_booted for a in plan.questions[ref].answers):
            self.booted = True
