"""A camera on a recorder's PoE port, answered "not in setup mode" by eye: the recorder may
have taken it back at once.

A recorder (NVR) can set a camera up again the moment it restarts from a reset, with the
recorder's own password (Hikvision's recorders activate the cameras on their PoE ports; a new
Lorex recorder password applies to every camera on it), so the camera never shows as new. The
tool said so only after its network check (RECORDER_DOUBT_NOTICE); a technician who answered
the setup-mode check by eye was next told to unplug the customer's other cameras to free the
recorder's power (installer review 66, D #3). The check page now says where to look, and the
page that frees the recorder's power says to look there first. A camera said to be on a
switch or an injector is on no recorder: nothing is asked about one for its support.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from camreset.core.engine.evidence import ActionFailed
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Capability, Phase, StepSpec
from camreset.core.present.adding_words import ON_ITS_RECORDER
from camreset.core.present.step import Step
from camreset.core.session.fold import Fold
from camreset.core.session.poe_feed import said_feed
from camreset.core.session.rules import RECORDER_NEEDS_RULES
from camreset.core.session.said import last_said

LOOK_IN_THE_RECORDER = (
    "On a recorder (NVR), a reset camera may be set up again at once with the recorder's "
    "password, so it does not show as new. Before you answer No, look in the recorder's camera "
    "list: just added again, or back at its default settings, means the reset worked. To be "
    "sure, try it on a PoE switch or an injector."
)
"""On the setup-mode check of a camera said to be on a recorder's port: short, as it stands
above the check's answers (510 px on a phone pushed them all below the first screen:
merged-diff review 66, I #5)."""
LOOK_AND_CHECK_THERE = LOOK_IN_THE_RECORDER.removesuffix(".") + (
    ": there your computer can reach it, and camreset can check it over the network."
)
"""LOOK_IN_THE_RECORDER where camreset cannot check the camera over the network on the
recorder's ports (behind_recorder.py): one notice that says where it can, instead of that one
and BEHIND_ITS_RECORDER, which together pushed the check's step line off an 80×24 terminal
(session 76 B)."""
LOOK_BEFORE_FREEING = (
    "Before you unplug the recorder's other cameras: look in the recorder's camera list "
    "first. A recorder can set a reset camera up again the moment it restarts, so it did not "
    "show as new. If the list shows it as just added again, the reset worked and nothing needs "
    "unplugging: undo your answers back to the reset's check and answer Yes."
)
"""On the first page of freeing a recorder's PoE power, after a reset's check said No."""
FREES_BUDGET = frozenset({"poe-free-budget", "poe-free-budget-web"})


def _on_recorder(plan: CameraPlan, fold: Fold, action: str) -> bool:
    if fold.phase is not Phase.reset or not plan.may_be_on_a_recorder:
        return False
    own_reset = Capability.recorder_reset in plan.actions[action].needs  # "Keep it on its recorder"
    return own_reset or said_feed(plan, fold) == "recorder"


def off_the_recorder(plan: CameraPlan, fold: Fold) -> bool:
    """Whether the person said the camera's cable plugs into a switch or an injector, not a
    recorder: what support asks about a recorder is then nothing to have ready (a Lorex on a
    PoE switch was asked for its recorder's Device ID: merged-diff review 66, I #4)."""
    return fold.rules >= RECORDER_NEEDS_RULES and said_feed(plan, fold) in ("switch", "injector")


ON_RECORDER = "on-recorder"
"""The knowledge base's question "Does the camera's cable run to a recorder?"."""


def without_a_recorder(step: Step, plan: CameraPlan, fold: Fold) -> Step:
    """`step` without "(or add it on the recorder it is connected to)" where the person said
    the cable runs to a switch, an injector or the router: the page after "No, to a switch, an
    injector or the router" offered the recorder (merged-diff review 69, N #7). Words only."""
    said = last_said(fold, ON_RECORDER)
    elsewhere = said is not None and said.answer == "no"
    if not (elsewhere or said_feed(plan, fold) in ("switch", "injector")):
        return step
    return replace(step, text=step.text.replace(ON_ITS_RECORDER, ""))


def _past_the_light(fold: Fold, steps: Sequence[StepSpec], stage: int) -> bool:
    """Whether this check stands in for a setup light the person cannot see (no_sight.py): it
    carries the notice the light's page would have (review 66, I #1)."""
    return fold.unseen and stage > 0 and steps[stage - 1].check == "setup_mode"


def recorder_notice(plan: CameraPlan, fold: Fold, step: Step) -> str | None:
    """The notice for a recorder camera's setup-mode check, or for the page that frees the
    recorder's power once a reset's check said No; None elsewhere."""
    if step.ref.kind != "action" or not _on_recorder(plan, fold, step.ref.ref):
        return None
    steps = plan.actions[step.ref.ref].steps
    if steps[step.ref.stage].check == "setup_mode" or _past_the_light(fold, steps, step.ref.stage):
        return LOOK_IN_THE_RECORDER
    failed = any(isinstance(e, ActionFailed) for e in fold.evidence)
    if step.ref.ref in FREES_BUDGET and step.ref.stage == 0 and failed:
        return LOOK_BEFORE_FREEING
    return None
