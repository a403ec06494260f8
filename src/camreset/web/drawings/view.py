"""One picture of a camera: its shapes seen from one side, and where on it each face's button
would sit, so a marker lands on the face the knowledge base names.

Coordinates are in the drawings' 240 × 200 box. Shapes are SVG elements (elements.py) styled by
classes (`d-body`, `d-dark`, ...), never inline styles, so the page's themes apply and the
strict CSP holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from camreset.web.drawings.elements import HEIGHT as HEIGHT  # re-exported: the drawings' box
from camreset.web.drawings.elements import WIDTH as WIDTH
from camreset.web.drawings.elements import circle, drawn, ellipse, path, rect
from camreset.web.drawings.parts import cable, screw

Point = tuple[int, int]


@dataclass(frozen=True)
class View:
    """A camera seen from one side: its shapes, and the button spot of each face this view
    shows."""

    shapes: str
    spots: dict[str, Point] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    """Which way a spot's "Reset" tag points where up would cover something (down, left,
    right)."""

    def toward(self, face: str) -> str:
        return self.tags.get(face, DEFAULT_TOWARD.get(face, "up"))


def view(*parts: str, **spots: Point) -> View:
    """A view drawn from `parts`, with the button spot of each face it shows given by the
    face's name (`bottom=(154, 106)`)."""
    return View(drawn(*parts), spots)


@dataclass(frozen=True)
class Shape:
    """A form factor: what people call it, where its status light is on the front view (the
    one view that shows it), and how it looks from each side."""

    name: str
    light: Point
    views: dict[str, View]


DEFAULT_TOWARD = {"front": "left", "under_lens": "down"}
"""On a front view the lens is in the middle: tags point away from it."""


VIEW_WORDS = {
    "front": "Seen from the front",
    "back": "Seen from the back",
    "side": "Seen from the side",
    "bottom": "Seen from below: look at its underside",
    "top": "Seen from above",
    "tilt": "With the lens tilted up",
    "cover": "With the cover open",
    "cable": "The end of its cable (the pigtail)",
    "board": "Inside, with the housing off",
}
"""What each view shows, as its caption says."""

FACE_VIEW = {
    "front": "front",
    "under_lens": "front",
    "back": "back",
    "side": "side",
    "bottom": "bottom",
    "top": "top",
    "inside_cover": "cover",
    "on_cable": "cable",
    "on_board": "board",
}
"""The view that shows each face (`under_lens` becomes `tilt` where the lens must be tilted)."""

CABLE = view(
    cable("M20 20 C 60 40, 70 90, 110 110"),
    rect("d-body", 4, 4, 40, 30, rx=8),
    cable("M110 110 C 130 120, 150 118, 176 104"),
    cable("M110 110 C 128 130, 140 150, 150 172"),
    rect("d-dark", 170, 94, 34, 22, rx=3),
    rect("d-body", 136, 166, 30, 20, rx=4),
    rect("d-body", 96, 100, 30, 22, rx=5),
    cable("M111 122 C 100 150, 80 160, 60 176"),
    circle("d-dark", 58, 178, 8),
    on_cable=(111, 111),
)

BOARD = view(
    ellipse("d-body", 120, 112, 104, 70),
    rect("d-board", 48, 58, 144, 100, rx=6),
    rect("d-dark", 64, 72, 30, 30, rx=2),
    rect("d-dark", 104, 72, 22, 14, rx=2),
    circle("d-lens", 150, 100, 18),
    rect("d-dark", 64, 122, 46, 12, rx=2),
    on_board=(136, 138),
)

COVER = view(
    rect("d-body", 40, 30, 130, 140, rx=16),
    rect("d-dark", 66, 70, 70, 64, rx=4),
    path("d-cover", "M136 70 L196 52 L196 152 L136 134 Z"),
    screw(188, 62, 3),
    screw(188, 142, 3),
    rect("d-slot", 104, 112, 24, 6, rx=1),
    inside_cover=(86, 112),
)

TILT_ARROW = path("d-arrow", "M196 96 A 70 70 0 0 0 160 30") + path(
    "d-arrow-head", "M160 30 l12 0 l-4 10 Z"
)
"""The arrow that says "turn the head so the lens points up"."""
