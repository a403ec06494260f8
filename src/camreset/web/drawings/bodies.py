"""Cameras that stand or hang on their own: indoor cube, pan-tilt, outdoor box, battery camera
and floodlight, each seen from the front, back, side, below and above.

Ours, drawn for this product (no vendor artwork): simple outlines a person can hold next to
their camera to find the face the button is on. Each view lists its parts, first drawn first;
a part several views of a camera show (its foot, its box) is named once above them.
"""

from __future__ import annotations

from camreset.core.present.names import SHAPE_NAMES
from camreset.web.drawings.elements import circle, circle_pair, ellipse, line, path, rect, rect_pair
from camreset.web.drawings.parts import cable, foot, lens, lens_edge, sticker
from camreset.web.drawings.view import Shape, view


def _box_from_below(x: int, y: int, width: int, height: int, rx: int) -> tuple[str, str]:
    """A rounded box seen from below, the lens barrel standing out of its front edge (at the
    top of the picture)."""
    return lens_edge(100, y - 8, 40, 10, rx=3), rect("d-body", x, y, width, height, rx=rx)


def _box_from_above(x: int, y: int, width: int, height: int, rx: int) -> tuple[str, str]:
    """A rounded box seen from above, the lens barrel standing out of its front edge (at the
    bottom of the picture)."""
    return rect("d-body", x, y, width, height, rx=rx), lens_edge(100, y + height - 2, 40, 10, rx=3)


# The indoor cube: a rounded box on a neck and a flat foot.
_CUBE = rect("d-body", 68, 22, 104, 80, rx=18)
_CUBE_NECK = rect("d-body", 112, 96, 16, 18)
_CUBE_STANDING = (rect("d-body", 70, 110, 100, 14, rx=6), _CUBE_NECK, _CUBE)

_INDOOR_VIEWS = {
    "front": view(*_CUBE_STANDING, lens(120, 58, 24, 12), front=(88, 88), under_lens=(120, 90)),
    "back": view(
        *_CUBE_STANDING, sticker(84, 34, 72, 30), circle("d-dark", 100, 84, 6), back=(146, 84)
    ),
    "side": view(
        rect("d-body", 84, 110, 72, 14, rx=6),
        _CUBE_NECK,
        lens_edge(78, 42, 16, 32, rx=4),
        rect("d-body", 90, 22, 60, 80, rx=14),
        side=(122, 62),
    ),
    "bottom": view(
        *_box_from_below(68, 38, 104, 80, rx=16),
        circle("d-body", 120, 74, 26),
        foot(120, 74, 16),
        bottom=(154, 106),
    ),
    "top": view(*_box_from_above(68, 40, 104, 76, rx=16), top=(120, 76)),
}
INDOOR = Shape(SHAPE_NAMES["indoor"], light=(150, 34), views=_INDOOR_VIEWS)

# The pan and tilt camera: a round head turning on a box.
_HEAD = circle("d-body", 120, 74, 50)
_HEAD_ON_BOX = (rect("d-body", 78, 118, 84, 58, rx=12), _HEAD)

_PAN_TILT_VIEWS = {
    "front": view(
        *_HEAD_ON_BOX,
        rect("d-dark", 84, 52, 72, 44, rx=22),
        circle("d-lens", 120, 74, 14),
        front=(120, 152),
        under_lens=(120, 108),
    ),
    "back": view(
        *_HEAD_ON_BOX, sticker(94, 134, 52, 22), circle("d-dark", 104, 166, 4), back=(138, 166)
    ),
    "side": view(
        rect("d-body", 92, 118, 56, 58, rx=12),
        lens_edge(62, 60, 14, 28, rx=4),
        _HEAD,
        side=(120, 152),
    ),
    "bottom": view(rect("d-body", 64, 44, 112, 112, rx=20), foot(120, 100, 32), bottom=(152, 138)),
    "top": view(
        rect("d-body", 68, 44, 104, 104, rx=18),
        circle("d-body", 120, 96, 56),
        lens_edge(96, 146, 48, 10, rx=4),
        top=(120, 80),
    ),
    "tilt": view(
        *_HEAD_ON_BOX,
        rect("d-dark", 88, 26, 64, 26, rx=12),
        ellipse("d-lens", 120, 38, 14, 6),
        rect("d-slot", 96, 78, 48, 8, rx=2),
        under_lens=(120, 100),
    ),
}
PAN_TILT = Shape(SHAPE_NAMES["pan_tilt"], light=(146, 64), views=_PAN_TILT_VIEWS)

# The outdoor box: two antennas, a hood over the lens, on a post with a wall plate.
_POST = rect("d-body", 112, 118, 16, 40)
_BOX_ON_POST = (
    line("d-line", 86, 54, 80, 8),
    line("d-line", 154, 54, 160, 8),
    _POST,
    rect("d-body", 90, 154, 60, 14, rx=4),
    rect("d-body", 60, 50, 120, 72, rx=10),
)

