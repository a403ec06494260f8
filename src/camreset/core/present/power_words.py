"""Words for how a camera is powered: how it is started, what not to do while it is on, and
what "has power" means before a reset. A battery camera is never "unplugged", a PoE camera's
cable is named, and a camera whose power is not known hears words that fit any."""

from __future__ import annotations

from dataclasses import dataclass

POWER_ON_WORDS = {
    "adapter": "plugging it in", "usb": "plugging it in", "mains": "switching its power on",
    "poe": "connecting its network cable", "battery": "switching it on or putting its battery in",
    "solar": "switching it on", "transformer": "restoring its power", "hub": "switching it on",
}  # fmt: skip
"""How a camera powered one way is started, for "wait … after ___" (several ways: generic)."""
POWER_OFF_WORDS = {
    "adapter": "unplug it", "usb": "unplug it", "poe": "unplug its network cable",
    "battery": "switch it off or take its battery out",
}  # fmt: skip
"""What not to do while it is on, by the one way it is powered (else: cut its power)."""


POWER_READY_WORDS = {
    "poe": "the camera's network cable plugged into a PoE switch, recorder or injector that is on",
    "battery": "its battery charged and in place", "solar": "its battery charged and in place",
    "transformer": "its doorbell wiring connected, with the power on",
    "hub": "its hub plugged in and on", "mains": "its power switched on at the wall",
}  # fmt: skip
"""How a camera powered one way is ready for a reset ("Make sure it has power: …")."""
PLUGGED = "the camera plugged into its own adapter and a working outlet"
ANY_POWER = "the camera on, powered the way it normally is (its adapter, network cable or battery)"
"""When no source (and not yet the person) says how the camera is powered."""


@dataclass(frozen=True)
class PowerWords:
    """The words for starting a camera and for not stopping it, fitted to how it is powered:
    a battery camera is never "unplugged", a PoE camera's cable is named."""

    on: str
    off: str

    @classmethod
    def of(cls, kinds: frozenset[str]) -> PowerWords:
        (kind,) = kinds if len(kinds) == 1 else ("",)
        return cls(
            POWER_ON_WORDS.get(kind, "powering it on"), POWER_OFF_WORDS.get(kind, "cut its power")
        )
