"""A camera that may run on a battery: how it is powered, and how full its battery is, asked
before a press where the person's story points to a flat battery.

A Ring Video Doorbell 3 whose own try "did not react" and "did not restart" was sent to "Get
ready: Make sure it has power: its battery charged …", and "Not sure" there led to "Finding
the reset button": its charge was reached only through "I can't do this" › "It won't switch
on" (session-69 review U, #7; Ring's and SimpliSafe's guides charge first). From logs written
under CHARGE_ASKED_RULES, while the question that tells of its charge is open (how it is
powered, where its sources give several ways and none was said, then "Is the battery full
enough?"; each asked once), it comes before a press when their own try neither reacted nor
restarted, or when they were not sure of its power on the page that says to make sure of it:
that page is set aside, not given up, and comes again after the answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered
from camreset.core.kb.troubleshooting import Capability, Phase
from camreset.core.session.charge_look import BATTERY_LEVEL, CHARGE, FLAT, LOW
from camreset.core.session.later_rules import CHARGE_ASKED_RULES, LOW_FIRST_RULES
from camreset.core.session.power_said import power_question
from camreset.core.session.said import last_said, latest_is

if TYPE_CHECKING:
    from camreset.core.engine.policy import Recommendation
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold

OWN_TRY_DARK = (Answered("saw-confirmation", "nothing"), Answered("restarted", "no-restart"))
"""The person's own try, as told in the opening: nothing while held, no restart after."""
POWER_READY = "{power.ready}"
"""In the words of the page that says to make sure the camera has power ("Get ready")."""
POWER_ASKED = "not sure it has power: its power is asked first"
"""The result of "Not sure" on that page, in the history and the report."""


def open_question(plan: CameraPlan, fold: Fold) -> str | None:
    """The question that tells of its charge, still to ask: how it is powered (several ways,
    none said), else how full its battery is; each asked once, and none once it was charged."""
    phase = plan.phases[fold.phase]
    if fold.rules < CHARGE_ASKED_RULES or fold.phase is not Phase.reset:
        return None
    if FLAT not in phase.engine.faults or CHARGE in fold.tried:
        return None
    qs = phase.allowed_questions(frozenset(fold.have), fold.ruled_out)
    for question in (_how_powered(plan, fold, qs), BATTERY_LEVEL):
        if question is not None and question in qs and last_said(fold, question) is None:
            return question
    return None


def _how_powered(plan: CameraPlan, fold: Fold, qs: frozenset[str]) -> str | None:
    """ "How is it powered?", where the person has not said and it may be more than one way:
    its sources give several, or none (a camera of another brand)."""
    if fold.said_power is not None or plan.model.power_kinds:
        return power_question(plan, fold, qs)
    return next((q for q in sorted(qs) if any(a.power for a in plan.questions[q].answers)), None)


def unsure_of_power(fold: Fold, plan: CameraPlan, action: str, stage: int) -> str | None:
    """ "Not sure" on page `stage` of `action`, the page that says to make sure the camera
    has power, while the question that tells of its charge is open: the attempt is set aside
    (it comes again after that question) and the result words; None: not that page."""
    page = plan.actions[action].steps[stage]
    if POWER_READY not in (page.do or "") or open_question(plan, fold) is None:
        return None
    fold.unsure_of_power = True
    fold.running, fold.detour, fold.held, fold.waited_again = None, None, None, None
    return POWER_ASKED


def question_first(plan: CameraPlan, fold: Fold, rec: Recommendation) -> str | None:
    """The open question (`open_question`) to ask instead of `rec`, a press not meant to power
    the camera, where the person's own try neither reacted nor restarted, or they were not
    sure of its power; None: `rec` stands."""
    if rec.kind != "action" or rec.step_id is None:
        return None
    if Capability.button not in plan.actions[rec.step_id].needs or plan.powers_it(rec.step_id):
        return None
    if not (fold.unsure_of_power or all(latest_is(fold, said) for said in OWN_TRY_DARK)):
        return None
    return open_question(plan, fold)


def low_first(fold: Fold) -> bool:
    """Whether the person's latest word on the battery is "Low", in a log written under
    LOW_FIRST_RULES: an attempt meant to charge it asks for the paperclip at its hold, not
    before "Charge it" (session 70, left over: a Ring Video Doorbell 3 said "Low" was asked to
    find a paperclip first, and charging takes hours)."""
    return fold.rules >= LOW_FIRST_RULES and latest_is(fold, LOW)
