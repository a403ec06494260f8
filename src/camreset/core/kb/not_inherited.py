"""What a camera does not inherit from its line's defaults where its own sources say otherwise:
a setup Wi-Fi of its own when it pairs through a hub, charging advice when it has no battery,
a reset path in an app it is not added in. Out of resolve.py (session 76, modules at the
400-line limit).
"""

from __future__ import annotations

from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import Resolved

CHARGED = frozenset({PowerKind.battery, PowerKind.solar})
"""Ways of powering a camera that have a battery to charge."""


def without_own_network(facts: dict[str, Resolved]) -> dict[str, Resolved]:
    """A camera that pairs through a hub is not set up over a network of its own: a line
    default that says it opens one (a setup Wi-Fi name, `own_ap`) is not inherited."""
    kept = dict(facts)
    setup = kept.get("setup_mode")
    if setup and setup.origin.is_default and any(c.value.wifi_ssid for c in setup.claims):
        del kept["setup_mode"]
    provisioning = kept.get("provisioning")
    if (
        provisioning
        and provisioning.origin.is_default
        and any("own_ap" in c.value for c in provisioning.claims)
    ):
        del kept["provisioning"]
    return kept


def without_charging(
    facts: dict[str, Resolved], lists: dict[str, tuple[Resolved, ...]]
) -> dict[str, Resolved]:
    """A camera whose sources power it without a battery (a wired doorbell, a PoE camera)
    does not inherit its line's charging advice: "Charge first" on a wired Ring doorbell's
    card read as if it had a battery to charge."""
    kinds = {r.value.kind for r in lists.get("power", ())}
    charge = facts.get("charge")
    if not kinds or kinds & CHARGED or charge is None or not charge.origin.is_default:
        return facts
    return {name: fact for name, fact in facts.items() if name != "charge"}


def without_other_apps(
    facts: dict[str, Resolved], lists: dict[str, tuple[Resolved, ...]]
) -> dict[str, tuple[Resolved, ...]]:
    """A camera whose sources say it is not added in an app (`not_in_app`) is not offered a
    reset path in that app: a Nest Cam (battery), set up in Google Home, was sent first to its
    line's path in the Nest app, "if it is listed there" (phone review 73)."""
    absent = facts.get("not_in_app")
    paths = lists.get("software_reset", ())
    if absent is None or not paths:
        return lists
    gone = str(absent.value).casefold()
    kept = tuple(p for p in paths if (p.value.app or "").casefold() != gone)
    rest = {name: found for name, found in lists.items() if name != "software_reset"}
    return {**rest, "software_reset": kept} if kept else rest
