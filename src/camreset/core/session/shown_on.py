"""A camera shown running in its app: a cause that would leave it without power is not one
"worth getting" something for before support.

A Tapo C200 whose reset in the app was done (its first page: "The camera must show as online
in the Tapo app") ended at "Worth one more try before TP-Link support … with another power
outlet", though the person had said they have none, and its report for support read "Not
solved yet: worth one more try at home before support, once another power outlet is at hand"
(support-report review 67 I, #3): an outlet giving no power cannot show the camera online.
From logs written under SHOWN_ON_RULES, such a cause sends no one after the item; the
likelihoods stay as they are (the engine is not told: a power step since makes "online"
stale there), only the page chosen from them changes. Also where the path its sources give
is in another app than the one the camera is added in: that page asks it to be "listed, and
online" there, so its Done shows it fed as well (merged-diff review 68, N #5). From logs
written under ONLINE_FED_RULES the engine is told as well, as "the outlet works" (online_fed.py).
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Capability
from camreset.core.present.detour_steps import ONLINE_QUESTION, POWER_QUESTIONS
from camreset.core.present.step import Cause
from camreset.core.present.words import DONE
from camreset.core.session.rules import SHOWN_ON_RULES
from camreset.core.session.said import last_said
from camreset.core.session.state import SessionFold

ONLINE = "online"
RULES_IT_OUT = 0.1
"""How unlikely the knowledge base must make "shows online" for a cause (an outlet with no
power: 0.02) for a camera seen online to rule it out as the reason to get something."""


def shown_on_for(plan: CameraPlan, fold: SessionFold, top: Cause) -> bool:
    """A reset in the app was begun ("Done" on its first page, the camera online in it), its
    light is not said to be off since (a camera that went dark after it may have lost its
    outlet then), and the knowledge base's "Online" all but rules `top` out."""
    if fold.rules < SHOWN_ON_RULES or ONLINE_QUESTION not in plan.questions:
        return False
    light = last_said(fold, POWER_QUESTIONS[1])
    if light is not None and light.answer == "off":
        return False
    answer = next((a for a in plan.questions[ONLINE_QUESTION].answers if a.id == ONLINE), None)
    if answer is None:
        return False
    if answer.likelihood.get(top.id, answer.likelihood.get("default", 1.0)) >= RULES_IT_OUT:
        return False
    return any(
        h.ref.kind == "action"
        and h.ref.stage == 0
        and h.answer == DONE
        and h.ref.ref in plan.actions
        and Capability.app_reset in plan.actions[h.ref.ref].needs
        for h in fold.history
    )
