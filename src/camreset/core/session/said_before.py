"""A page as it reads after what the person has said: no light to watch on this camera, or no
way to get the camera's app now. The page's record is built once per camera (steps.py); these
words are added per session, above it, so the person is never told to do what they said they
cannot."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.lights import NO_LIGHT_ID, without_light
from camreset.core.present.step import Step
from camreset.core.present.words import NO_APP_NOTICE
from camreset.core.session.state import SessionFold


def as_said(step: Step, plan: CameraPlan, fold: SessionFold) -> Step:
    """`step` fitted to what the person said before it: the light, the app."""
    if any(h.answer == NO_LIGHT_ID for h in fold.history):
        step = without_light(step, plan.model.hold)
    app = plan.model.line.app
    if "app" in fold.cannot and _uses_app(step, app):
        step = step.noted(NO_APP_NOTICE.format(app=app))
    return step


def _uses_app(step: Step, app: str | None) -> bool:
    """Whether a page is done in the camera's app (its name, then "app", in its words)."""
    if app is None or step.ref.kind in ("tool", "outcome"):
        return False
    return f"{app} app" in f"{step.title} {step.text}"
