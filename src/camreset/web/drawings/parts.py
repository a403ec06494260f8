"""The parts most cameras have, named, so a body reads as what it is made of: a lens, its
barrel seen edge-on, the sticker on the back, the foot it stands on, screws and a cable.

Each is one or two SVG elements (elements.py) in the class the stylesheet gives that part.
"""

from __future__ import annotations

from camreset.web.drawings.elements import Number, circle, path, rect


def lens(cx: Number, cy: Number, ring: Number, glass: Number) -> str:
    """A lens seen from the front: the dark ring round it, and the glass."""
    return circle("d-dark", cx, cy, ring) + "\n" + circle("d-lens", cx, cy, glass)


def lens_edge(x: Number, y: Number, width: Number, height: Number, rx: Number) -> str:
    """A lens seen edge-on (from the side, above or below): its barrel standing out."""
    return rect("d-dark", x, y, width, height, rx=rx)


def sticker(x: Number, y: Number, width: Number, height: Number) -> str:
    """The label with the model and serial number most cameras carry on the back."""
    return rect("d-sticker", x, y, width, height, rx=3)


def foot(cx: Number, cy: Number, r: Number) -> str:
    """The round foot or mount a camera stands or hangs on, seen end-on."""
    return circle("d-foot", cx, cy, r)


def screw(cx: Number, cy: Number, r: Number) -> str:
    return circle("d-screw", cx, cy, r)


def cable(d: str) -> str:
    """A cable, along the path `d`."""
    return path("d-cable", d)
