"""A setup light seen while resetting, then the app's "No": not reset, but the camera is on.

A reset attempt checks the setup light, then whether the app finds the camera as new. The
app's "No" after a light the person saw fails the attempt, as before: a light can be misread,
and the app is the better test of a reset (measured: trusting the light instead lost up to
0.8 point of success in `camreset bench`, session 60). What the light does prove is that the
camera has power, so the steps that follow are not about a dead outlet (phone review 60, #1:
a Tapo C200 seen in setup mode went back to its adapter, "the outlet gives no power: about
10%" under a light that was on). Said as the status light's answer, "steady": evidence,
never shown as asked. Logs written before this reading keep their own (`rules`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered, Evidence, live_evidence
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase
from camreset.core.session.back_to_reset import SETUP_MODE
from camreset.core.session.rules import LIGHT_SEEN_RULES
from camreset.core.session.said import Derived

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold

LIGHT_SEEN = "its setup light was seen, so it has power"
"""Said after the attempt's result."""
STATUS_LIGHT, ON = "status-light", "steady"


def app_after_light(fold: Fold, plan: CameraPlan, ref: str, stage: int, answer: str) -> bool:
    """Whether `answer` is the app's "No" right after the setup light was seen while
    resetting, in a log written under this reading."""
    steps = plan.actions[ref].steps
    return (
        answer == "no"
        and fold.rules >= LIGHT_SEEN_RULES
        and fold.phase is Phase.reset
        and steps[stage].check == "app_finds"
        and stage > 0
        and steps[stage - 1].check == SETUP_MODE
        and fold.confirmed == (ref, stage - 1)
    )


def light_on(fold: Fold, plan: CameraPlan) -> list[Evidence]:
    """The status light on, as evidence, where the reset phase asks about it and nothing has
    answered it yet."""
    if STATUS_LIGHT not in plan.reset.questions:
        return []
    said = live_evidence(plan.reset.engine, fold.evidence)
    if any(isinstance(e, Answered) and e.question_id == STATUS_LIGHT for e in said):
        return []
    return [Derived(STATUS_LIGHT, ON)]
