"""The camera's own light on: its outlet or its PoE port is not asked about.

A Reolink RLC-510A's "What is the status light doing right now? — On and steady" was followed
by "Is the light on at the camera's port? On the PoE switch, recorder or injector, find the
port …": the camera had just shown it has power (session-71 review E, smaller notes). From logs
written under LIGHT_ON_RULES, while the person's latest word on its light is that it is on
(steady, or blinking) and nothing since says it went dark, the questions that only tell whether
its feed gives power ("Does the outlet work?", the light at its port) wait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered
from camreset.core.present.detour_steps import POWER_QUESTIONS
from camreset.core.session.dark import said_dark
from camreset.core.session.later_rules import LIGHT_ON_RULES
from camreset.core.session.said import latest_is

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold

LIT = tuple(Answered(POWER_QUESTIONS[1], answer) for answer in ("steady", "blinking"))
"""The status light's answers that say the camera has power."""
FEED_QUESTIONS = frozenset({"outlet-test", "poe-port-light"})
"""The questions that only tell whether the outlet or the PoE port gives the camera power."""


def feed_asked_in_vain(plan: CameraPlan, fold: Fold, qs: frozenset[str]) -> frozenset[str]:
    """The questions among `qs` to leave out: those about its feed, while its light is on."""
    if fold.rules < LIGHT_ON_RULES or not any(latest_is(fold, lit) for lit in LIT):
        return frozenset()
    return frozenset() if said_dark(plan, fold) else qs & FEED_QUESTIONS
