"""A reset tried on a battery the person said is low and could not charge or renew: the page
that says to make sure the camera has power says what they told it, and why it matters,
instead of asking again for what they said they cannot do. Words only: which page comes next
does not change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.guide.cells_at_hand import needs_cells
from camreset.core.kb.have import Have
from camreset.core.present.said_notices import LOW_BATTERY_NOTICE, LOW_BATTERY_UNTICKED
from camreset.core.present.words import CANT
from camreset.core.session.charge_asked import POWER_READY
from camreset.core.session.charge_look import CHARGE, LOW
from camreset.core.session.said import latest_is

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.present.step import Step
    from camreset.core.session.state import SessionFold


def low_battery_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice for the page that says to make sure it has power, where the battery's latest
    word is "Low" and the person answered "I can't do this" to charging or renewing it, or did
    not tick the new batteries its renewing needs; None elsewhere."""
    spec = plan.actions.get(step.ref.ref) if step.ref.kind == "action" else None
    if spec is None or POWER_READY not in (spec.steps[step.ref.stage].do or ""):
        return None
    if not latest_is(fold, LOW):
        return None
    couldnt = any(
        (h.ref.kind, h.ref.ref, h.ref.stage) == ("action", CHARGE, 0) and h.answer == CANT
        for h in fold.history
    )
    if couldnt:
        return LOW_BATTERY_NOTICE
    unticked = Have.batteries.value in fold.cannot and needs_cells(plan.reset.actions)
    return LOW_BATTERY_UNTICKED if unticked else None
