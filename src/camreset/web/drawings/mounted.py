"""Cameras fixed to a wall, a ceiling or a door frame: bullet, dome, turret and doorbell, each
seen from the front, back, side, below and above.

Ours, drawn for this product (no vendor artwork). Wired cameras often hide the button on the
cable's pigtail or inside the housing: those views are in view.py, shared by every shape. As
in bodies.py, each view lists its parts, first drawn first, and a part several views of a
camera show is named once above them.
"""

from __future__ import annotations

from camreset.core.present.names import SHAPE_NAMES
from camreset.web.drawings.elements import circle, circle_pair, ellipse, path, rect
from camreset.web.drawings.parts import cable, foot, lens, lens_edge, screw, sticker
from camreset.web.drawings.view import Shape, view

# The bullet: a long barrel under a sunshield, on an arm from a wall plate.
_BULLET_PLATE = rect("d-body", 176, 70, 22, 60, rx=4)

_BULLET_VIEWS = {
    "front": view(
        rect("d-body", 112, 140, 16, 30),
        rect("d-body", 86, 166, 68, 14, rx=4),
        path("d-dark", "M60 74 A60 60 0 0 1 180 74 Z"),
        circle("d-body", 120, 96, 50),
        lens(120, 96, 26, 12),
        front=(96, 130),
        under_lens=(120, 130),
    ),
    "side": view(
        rect("d-body", 150, 92, 40, 12),
        rect("d-body", 184, 70, 14, 80, rx=4),
        rect("d-body", 40, 76, 120, 44, rx=14),
        rect("d-dark", 34, 68, 112, 10, rx=5),
        lens_edge(30, 84, 14, 28, rx=4),
        cable("M120 120 C 120 150, 100 160, 96 182"),
        side=(90, 100),
    ),
    "bottom": view(
        _BULLET_PLATE,
        rect("d-body", 30, 76, 150, 48, rx=18),
        lens_edge(24, 86, 12, 28, rx=4),
        rect("d-cover", 86, 86, 44, 28, rx=4),
        screw(92, 92, 2.5),
        screw(124, 108, 2.5),
        bottom=(108, 100),
    ),
    "back": view(
        rect("d-body", 150, 40, 30, 120, rx=6),
        circle("d-body", 110, 100, 46),
        foot(110, 100, 30),
        cable("M110 146 C 110 170, 96 180, 80 190"),
        back=(110, 100),
    ),
    "top": view(
        _BULLET_PLATE,
        rect("d-dark", 24, 70, 140, 60, rx=10),
        rect("d-body", 30, 80, 150, 40, rx=16),
        top=(104, 100),
    ),
}
BULLET = Shape(SHAPE_NAMES["bullet"], light=(148, 74), views=_BULLET_VIEWS)


def _dome_glass(y: int) -> str:
    """The dome's glass seen from the front or the side, standing on the line `y`."""
    return path("d-glass", f"M50 {y} A70 70 0 0 1 190 {y} Z")


# The dome: a glass half-ball on a round base fixed to the ceiling.
_DOME_BASE = circle("d-body", 120, 100, 86)
_DOME_MOUNT = (_DOME_BASE, foot(120, 100, 40))
_DOME_CABLE = cable("M120 100 C 150 120, 170 150, 190 190")

_DOME_VIEWS = {
    "front": view(
        ellipse("d-body", 120, 150, 86, 18),
        _dome_glass(146),
        lens(120, 112, 26, 12),
        front=(76, 150),
        under_lens=(120, 146),
    ),
    "side": view(
        rect("d-body", 34, 136, 172, 24, rx=10),
        _dome_glass(138),
        circle("d-dark", 104, 104, 22),
        side=(180, 148),
    ),
    "bottom": view(
        _DOME_BASE, circle("d-glass", 120, 100, 62), lens(120, 100, 22, 10), bottom=(186, 118)
    ),
    "back": view(*_DOME_MOUNT, _DOME_CABLE, back=(86, 72)),
    "top": view(*_DOME_MOUNT, _DOME_CABLE, top=(86, 72)),
}
DOME = Shape(SHAPE_NAMES["dome"], light=(154, 150), views=_DOME_VIEWS)

# The turret: a ball in a ring on a flat base.
_TURRET_BASE = (
    ellipse("d-body", 120, 160, 78, 16),
    path("d-body", "M56 156 L70 112 L170 112 L184 156 Z"),
)
_BALL = circle("d-body", 120, 92, 46)
_TURRET_RIM = circle("d-body", 120, 100, 84)

_TURRET_VIEWS = {
    "front": view(
        *_TURRET_BASE,
        _BALL,
        lens(120, 92, 26, 12),
        cable("M184 160 C 200 166, 210 176, 222 190"),
        front=(86, 142),
        under_lens=(120, 128),
    ),
    "side": view(*_TURRET_BASE, lens_edge(64, 78, 14, 28, rx=4), _BALL, side=(150, 140)),
    "bottom": view(_TURRET_RIM, foot(120, 100, 50), bottom=(168, 140)),
    "back": view(*_TURRET_BASE, _BALL, cable("M56 160 C 40 166, 30 176, 18 190"), back=(120, 92)),
    "top": view(
        _TURRET_RIM,
        circle("d-body", 120, 100, 46),
        lens_edge(104, 140, 32, 10, rx=4),
        top=(120, 96),
    ),
}
TURRET = Shape(SHAPE_NAMES["turret"], light=(146, 72), views=_TURRET_VIEWS)

# The doorbell: a tall narrow box, the lens at the top and the bell button below it.
_BELL = rect("d-body", 88, 10, 64, 176, rx=28)
_BELL_END = rect("d-body", 56, 78, 128, 44, rx=20)

_DOORBELL_VIEWS = {
    "front": view(
        _BELL,
        lens(120, 50, 20, 9),
        circle("d-dark", 120, 140, 22),
        front=(120, 100),
        under_lens=(120, 80),
    ),
    "back": view(
        _BELL,
        sticker(98, 30, 44, 36),
        circle_pair("d-screw", 108, 112, 5),
        back=(120, 150),
    ),
    "side": view(
        rect("d-body", 104, 10, 32, 176, rx=12),
        lens_edge(96, 40, 10, 22, rx=3),
        side=(120, 104),
    ),
    "bottom": view(_BELL_END, screw(96, 100, 5), bottom=(150, 100)),
    "top": view(_BELL_END, top=(120, 100)),
}
DOORBELL = Shape(SHAPE_NAMES["doorbell"], light=(120, 140), views=_DOORBELL_VIEWS)
