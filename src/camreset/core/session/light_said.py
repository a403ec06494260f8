"""What the person said of the camera's light, read for a page: no light they can see, the sign
a hold watches for already showing, the very light of setup mode picked. Out of
said_before.py, at 400 lines (session 76).
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.lights import NO_LIGHT_ID, SEP
from camreset.core.present.step import Step, StepRef
from camreset.core.session.state import SessionFold


def sign_already_shown(plan: CameraPlan, fold: SessionFold) -> bool:
    """The latest look at the light saw the very pattern a hold watches for."""
    signal = plan.model.value("while_holding")
    led = getattr(signal, "led", None)
    said = [h for h in fold.history if "status-light" in (h.ref.ref, h.ref.subject)]
    return bool(led and said and said[-1].answer.endswith(f"{SEP}{led}"))


def setup_light_picked(plan: CameraPlan, answer: str, ref: StepRef) -> bool:
    """Whether `answer` to the light question (or its second look) picked the very light
    the sources give for setup mode."""
    setup = plan.model.setup_mode
    if "status-light" not in (ref.ref, ref.subject) or setup is None or not setup.led:
        return False
    return answer.endswith(f"{SEP}{setup.led}")


def no_light(plan: CameraPlan, fold: SessionFold, step: Step) -> bool:
    """The person said they can't see a light, and this page's light is one they can."""
    return any(h.answer == NO_LIGHT_ID for h in fold.history) and not light_elsewhere(plan, step)


def light_elsewhere(plan: CameraPlan, step: Step) -> bool:
    """A question about a light that is not the camera's (the PoE switch's port)."""
    spec = plan.questions.get(step.ref.ref) if step.ref.kind == "question" else None
    return spec is not None and spec.light_elsewhere