_OUTDOOR_VIEWS = {
    "front": view(
        *_BOX_ON_POST,
        rect("d-dark", 56, 46, 128, 12, rx=6),
        lens(120, 88, 22, 11),
        front=(78, 108),
        under_lens=(120, 116),
    ),
    "back": view(*_BOX_ON_POST, sticker(74, 66, 60, 26), back=(154, 104)),
    "side": view(
        line("d-line", 140, 54, 144, 8),
        _POST,
        rect("d-body", 96, 154, 48, 14, rx=4),
        lens_edge(70, 74, 14, 28, rx=4),
        rect("d-body", 82, 50, 76, 72, rx=10),
        rect("d-dark", 64, 46, 100, 12, rx=6),
        side=(120, 94),
    ),
    "bottom": view(
        rect("d-dark", 56, 50, 128, 12, rx=6),
        rect("d-body", 60, 56, 120, 80, rx=10),
        foot(120, 96, 14),
        bottom=(154, 118),
    ),
    "top": view(
        rect("d-dark", 56, 60, 128, 84, rx=10),
        circle_pair("d-dark", 86, 90, 6),
        top=(120, 112),
    ),
}
OUTDOOR = Shape(SHAPE_NAMES["outdoor"], light=(164, 104), views=_OUTDOOR_VIEWS)

# The battery camera: a rounded body on a short stand.
_PEBBLE = rect("d-body", 64, 30, 112, 120, rx=36)
_PEBBLE_STAND = (rect("d-body", 108, 150, 24, 20), rect("d-body", 92, 168, 56, 12, rx=5))

_BATTERY_VIEWS = {
    "front": view(
        _PEBBLE,
        lens(120, 84, 30, 14),
        *_PEBBLE_STAND,
        front=(92, 132),
        under_lens=(120, 122),
    ),
    "back": view(
        *_PEBBLE_STAND,
        _PEBBLE,
        sticker(88, 56, 64, 30),
        rect("d-dark", 110, 126, 20, 7, rx=2),
        back=(120, 106),
    ),
    "side": view(
        lens_edge(80, 66, 16, 36, rx=5),
        rect("d-body", 92, 30, 56, 120, rx=24),
        *_PEBBLE_STAND,
        side=(120, 118),
    ),
    "bottom": view(
        *_box_from_below(64, 48, 112, 96, rx=32),
        foot(120, 92, 12),
        bottom=(150, 118),
    ),
    "top": view(*_box_from_above(64, 50, 112, 92, rx=32), top=(120, 92)),
}
BATTERY = Shape(SHAPE_NAMES["battery"], light=(148, 132), views=_BATTERY_VIEWS)

# The floodlight: two lamps on arms either side of a small camera, under a wall box.
_FLOODLIGHT_VIEWS = {
    "front": view(
        rect("d-body", 104, 14, 32, 40, rx=6),
        path("d-body", "M104 40 L40 62 L44 80 L104 60 Z"),
        path("d-body", "M136 40 L200 62 L196 80 L136 60 Z"),
        rect_pair("d-light", 34, 62, 52, 26, rx=6),
        rect("d-body", 114, 54, 12, 36),
        rect("d-body", 90, 88, 60, 56, rx=12),
        lens(120, 114, 18, 8),
        front=(100, 136),
        under_lens=(120, 138),
    ),
    "back": view(
        rect("d-body", 70, 20, 100, 70, rx=10),
        sticker(86, 34, 68, 24),
        cable("M120 90 L120 120"),
        rect("d-body", 90, 116, 60, 50, rx=12),
        back=(120, 74),
    ),
    "side": view(
        rect("d-body", 176, 14, 14, 70, rx=4),
        path("d-body", "M176 36 L120 54 L122 70 L176 52 Z"),
        rect("d-light", 96, 52, 36, 24, rx=6),
        rect("d-body", 150, 60, 12, 36),
        lens_edge(100, 104, 12, 22, rx=4),
        rect("d-body", 110, 92, 56, 52, rx=12),
        side=(138, 122),
    ),
    "bottom": view(
        rect_pair("d-light", 34, 40, 60, 40, rx=8),
        rect("d-body", 84, 30, 72, 30, rx=6),
        circle("d-body", 120, 116, 40),
        circle("d-dark", 120, 116, 14),
        bottom=(146, 140),
    ),
    "top": view(
        rect_pair("d-light", 34, 70, 60, 40, rx=8),
        rect("d-body", 84, 40, 72, 100, rx=10),
        top=(120, 96),
    ),
}
FLOODLIGHT = Shape(SHAPE_NAMES["floodlight"], light=(140, 96), views=_FLOODLIGHT_VIEWS)
