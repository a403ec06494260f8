"""A camera that pairs through a recorder (an NVR) is checked over the network only where its
cable runs to the person's own network.

On the recorder's own PoE ports the camera is on the recorder's network, which a computer on
the person's network cannot reach; on a switch, the router or an injector it is on theirs and
answers a check as any camera of its line does. A Lorex E893AB said to be on "A PoE switch or
the router", a computer ticked, had no check over the network, and nothing said why
(technician review 74, G #6). From SWITCH_CHECK_RULES on (its plan has the check from the
knowledge base's `since: 73`), the check is offered by what was said of its cable, and on the
recorder's ports a line says why not. From ANY_RECORDER_PORTS_RULES on, a camera of any brand
said to be on a recorder's own ports (a Hikvision, Dahua or Amcrest on its NVR) reads the same:
Dahua's recorder manuals say cameras on an NVR's own PoE ports "cannot be accessed directly"
(manualshive.com/ru/manual/dahua/nvr21-s2-series/4168572?page=11), and the Dahua line's known
trouble (KB, rroller-dahua-readme) puts them on a private subnet. Such a camera with nothing
said of its cable is offered the check, as it mostly sits on the person's own network.
"""

from __future__ import annotations

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Capability, Phase
from camreset.core.present.network_words import BEHIND_ITS_RECORDER
from camreset.core.present.step import Step
from camreset.core.session.fold import Fold
from camreset.core.session.later_rules import ANY_RECORDER_PORTS_RULES, SWITCH_CHECK_RULES
from camreset.core.session.network import NETWORK_CHECKS
from camreset.core.session.poe_feed import cable_said
from camreset.core.session.recorder_back import (
    LOOK_AND_CHECK_THERE,
    LOOK_IN_THE_RECORDER,
    ON_RECORDER,
    recorder_notice,
)
from camreset.core.session.said import last_said

OFF_THE_RECORDER = frozenset({"switch", "injector"})
"""Answers to "What does the camera's network cable plug into?" that put it on the person's
own network (a switch's answer names the router too)."""


def _cable(plan: CameraPlan, fold: Fold, action: str | None) -> str | None:
    """Where the camera's cable was last said to run: "recorder", "elsewhere", or None."""
    spec = plan.actions.get(action or "")
    if spec is not None and Capability.recorder_reset in spec.needs:
        return "recorder"  # "Keep it on its recorder": its own reset
    said = last_said(fold, ON_RECORDER)
    if said is not None and said.answer in ("yes", "no"):
        return "recorder" if said.answer == "yes" else "elsewhere"
    feed = cable_said(plan, fold)
    if feed == "recorder":
        return feed
    return "elsewhere" if feed in OFF_THE_RECORDER else None


def behind_its_recorder(plan: CameraPlan, fold: Fold, action: str | None = None) -> bool:
    """Whether a check over the network cannot reach the camera for where its cable runs: it
    pairs through a recorder and was not said to be cabled to the person's own network, or
    (any camera) it was said to be on a recorder's own ports (on page `action`, an attempt
    that keeps it on its recorder is on the recorder's ports)."""
    if plan.network_question is None:
        return False
    if plan.model.recorder is None:
        return _said_on_ports(plan, fold, action)
    if fold.rules < SWITCH_CHECK_RULES:
        return True
    return _cable(plan, fold, action) != "elsewhere"


def _said_on_ports(plan: CameraPlan, fold: Fold, action: str | None) -> bool:
    """A camera that may be on a recorder or on the person's own network, said to be on a
    recorder's own ports (never so for a log started before ANY_RECORDER_PORTS_RULES)."""
    return fold.rules >= ANY_RECORDER_PORTS_RULES and _cable(plan, fold, action) == "recorder"


def unreachable(plan: CameraPlan, fold: Fold) -> frozenset[str]:
    """The network question, where the camera is behind its recorder: not to be asked."""
    question = plan.network_question
    if question is None or not behind_its_recorder(plan, fold):
        return frozenset()
    return frozenset({question.id})


def why_no_check(plan: CameraPlan, fold: Fold, step: Step) -> str | None:
    """On a reset's check a computer could answer over the network, for a camera said to be on
    its recorder's own ports: why it is not offered. None elsewhere."""
    ref = step.ref
    if fold.rules < SWITCH_CHECK_RULES or ref.kind != "action" or fold.phase is not Phase.reset:
        return None
    if not plan.network_offered(frozenset(fold.have)):
        return None
    if plan.actions[ref.ref].steps[ref.stage].check not in NETWORK_CHECKS:
        return None
    if plan.model.recorder is None:
        return BEHIND_ITS_RECORDER if _said_on_ports(plan, fold, ref.ref) else None
    return BEHIND_ITS_RECORDER if _cable(plan, fold, ref.ref) == "recorder" else None


def recorder_notices(plan: CameraPlan, fold: Fold, step: Step) -> str | None:
    """The recorder's notice on a check (recorder_back.py) and why no check over the network
    is offered there, as one notice where both apply (LOOK_AND_CHECK_THERE)."""
    look, why = recorder_notice(plan, fold, step), why_no_check(plan, fold, step)
    if look == LOOK_IN_THE_RECORDER and why is not None:
        return LOOK_AND_CHECK_THERE
    return " ".join(n for n in (look, why) if n) or None
