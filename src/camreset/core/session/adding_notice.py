"""What "Add it again" says when the check before it has the person adding the camera already:
a camera that reads the app's QR code (Wyze) shows it reset by reading the code, half-way
through adding it, and the next page then said to start adding it again (web review 52)."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.connection import reads_app_qr
from camreset.core.present.step import Step
from camreset.core.session.opening import ADD_AGAIN
from camreset.core.session.state import SessionFold

ALREADY_ADDING = (
    "The camera read the app's code a moment ago, so you are already adding it: carry on in "
    "the {app} app from there. Start again from adding a new camera only if the app has "
    "closed or gave up."
)


def adding_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice above the first page of "Add it again" right after the camera read the
    app's code at the check before it, or None."""
    ref, app = step.ref, plan.model.app
    if (ref.kind, ref.ref, ref.stage) != ("action", ADD_AGAIN, 0) or not app or not fold.history:
        return None
    last = fold.history[-1]
    spec = plan.actions.get(last.ref.ref) if last.ref.kind == "action" else None
    page = spec.steps[last.ref.stage] if spec is not None else None
    if page is None or page.check != "app_finds" or last.answer != "yes":
        return None
    return ALREADY_ADDING.format(app=app) if reads_app_qr(plan.model) else None
