"""What the page after a wait or a hold that was cut short says: the person could not sit the
wait out, ended it well before its time, or answered a hold page sooner than its hold. A
camera looked at too soon can seem not to have reset."""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.number_words import clock
from camreset.core.present.said_notices import (
    COULD_NOT_WAIT_NOTICE,
    HOLD_PAGE,
    QUICK_HOLD_NOTICE,
    RUSHED_WAIT_NOTICE,
    SHORT_TIMED_HOLD_NOTICE,
    SHORT_TIMED_IN_PART_NOTICE,
)
from camreset.core.present.short_hold import in_part_words
from camreset.core.present.step import Step
from camreset.core.present.words import CANT
from camreset.core.session import detours
from camreset.core.session.state import SessionFold


def wait_cut_short(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """What `step` says when it is the page after a wait in the same attempt that the person
    said they could not sit out ("I can't"), or ended with "Done waiting" well before its
    time, or after a hold page answered sooner than its hold (the session notes both in
    `rushed`; this very answer's, not an earlier run's)."""
    last = fold.history[-1] if fold.history else None
    if last is None or last.ref.kind != "action" or step.ref.kind != "action":
        return None
    page = plan.actions[last.ref.ref].steps[last.ref.stage]
    if step.ref.ref != last.ref.ref:
        return None
    said = fold.rushed.get(last.ref.ref, "")
    if page.hold is not None and said.startswith(f"{HOLD_PAGE} {clock(last.seconds)} "):
        least = detours.hold_asked(plan, last.ref.ref, last.ref.stage, fold.rules) or 0
        return QUICK_HOLD_NOTICE.format(seconds=clock(last.seconds), least=clock(least))
    if page.hold is not None and last.held is not None and last.ref.ref in fold.short_holds:
        least = detours.hold_minimum(plan, last.ref.ref, last.ref.stage, fold.rules) or 0
        asked = detours.hold_asked(plan, last.ref.ref, last.ref.stage, fold.rules) or least
        if last.held < least:  # timed on one screen after the other answered (measured.py)
            words = {"held": clock(last.held), "least": clock(asked)}
            found = in_part_words(plan.model, least)  # letting go sooner resets it in part
            if detours.not_before(plan, last.ref.ref, last.ref.stage, fold.rules) and found:
                return SHORT_TIMED_IN_PART_NOTICE.format(**words, found=found)
            return SHORT_TIMED_HOLD_NOTICE.format(**words)
    wait = page.wait
    if wait is None:
        return None
    if last.answer == CANT:
        return COULD_NOT_WAIT_NOTICE[wait.value]
    waited = fold.rushed.get(last.ref.ref, "")
    if not waited.startswith(f"waited {clock(last.seconds)} of "):
        return None
    return RUSHED_WAIT_NOTICE[wait.value].format(waited=waited)
