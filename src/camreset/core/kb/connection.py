"""How a camera is connected, as its facts say: the ways it is added again and whether it has
Wi-Fi at all. Pure reading of a resolved model, shared by its card (no Wi-Fi rows for a cable
camera) and the guide (no Wi-Fi steps for it), so a card needs no engine.
"""

from __future__ import annotations

from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.kb.values import Provisioning

WIRED_WAYS = frozenset({Provisioning.wired_lan, Provisioning.lan_tool, Provisioning.nvr})
"""Ways of adding a camera over its network cable: no app, no Wi-Fi to hand it."""


def provisioning(model: ResolvedModel) -> frozenset[Provisioning]:
    """How a reset camera of this model is added again, as far as sources say (empty: unknown)."""
    value = model.value("provisioning")
    return frozenset(value) if isinstance(value, list) else frozenset()


def on_its_cable(model: ResolvedModel) -> bool:
    """Powered over its network cable (PoE, as sourced or as the person said) with no source
    giving it Wi-Fi: a cable camera, even where a 12 V adapter can power it instead."""
    return PowerKind.poe in model.power_kinds and "wifi" not in model.facts


HANDS_IT_WIFI = frozenset({
    Provisioning.own_ap, Provisioning.qr_to_camera, Provisioning.bluetooth,
    Provisioning.sound_wave, Provisioning.wps,
})  # fmt: skip
"""Ways of adding a camera that hand it the Wi-Fi: a camera added so has Wi-Fi."""


def joins_by_cable(model: ResolvedModel, kinds: frozenset[PowerKind]) -> bool:
    """Said (`kinds`) to be powered over its network cable alone, and no source of its own
    gives it Wi-Fi, nor a way of adding it that hands it Wi-Fi: its line's Wi-Fi facts are
    its Wi-Fi cameras' (an EZVIZ C3T PoE's came from a rebranded Wi-Fi camera), and a Swann
    NHD-818 of no sourced power is its recorder's cable camera. A camera whose own sources
    give it Wi-Fi may join it on PoE too."""
    return kinds == {PowerKind.poe} and _no_wifi_of_its_own(model)


def cable_by_its_sources(model: ResolvedModel) -> bool:
    """Whether the model's own sources give it a network cable (PoE) and no Wi-Fi, nor a way
    of adding it that hands it Wi-Fi: it stays on that cable for its data whatever powers it
    (a 12 V Hikvision dome, an EZVIZ C3T PoE or a Reolink RLC-520A on its adapter), and its
    line's Wi-Fi facts are the line's Wi-Fi cameras'. A model whose own sources give no way
    of powering it (a Swann NHD-818) says nothing either way."""
    own = (p for p in model.lists.get("power", ()) if p.origin is Origin.model)
    poe = any(getattr(p.value, "kind", None) is PowerKind.poe for p in own)
    return poe and _no_wifi_of_its_own(model)


def _no_wifi_of_its_own(model: ResolvedModel) -> bool:
    wifi = model.facts.get("wifi")
    if wifi is not None and wifi.origin is Origin.model:
        return False
    ways = model.facts.get("provisioning")
    if ways is None or ways.origin is not Origin.model:
        return True
    given = {w for c in ways.claims if isinstance(c.value, list) for w in c.value}
    return not given & HANDS_IT_WIFI


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


def reads_app_qr(model: ResolvedModel) -> bool:
    """Whether the only way the sources give of adding it is a QR code the app shows and the
    camera reads (Wyze), with no hub between: its app never searches for it, so whether it
    reset shows by its reading the code (home owner review 41)."""
    return provisioning(model) == {Provisioning.qr_to_camera} and model.pairs_via is None
