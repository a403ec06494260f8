"""A camera shown to be on PoE by what was done with it, not by "How is it powered?".

A camera whose sources give it both an adapter and PoE, with the power question skipped,
was asked about the light at its PoE port ("Yes, on"), then told to plug a lamp into "the
outlet the camera uses" and, at the end, to find "another power outlet" (installer review
66, D #1). A question or attempt meant only for a PoE camera (`when: {power: [poe]}`: the
port's light, what the cable plugs into, "Another port" to mend its feed) is answered by
someone whose camera is on PoE, as a "Not sure" or "I can't do this" is not: from logs
written under POE_SAID_RULES, such an answer says so, as the power question's "network cable"
does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.power_values import PowerKind
from camreset.core.present.words import DONE, NOT_SURE
from camreset.core.session.later_rules import ANSWERS_SAY_POWER_RULES
from camreset.core.session.own_cable import not_for_its_power
from camreset.core.session.rules import POE_SAID_RULES

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.kb.when import When
    from camreset.core.session.fold import Fold

POE = frozenset({PowerKind.poe})


def _poe_only(when: When) -> bool:
    return when.power is not None and frozenset(when.power) == POE


def by_question(fold: Fold, plan: CameraPlan, ref: str, answer: str) -> frozenset[PowerKind] | None:
    """PoE, for a PoE-only question answered (not "Not sure"; an "I can't do this" is no
    answer the fold keeps), while how the camera is powered is not said; else None."""
    if fold.rules < POE_SAID_RULES or fold.said_power is not None or answer == NOT_SURE:
        return None
    if not _poe_only(plan.questions[ref].when) or _answers_say(fold, plan, ref):
        return None
    fold.worked_out += (ref,)
    return POE


def _answers_say(fold: Fold, plan: CameraPlan, ref: str) -> bool:
    """A question whose own answers say the power (`says_power`) is left to them: "No, to a
    switch, an injector or the router" said PoE for a camera on an adapter whose cable runs
    to the router, once "Does the camera's cable run to a recorder?" came first on the
    password road (merge check of review 69's U #4)."""
    answers = plan.questions[ref].answers
    return fold.rules >= ANSWERS_SAY_POWER_RULES and any(a.says_power for a in answers)


def by_action(fold: Fold, plan: CameraPlan, ref: str, stage: int, answer: str) -> None:
    """The first page of an attempt that mends a PoE feed done ("Another port", "A short
    cable"): the camera is on PoE. Not a page that keeps it where it is ("Keep it on its
    recorder"): that says nothing new about its power."""
    poe_fix = _poe_only(plan.actions[ref].when) and plan.powers_it(ref)
    if stage == 0 and answer == DONE and poe_fix:
        _say(fold, plan, ref)


def _say(fold: Fold, plan: CameraPlan, ref: str) -> None:
    if fold.rules < POE_SAID_RULES or fold.said_power is not None:
        return
    fold.unpowered[ref] = not_for_its_power(plan, fold, POE)
    fold.powered[ref] = POE
    fold.worked_out += (ref,)
