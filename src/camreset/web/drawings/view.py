"""One picture of a camera: its shapes seen from one side, and where on it each face's button
would sit, so a marker lands on the face the knowledge base names.

Coordinates are in the drawings' 240 × 200 box. Shapes are SVG elements styled by classes
(`d-body`, `d-dark`, ...), never inline styles, so the page's themes apply and the strict CSP
holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[int, int]

WIDTH, HEIGHT = 240, 200


@dataclass(frozen=True)
class View:
    """A camera seen from one side: its shapes, the button spot of each face this view shows,
    and where its status light is (None: not seen from here)."""

    shapes: str
    spots: dict[str, Point] = field(default_factory=dict)
    led: Point | None = None
    tags: dict[str, str] = field(default_factory=dict)
    """Which way a spot's "Reset" tag points where up would cover something (down, left,
    right)."""

    def toward(self, face: str) -> str:
        return self.tags.get(face, DEFAULT_TOWARD.get(face, "up"))


DEFAULT_TOWARD = {"front": "left", "under_lens": "down"}
"""On a front view the lens is in the middle: tags point away from it."""


VIEW_WORDS = {
    "front": "Seen from the front",
    "back": "Seen from the back",
    "side": "Seen from the side",
    "bottom": "Seen from below: turn it over",
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

CABLE = View(
    """
<path class="d-cable" d="M20 20 C 60 40, 70 90, 110 110"/>
<rect class="d-body" x="4" y="4" width="40" height="30" rx="8"/>
<path class="d-cable" d="M110 110 C 130 120, 150 118, 176 104"/>
<path class="d-cable" d="M110 110 C 128 130, 140 150, 150 172"/>
<rect class="d-dark" x="170" y="94" width="34" height="22" rx="3"/>
<rect class="d-body" x="136" y="166" width="30" height="20" rx="4"/>
<rect class="d-body" x="96" y="100" width="30" height="22" rx="5"/>
<path class="d-cable" d="M111 122 C 100 150, 80 160, 60 176"/>
<circle class="d-dark" cx="58" cy="178" r="8"/>
""",
    {"on_cable": (111, 111)},
)

BOARD = View(
    """
<ellipse class="d-body" cx="120" cy="112" rx="104" ry="70"/>
<rect class="d-board" x="48" y="58" width="144" height="100" rx="6"/>
<rect class="d-dark" x="64" y="72" width="30" height="30" rx="2"/>
<rect class="d-dark" x="104" y="72" width="22" height="14" rx="2"/>
<circle class="d-lens" cx="150" cy="100" r="18"/>
<rect class="d-dark" x="64" y="122" width="46" height="12" rx="2"/>
""",
    {"on_board": (136, 138)},
)

COVER = View(
    """
<rect class="d-body" x="40" y="30" width="130" height="140" rx="16"/>
<rect class="d-dark" x="66" y="70" width="70" height="64" rx="4"/>
<path class="d-cover" d="M136 70 L196 52 L196 152 L136 134 Z"/>
<circle class="d-screw" cx="188" cy="62" r="3"/>
<circle class="d-screw" cx="188" cy="142" r="3"/>
<rect class="d-slot" x="104" y="112" width="24" height="6" rx="1"/>
""",
    {"inside_cover": (86, 112)},
)

TILT_ARROW = (
    '<path class="d-arrow" d="M196 96 A 70 70 0 0 0 160 30"/>'
    '<path class="d-arrow-head" d="M160 30 l12 0 l-4 10 Z"/>'
)
"""The arrow that says "turn the head so the lens points up"."""
