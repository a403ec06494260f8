"""How a reset camera is added again: in its app, or on its web page, recorder or the vendor's
LAN tool. Which it is decides the app's own troubles (an outdated app, the phone's
permissions) and where the checks after a reset look.
"""

from __future__ import annotations

from camreset.core.kb.connection import WIRED_WAYS, provisioning
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.values import Provisioning

WIFI_WAYS = frozenset({Provisioning.own_ap, Provisioning.qr_to_camera, Provisioning.bluetooth})
"""Ways of adding a camera that hand it Wi-Fi: not how a camera on a network cable is added."""


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


def added_on_its_recorder(model: ResolvedModel) -> bool:
    """Whether the camera pairs through a recorder (an NVR) and its sources give no other way
    of adding it: it is added on that recorder, whatever powers it (a Lorex E893AB on its
    adapter was asked about the Lorex app: installer review 71, I #7)."""
    return model.recorder is not None and not provisioning(model)


def added_in_app(model: ResolvedModel, power: frozenset[str]) -> bool:
    """Whether the camera is added again in its app (the checks after a reset look there), not
    only on its page, recorder or the vendor's tool. Unknown ways count as the app: most home
    cameras are added in one. A camera on PoE alone, of a brand nobody named, is not."""
    ways = ways_to_add(model, power)
    return not ways or not ways <= WIRED_WAYS
