"""How a camera is powered and what it pairs through: the values a power or hub fact can say.

Each kind decides which causes and steps exist for a camera (the guide reads them), so they
live apart from the button, light and recovery values in `values`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from camreset.core.kb.text import OneLine, Strict


class PowerKind(StrEnum):
    """How a camera gets its power; each kind decides which causes and steps exist for it."""

    adapter = "adapter"
    poe = "poe"
    battery = "battery"
    usb = "usb"
    transformer = "transformer"
    hub = "hub"
    solar = "solar"
    mains = "mains"


class Power(Strict):
    """One way the camera is powered, with the supply's rating where a source gives it."""

    kind: PowerKind
    volts: float | None = Field(strict=True, default=None, gt=0, le=400, allow_inf_nan=False)
    amps: float | None = Field(strict=True, default=None, gt=0, le=20, allow_inf_nan=False)
    watts: float | None = Field(strict=True, default=None, gt=0, le=200, allow_inf_nan=False)
    rechargeable: bool | None = None
    """False: a battery camera on single-use cells (new batteries, never a charger); None: the
    sources do not say."""
    internal_battery: bool | None = None
    """True: it keeps running a while on a built-in battery once this supply is cut (a wired
    Nest doorbell), so cutting the power does not drain it at once."""
    in_the_box: bool | None = None
    """False: a source says this supply does not come with the camera (the USB adapter of a
    Blink battery camera): no "original" adapter of it is asked for; None: not said."""
    note: OneLine | None = None


class Charge(Strict):
    """How long a battery camera charges, and how full it must be, before a reset is worth a try."""

    hours: OneLine | None = None
    level_needed: OneLine | None = None
    note: OneLine | None = None


class Poe(Strict):
    """The Power-over-Ethernet standard and wattage a wired camera needs from its switch."""

    standard: OneLine | None = None
    watts: float | None = Field(strict=True, default=None, gt=0, le=100, allow_inf_nan=False)
    note: OneLine | None = None


class Transformer(Strict):
    """What a wired doorbell needs from its transformer: voltage and VA rating."""

    volts: OneLine
    va: OneLine | None = None
    note: OneLine | None = None


class HubKind(StrEnum):
    """What kind of box a camera pairs through (the card's "Pairs through" line shows it)."""

    hub = "hub"
    base_station = "base_station"
    sync_module = "sync_module"
    homebase = "homebase"
    nvr = "nvr"
    chime = "chime"


JOINS_ITS_HUB = frozenset({HubKind.hub, HubKind.homebase})
"""Hubs a camera joins by its own radio instead of the home Wi-Fi (the knowledge base's Wi-Fi
causes leave these cameras out by the same kinds)."""


class Hub(Strict):
    """The hub, base station or recorder a camera pairs through (and is reset with)."""

    name: OneLine
    kind: HubKind
    note: OneLine | None = None
