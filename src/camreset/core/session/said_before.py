"""A page as it reads after what the person has said: no light to watch on this camera, or no
way to get the camera's app now. The page's record is built once per camera (steps.py); these
words are added per session, above it, so the person is never told to do what they said they
cannot."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import WaitFor
from camreset.core.present.detour_steps import TELL_HOLD
from camreset.core.present.lights import NO_LIGHT_ID, without_light
from camreset.core.present.step import Step
from camreset.core.present.words import FOR_NEW_OWNER_CHECK, NO_APP_NOTICE, NOTHING_SEEN_NOTICE
from camreset.core.session.state import SessionFold


def as_said(step: Step, plan: CameraPlan, fold: SessionFold) -> Step:
    """`step` fitted to what the person said before it: the light, the app."""
    if any(h.answer == NO_LIGHT_ID for h in fold.history):
        step = without_light(step, plan.model.hold)
    app = plan.model.line.app
    if "app" in fold.cannot and _uses_app(step, app):
        step = step.noted(NO_APP_NOTICE.format(app=app))
    if _restart_after_nothing(step, plan, fold):
        step = step.noted(NOTHING_SEEN_NOTICE)
    if fold.reset_only and _page(plan, step) == "app_finds":
        step = step.noted(FOR_NEW_OWNER_CHECK)
    return step


def _page(plan: CameraPlan, step: Step) -> str | None:
    """The check an attempt's page is ("app_finds"), None for any other page."""
    spec = plan.actions.get(step.ref.ref) if step.ref.kind == "action" else None
    return spec.steps[step.ref.stage].check if spec is not None else None


def _restart_after_nothing(step: Step, plan: CameraPlan, fold: SessionFold) -> bool:
    """A restart wait right after "No, nothing happened" when asked how to tell the hold
    worked: the wait's words ("while it restarts") would read as if it had."""
    last = fold.history[-1] if fold.history else None
    if last is None or (last.ref.kind, last.ref.ref, last.answer) != (
        "detour",
        TELL_HOLD,
        "nothing",
    ):
        return False
    spec = plan.actions.get(step.ref.ref) if step.ref.kind == "action" else None
    return spec is not None and spec.steps[step.ref.stage].wait is WaitFor.reboot


def _uses_app(step: Step, app: str | None) -> bool:
    """Whether a page is done in the camera's app (its name, then "app", in its words)."""
    if app is None or step.ref.kind in ("tool", "outcome"):
        return False
    return f"{app} app" in f"{step.title} {step.text}"
