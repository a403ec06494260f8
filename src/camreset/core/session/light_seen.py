"""A setup light seen while resetting, then the app's "No": not reset, but the camera is on.

A reset attempt checks the setup light, then whether the app finds the camera as new. The
app's "No" after a light the person saw fails the attempt, as before: a light can be misread,
and the app is the better test of a reset (measured: trusting the light instead lost up to
0.85 point of success in `camreset bench`, and up to 1.55 with its adding begun as failed;
docs/benchmark.md, session 60). What the light does prove is that the
camera has power, so the steps that follow are not about a dead outlet (phone review 60, #1:
a Tapo C200 seen in setup mode went back to its adapter, "the outlet gives no power: about
10%" under a light that was on). Said as "the outlet works" (or, on PoE, "its port's light is
on"): evidence, never shown as asked. Logs written before this reading keep their own.
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

LIGHT_SEEN = "the app did not find it; the light shows it has power"
"""Said after the attempt's result."""
HAS_POWER = (("outlet-test", "works"), ("poe-port-light", "on"))
"""The answers that say the camera is fed, and nothing else: its outlet works, its port's
light is on (a status light's "steady" also lowered other causes and made a weak adapter
the likeliest, diff review 60)."""


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
    """That the camera is fed, as the answers the reset phase asks it by, where nothing has
    answered them yet."""
    said = {
        e.question_id
        for e in live_evidence(plan.reset.engine, fold.evidence)
        if isinstance(e, Answered)
    }
    return [
        Derived(question, answer)
        for question, answer in HAS_POWER
        if question in plan.reset.questions and question not in said
    ]
