"""A battery camera's charge, asked before support where nothing else asked it.

"Is the battery full enough?" is cheap, but the engine asks a question only when its answer
could change the next step: once "no click" made a broken button the likeliest cause, a Ring
or eufy walk ended at support with the charge never asked, and the report said nothing of
it. Ring's own article (the `battery-flat` cause's source) has a customer charge first, so
support sent them back to do it (support-report review 67, I #1). A camera whose faults
include a flat battery is asked once before any end at support, and the answer is evidence
like any other, and "Low" (or "won't switch on") has "Charge it" tried before support, as
`flow.charge_first` puts it before another hold.

The charged battery's reset ends on the check the attempt before it ended "no" on (is it in
setup mode?): that is the second look at it, after the charge. The last look before support
asked the same check once more, seconds after its "No" (merged-diff review 67, N #5: four
pages stacked before support); from logs written under LOOKED_ON_CHARGE_RULES it is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered
from camreset.core.session.rules import CHARGE_LOOK_RULES, LOOKED_ON_CHARGE_RULES
from camreset.core.session.said import last_said

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold

BATTERY_LEVEL = "battery-level"
FLAT = "battery-flat"
CHARGE = "charge-battery"
ASKED_AT = frozenset({"escalate", "escalate-untried", "escalate-dark"})
"""The ends at support a battery's charge bears on (not a provider's lock, nor an added camera)."""


def unasked(plan: CameraPlan, fold: Fold, end: str) -> str | None:
    """The battery question to ask before the end `end`, if its charge was never asked, said
    (a dark camera's "won't switch on" says it) or charged in this session."""
    if fold.rules < CHARGE_LOOK_RULES or end not in ASKED_AT:
        return None
    phase = plan.phases[fold.phase]
    if FLAT not in phase.engine.faults or CHARGE in fold.tried:
        return None
    if BATTERY_LEVEL not in phase.allowed_questions(frozenset(fold.have), fold.ruled_out):
        return None  # another way of powering said, or "I can't" on it before
    return BATTERY_LEVEL if last_said(fold, BATTERY_LEVEL) is None else None


LOW = Answered(BATTERY_LEVEL, "low")


def charge_now(plan: CameraPlan, fold: Fold, end: str, available: frozenset[str]) -> bool:
    """Whether to charge the battery before the end `end`: its latest word is "low", and
    charging is possible and not yet tried (the engine may weigh a broken button higher)."""
    if fold.rules < CHARGE_LOOK_RULES or end not in ASKED_AT or CHARGE in fold.tried:
        return False
    said = last_said(fold, BATTERY_LEVEL)
    if said is None or said.answer != LOW.answer:
        return False
    return CHARGE in plan.phases[fold.phase].allowed_actions(available, fold.ruled_out)


def looked_on_charge(plan: CameraPlan, fold: Fold, action: str, stage: int) -> bool:
    """Whether the "no" at `action`'s page `stage` is the charged battery's reset saying no
    again to the check the attempt before it in this phase said no to: the second look."""
    if fold.rules < LOOKED_ON_CHARGE_RULES or action != CHARGE or fold.no_before is None:
        return False
    before, at = fold.no_before
    if before == CHARGE or before not in plan.phases[fold.phase].actions:
        return False
    return plan.actions[before].steps[at].check == plan.actions[action].steps[stage].check
