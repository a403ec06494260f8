"""What the person said of the maker's own recovery (a code, its app's way back in), read for
the pages after it: it failed, it was turned down, or the session ended on it. Out of
said_before.py, at 400 lines (session 76).
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Have
from camreset.core.present.said_notices import (
    BUTTON_LOST_RECOVERY,
    NO_BUTTON_RECOVERY,
    NO_PIN_RECOVERY,
)
from camreset.core.present.step import Step
from camreset.core.session.opening import NOT_FOR_ME, ROUTE_NEXT, ROUTES
from camreset.core.session.state import SessionFold


def recovery_failed(plan: CameraPlan, fold: SessionFold) -> bool:
    """The person said the maker's recovery did not work: on its opening page, or as an
    attempt through it whose check said no (a code refused or expired)."""
    for h in fold.history:
        if h.ref.ref == ROUTES["forgot-password"] and h.answer == ROUTE_NEXT:
            return True
        through_recovery = h.ref.kind == "action" and plan.by_recovery(h.ref.ref)
        if through_recovery and h.result is not None and h.answer == "no":
            return True
    return False


def declined_route_back(plan: CameraPlan, fold: SessionFold, step: Step) -> bool:
    """The maker's recovery as an attempt, after the person said on the recovery page that it
    is not for them."""
    if not plan.by_recovery(step.ref.ref):
        return False
    return any(
        h.ref.ref == ROUTES["forgot-password"] and h.answer == NOT_FOR_ME for h in fold.history
    )


def ended_on_recovery(plan: CameraPlan, fold: SessionFold) -> bool:
    """The session ended on the maker's recovery as an attempt (not on its opening page),
    or on a last look at its check."""
    if not fold.history:
        return False
    last = fold.history[-1].ref
    return plan.by_recovery({"action": last.ref, "detour": last.subject}.get(last.kind))


def why_recovery(plan: CameraPlan, fold: SessionFold) -> str:
    """Why the recovery turned down is on screen again: no button, nothing to press it with,
    or the button's ways used up."""
    if not plan.model.has_button:
        return NO_BUTTON_RECOVERY
    return NO_PIN_RECOVERY if Have.pin.value in fold.cannot else BUTTON_LOST_RECOVERY
