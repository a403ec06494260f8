"""An answer to an attempt's check: what says the attempt worked, and what ends a phase.

Every check must say yes; the last one ends the attempt, and in `reset` moves the session to
`setup` (or ends it, for a camera being sold); "not sure" lets the next check tell. Kept out
of core/session/fold.py, which calls it from `Fold.check` (a subclass in state.py adds the
readings of later rules around it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.connection import reads_app_qr
from camreset.core.kb.troubleshooting import Phase
from camreset.core.present.detour_steps import TELL_CHECK
from camreset.core.present.said_notices import NOT_IN_SETUP_MODE
from camreset.core.present.words import CANT, NOT_DONE, NOT_SURE, UNTOLD
from camreset.core.session import asked_once, opening, rules
from camreset.core.session import back_to_reset as back
from camreset.core.session.detours import let_go_early

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold


def answer(fold: Fold, plan: CameraPlan, ref: str, stage: int, given: str) -> str | None:
    """Every check must say yes; the last one ends the attempt (and maybe the phase)."""
    if back.goes_on_untold(fold, plan, ref, stage, given):
        return None
    last = stage + 1 >= len(plan.actions[ref].steps)
    last = last or (given == "yes" and asked_once.prompt_seen(fold, plan, ref, stage))
    fold.running = None
    confirmed, fold.confirmed = fold.confirmed == (ref, stage - 1), None
    if given == CANT and not last and fold.rules >= rules.CANT_LOOK_RULES:
        given = NOT_SURE  # a light they cannot see: the next check (the app) needs no sight
    if given == NOT_SURE:  # the next check (or the help page) tells; a yes before counts
        fold.running = (ref, stage) if last else (ref, stage + 1)
        fold.detour = TELL_CHECK if last else None
        fold.confirmed = (ref, stage - int(last)) if confirmed else None
        return None
    if given == CANT and confirmed:
        given = "yes"  # the check before said yes; this one could not be done: go by that
    if given != "yes":
        fold.evidence.append(ActionFailed(ref))  # not known to have worked: go on
        fold.no_before, fold.last_no = fold.last_no, (ref, stage)
        if ref in fold.short_holds:
            let_go_early(fold, plan)
        if back.not_in_setup_mode(fold, plan, ref, stage, given):  # a full reset not taken
            return back.back_to_reset(fold, NOT_IN_SETUP_MODE)
        return UNTOLD[fold.phase] if given == CANT else NOT_DONE[fold.phase]
    if not last and not seller_stops(fold, plan, ref, stage):
        fold.running, fold.confirmed = (ref, stage + 1), (ref, stage)
        return None
    if fold.phase is Phase.reset and opening.back_in(fold, plan, ref):
        fold.outcome = "not-needed"  # back in with a new password: no reset
        return opening.BACK_IN
    if fold.phase is Phase.reset:
        fold.reset, fold.last_reset = True, ref
        if fold.reset_only:
            fold.done = True
        else:
            fold.switch(Phase.setup, plan)
        return "camera reset"
    fold.done = True
    return "camera added again"


def seller_stops(fold: Fold, plan: CameraPlan, ref: str, stage: int) -> bool:
    """A seller's reset ends at setup mode when the next check would have them show the
    camera their app's QR code: reading it joins the camera to their account (a Wyze
    seller was told not to, then asked to; owner review 45)."""
    steps = plan.actions[ref].steps
    after = steps[stage + 1].check if stage + 1 < len(steps) else None
    return fold.reset_only and after == "app_finds" and reads_app_qr(plan.model)
