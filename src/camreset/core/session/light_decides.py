"""The setup light seen while resetting decides over the app's "No" that follows it.

A reset attempt checks the setup light, then whether the app finds the camera as new. When
the person saw the light, the reset took: an app that then does not find the camera is
trouble adding it, which the setup phase looks into (phone review 60: a Tapo C200 and a Wyze
Cam v3 seen in setup mode went back to their adapter and button, "the outlet gives no power"
under a light that was on). Logs written before this reading keep their own (`rules`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed, Evidence
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase
from camreset.core.session.back_to_reset import SETUP_MODE
from camreset.core.session.rules import APP_AFTER_LIGHT_RULES
from camreset.core.session.said import Derived

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold

APP_AFTER_LIGHT = "the app did not find it, which adding it again looks into"
ADD_AGAIN = "add-again"
ADD_TROUBLE, NOT_FOUND = "add-trouble", "not-found"
"""Why a reset counted by its light stands, in its result."""


def app_after_light(fold: Fold, plan: CameraPlan, ref: str, stage: int, answer: str) -> bool:
    """Whether `answer` is the app's "No" right after the setup light was seen while
    resetting, in a log written under this reading."""
    steps = plan.actions[ref].steps
    return (
        answer == "no"
        and fold.rules >= APP_AFTER_LIGHT_RULES
        and fold.phase is Phase.reset
        and steps[stage].check == "app_finds"
        and stage > 0
        and steps[stage - 1].check == SETUP_MODE
        and fold.confirmed == (ref, stage - 1)
    )


def app_not_finding(plan: CameraPlan) -> list[Evidence]:
    """What adding it again starts from: the app was opened to add it and did not find it,
    which is "Add it again" done and failed with "the app did not find the camera" (adding
    it began with "Add it again" as if nothing had been tried)."""
    found: list[Evidence] = []
    if ADD_AGAIN in plan.setup.actions:
        found.append(ActionFailed(ADD_AGAIN))
    question = plan.setup.questions.get(ADD_TROUBLE)
    if question is not None and any(a.id == NOT_FOUND for a in question.answers):
        found.append(Derived(ADD_TROUBLE, NOT_FOUND))
    return found
