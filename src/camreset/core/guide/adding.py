"""How a reset camera is added again: in its app, or on its web page, recorder or the vendor's
LAN tool; and whether it has Wi-Fi at all. Which it is decides the app's own troubles (an
outdated app, the phone's permissions), where the checks after a reset look, and whether Wi-Fi
words belong on its card.
"""

from __future__ import annotations

from camreset.core.kb.resolve import ResolvedModel
from camreset.core.kb.values import PowerKind, Provisioning

WIRED_WAYS = frozenset({Provisioning.wired_lan, Provisioning.lan_tool, Provisioning.nvr})
"""Ways of adding a camera over its network cable: no app, no Wi-Fi to hand it."""
WIFI_WAYS = frozenset({Provisioning.own_ap, Provisioning.qr_to_camera, Provisioning.bluetooth})
"""Ways of adding a camera that hand it Wi-Fi: not how a camera on a network cable is added."""


def provisioning(model: ResolvedModel) -> frozenset[Provisioning]:
    """How a reset camera of this model is added again, as far as sources say (empty: unknown)."""
    value = model.value("provisioning")
    return frozenset(value) if isinstance(value, list) else frozenset()


def ways_to_add(model: ResolvedModel, power: frozenset[str]) -> frozenset[Provisioning]:
    """The ways the surest claim gives (`power`: power kinds by id, as said or sourced). For a
    camera on PoE and nothing else, the wired ways any claim gives instead (Reolink's line
    names the QR code shown to a Wi-Fi camera first, then its web page over a cable), or its
    web page if none does."""
    if power != {PowerKind.poe.value}:
        return provisioning(model)
    found = model.facts.get("provisioning")
    claims = found.claims if found is not None else []
    wired = frozenset(w for c in claims if isinstance(c.value, list) for w in c.value) - WIFI_WAYS
    return wired or frozenset({Provisioning.wired_lan})


def added_in_app(model: ResolvedModel, power: frozenset[str]) -> bool:
    """Whether the camera is added again in its app (the checks after a reset look there), not
    only on its page, recorder or the vendor's tool. Unknown ways count as the app: most home
    cameras are added in one. A camera on PoE alone, of a brand nobody named, is not."""
    ways = ways_to_add(model, power)
    return not ways or not ways <= WIRED_WAYS


def on_its_cable(model: ResolvedModel) -> bool:
    """Powered over its network cable (PoE, as sourced or as the person said) with no source
    giving it Wi-Fi: a cable camera, even where a 12 V adapter can power it instead."""
    return PowerKind.poe in model.power_kinds and "wifi" not in model.facts


def wired_only(model: ResolvedModel) -> bool:
    """Whether the sources give only wired ways of adding this camera (a PoE bullet set up
    over its cable): it has no Wi-Fi to change."""
    ways = provisioning(model)
    return bool(ways) and ways <= WIRED_WAYS


def without_wifi(model: ResolvedModel) -> bool:
    """Whether the camera has no Wi-Fi to move or join: added only over its cable, or powered
    over its network cable (PoE, as sourced or as the person said) with no source giving it
    Wi-Fi. A PoE bullet that also takes a 12 V adapter is still a cable camera."""
    return wired_only(model) or on_its_cable(model)
