"""What the person said of the camera's power puts first, or leaves out, before the engine
chooses.

A status light said to be off had "You said its light is off. A reset needs the camera on, so
its power comes first." above the next page, and then the engine was free to choose any step:
a Wyze Cam v2 "Off" at an outlet a lamp had just shown working was asked "Do you feel a click
when you press?" and held for 30 seconds while dark, and once it was said not to switch on,
asked "Is there another power outlet you can use?" (session-69 review U, #6). From logs written
under LIGHT_OFF_FIRST_RULES, the presses not meant to power it and the questions that tell
nothing of its power wait while a power step is left, as for a camera said not to switch on
(flow.dark_attempts); with none left the rest comes (its light may be switched off in its
app). From logs written under OUTLET_WORKS_RULES, "Yes, it works" leaves out the attempts that
move it to another outlet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed, Answered, PartlyDone
from camreset.core.kb.troubleshooting import Have, Phase
from camreset.core.present.detour_steps import POWER_QUESTIONS
from camreset.core.session.later_rules import LIGHT_OFF_FIRST_RULES, OUTLET_WORKS_RULES
from camreset.core.session.said import latest_answer

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold

LIGHT_OFF = Answered(POWER_QUESTIONS[1], "off")
OUTLET_TEST, OUTLET_WORKS = "outlet-test", "works"


def light_off(plan: CameraPlan, fold: Fold) -> bool:
    """Whether the person's own latest word on the status light is "Off" and nothing since
    says the camera is on (no attempt got as far as its check, or changed its power): the
    attempts and questions `flow.dark_attempts` and `flow.dark_questions` leave out wait."""
    if fold.rules < LIGHT_OFF_FIRST_RULES or fold.phase is not Phase.reset:
        return False
    at = latest_answer(fold, LIGHT_OFF.question_id)
    if at is None or fold.evidence[at] != LIGHT_OFF:
        return False
    return not any(isinstance(e, ActionFailed | PartlyDone) for e in fold.evidence[at:])


def outlet_rules_out(plan: CameraPlan, fold: Fold, question: str, answer: str) -> None:
    """Fold in what "Does the outlet work?" rules out: "Yes, it works", the attempts that
    move the camera to another outlet; another answer, nothing (it replaces the one before)."""
    if question != OUTLET_TEST or fold.rules < OUTLET_WORKS_RULES:
        return
    other = frozenset(
        a for a, spec in plan.reset.actions.items() if Have.other_outlet in spec.requires
    )
    fold.unpowered[question] = other if answer == OUTLET_WORKS else frozenset()
