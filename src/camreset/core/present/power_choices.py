"""The answers to "How is the camera powered?" for a camera of unknown model, and the help
that explains them: only the ways cameras of its shape are powered where that is all that fits.
"""

from __future__ import annotations

POWER_CHOICES = (
    ("adapter", "Power adapter"),
    ("usb", "USB cable"),
    ("poe", "Network cable (PoE)"),
    ("battery", "Battery"),
    ("solar", "Solar panel"),
    ("transformer", "Doorbell wires"),
    ("mains", "House mains"),
)
"""How a camera of unknown model may be powered, as the person is asked (id, label)."""
WIRED_IN = frozenset({"transformer", "mains"})
"""Ways of powering that are the house's own wiring: offered only for a shape some listed
camera is wired that way (doorbell wires for a doorbell, mains for a floodlight)."""
_POWER_HELP = (
    ("poe", "a network cable (PoE) brings both data and power from a switch or recorder"),
    ("transformer", "doorbell wires are the two thin wires of an old doorbell"),
    ("mains", "house mains is wired in like a light"),
)


NAMED_FOR_POWER = frozenset({"battery"})
"""Shapes named for how they are powered: a "battery camera" is asked only the ways listed
battery cameras are powered, not a wall adapter or PoE (review 50)."""


def power_choices(
    shape_powers: frozenset[str], shape: str = ""
) -> tuple[tuple[tuple[str, str], ...], str]:
    """The answers to "How is the camera powered?" for a camera of unknown model, and the help
    that explains them: any camera may have an adapter, a cable, a battery or a panel, but only
    the shapes `shape_powers` names (the ways listed cameras of that shape are powered) are
    offered the house's own wiring; a shape named for its power, only those ways."""
    choices = tuple(c for c in POWER_CHOICES if c[0] not in WIRED_IN or c[0] in shape_powers)
    if shape in NAMED_FOR_POWER:
        choices = tuple(c for c in choices if c[0] in shape_powers | {shape})
    offered = {c[0] for c in choices}
    parts = [text for kind, text in _POWER_HELP if kind in offered]
    help_text = "; ".join(parts) + "." if parts else ""
    return choices, help_text[:1].upper() + help_text[1:]


NOT_SURE_POWER = "I'm not sure"
