"""The steps of one camera model as a session shows them, rendered once and reused.

The simulated person reads the same `Step` objects (timers, waits, answers) the product
renders; only the step id differs, and the person reads the action or question from the
driver, as it would from the step's reference.
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan, compile_plan
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.detour_steps import LAST_LOOK
from camreset.core.present.step import Step, StepRef
from camreset.core.present.steps import StepRenderer


class PlanSteps:
    """The compiled plan of one model, its resolved facts and a cache of rendered steps."""

    def __init__(self, kb: KnowledgeBase, model: ResolvedModel) -> None:
        self.model = model
        self.plan: CameraPlan = compile_plan(kb, model)
        self._renderer = StepRenderer(kb, self.plan)
        self._steps: dict[tuple[str, int], Step] = {}

    def stage(self, action: str, stage: int) -> Step:
        key = (action, stage)
        if key not in self._steps:
            self._steps[key] = self._renderer.step(StepRef(0, "action", action, stage))
        return self._steps[key]

    def check(self, action: str, stage: int) -> str | None:
        """The kind of check page `stage` of `action` is (None: not a check)."""
        return self.plan.actions[action].steps[stage].check

    def check_on(self, ref: StepRef) -> str | None:
        """The check a step shows: an attempt's check page, or the check a last look repeats."""
        if ref.kind == "action":
            return self.check(ref.ref, ref.stage)
        if ref.kind == "detour" and ref.ref == LAST_LOOK and ref.subject is not None:
            return self.check(ref.subject, ref.stage)
        return None

    def question(self, question: str) -> Step:
        key = (question, -1)
        if key not in self._steps:
            self._steps[key] = self._renderer.step(StepRef(0, "question", question))
        return self._steps[key]

    def step(self, ref: StepRef, power: frozenset[str] | None = None) -> Step:
        """Any step a session can show (opening, item to get, detour...), as rendered for a
        camera the person said is powered `power` (its words, and the answers that fit)."""
        said = ",".join(sorted(power)) if power else ""
        key = (f"{ref.kind}:{ref.ref}:{ref.subject}:{said}", ref.stage)
        if key not in self._steps:
            self._steps[key] = self._renderer.powered(power).step(
                StepRef(0, ref.kind, ref.ref, ref.stage, ref.subject)
            )
        return self._steps[key]


class PlanBook:
    """`PlanSteps` per model id, built on first use."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._plans: dict[str, PlanSteps] = {}

    def __getitem__(self, model_id: str) -> PlanSteps:
        if model_id not in self._plans:
            self._plans[model_id] = PlanSteps(self.kb, resolve_model(self.kb, model_id))
        return self._plans[model_id]
