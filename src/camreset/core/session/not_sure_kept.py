"""The words above an attempt's page kept on screen after "Not sure" (NOT_SURE_KEPT_RULES).

"Not sure" on a page that asks for something to be done used to count as "Done": a Blink
owner who did not know what the Sync Module was went on to "Is it added?" with no word about
it (phone review 60, #13). The page now stays once; these words say why, and on a page about
the hub what the hub is.
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.said_notices import HUB_IS_NOTICE, NOT_SURE_KEPT, NOT_SURE_KEPT_NOTICE
from camreset.core.present.step import Step
from camreset.core.session.state import SessionFold


def kept_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """Why the page is on screen again, right after a "Not sure" that kept it."""
    last = fold.history[-1] if fold.history else None
    if last is None or last.result != NOT_SURE_KEPT or step.ref.kind != "action":
        return None
    if (last.ref.ref, last.ref.stage) != (step.ref.ref, step.ref.stage):
        return None
    page = plan.actions[step.ref.ref].steps[step.ref.stage]
    hub = plan.model.pairs_via
    if hub is None or "{hub." not in (page.do or ""):
        return NOT_SURE_KEPT_NOTICE
    about = HUB_IS_NOTICE.format(hub=hub.name, brand=plan.model.line.brand)
    return f"{about} {NOT_SURE_KEPT_NOTICE}"
