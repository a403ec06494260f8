"""A camera whose own sources give it a network cable and no Wi-Fi (a PoE dome or bullet that
also takes a 12 V adapter) stays on that cable for its data whatever powers it.

A Hikvision DS-2CD2143G2-I said to be on "A power adapter in a wall socket" lost the ways over
its cable (SADP, its page at its factory address) and went to support (technician review 74,
G #7), and an EZVIZ C3T PoE whose power was never asked was sent to the Wi-Fi's steps on its
line's Wi-Fi fact (session 74 A, left over). Each reading holds from its own rules on, so an
older log replays as it ran.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.kb.power_values import PowerKind
from camreset.core.session.later_rules import (
    CABLE_ANY_POWER_RULES,
    OWN_NO_WIFI_RULES,
    WIRED_WIFI_RULES,
)

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold

OWN_SOURCES = "own-sources"
"""The key, among the fold's power answers' exclusions, of what its own sources rule out."""


def not_for_its_power(plan: CameraPlan, fold: Fold, kinds: frozenset[PowerKind]) -> frozenset[str]:
    """The steps an answer that the camera is powered `kinds` leaves out, read as the log's
    rules read it."""
    return plan.not_for_power(
        kinds,
        fold.rules >= WIRED_WIFI_RULES,
        any_power=fold.rules >= CABLE_ANY_POWER_RULES,
        own_wifi=fold.rules >= OWN_NO_WIFI_RULES,
    )


def wifi_left_out(fold: Fold) -> bool:
    """Whether its own sources left out its Wi-Fi steps: its Wi-Fi's causes are not named."""
    return OWN_SOURCES in fold.unpowered


def at_start(plan: CameraPlan, fold: Fold) -> None:
    """Before any answer: its own sources give it no Wi-Fi, so no Wi-Fi step is offered."""
    if fold.rules >= OWN_NO_WIFI_RULES and (steps := plan.wifi_steps):
        fold.unpowered[OWN_SOURCES] = steps
