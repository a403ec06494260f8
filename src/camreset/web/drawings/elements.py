"""The SVG elements the drawings are made of, one function for each kind.

A camera view is a list of parts (`rect(...)`, `lens(...)`) rather than SVG text, so a part
that several views of one camera show is written once, and the markup of each kind of
element lives in one place. Every element is styled by its class (`d-body`, `d-dark`, ...;
see app.css), never by an inline style, so the themes apply and the strict CSP holds.
"""

from __future__ import annotations

Number = int | float

WIDTH, HEIGHT = 240, 200
"""The box every drawing is drawn in (its viewBox); a camera stands in its middle."""


def rect(css: str, x: Number, y: Number, width: Number, height: Number, rx: Number = 0) -> str:
    """A box, its corners rounded by `rx` (0: square)."""
    corner = f' rx="{rx}"' if rx else ""
    return f'<rect class="{css}" x="{x}" y="{y}" width="{width}" height="{height}"{corner}/>'


def circle(css: str, cx: Number, cy: Number, r: Number) -> str:
    return f'<circle class="{css}" cx="{cx}" cy="{cy}" r="{r}"/>'


def ellipse(css: str, cx: Number, cy: Number, rx: Number, ry: Number) -> str:
    return f'<ellipse class="{css}" cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}"/>'


def line(css: str, x1: Number, y1: Number, x2: Number, y2: Number) -> str:
    return f'<line class="{css}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'


def path(css: str, d: str) -> str:
    return f'<path class="{css}" d="{d}"/>'


def rect_pair(css: str, x: Number, y: Number, width: Number, height: Number, rx: Number) -> str:
    """Two equal boxes, the one at `x` and its mirror image across the middle (two lamps)."""
    twin = WIDTH - x - width
    return rect(css, x, y, width, height, rx=rx) + "\n" + rect(css, twin, y, width, height, rx=rx)


def circle_pair(css: str, cx: Number, cy: Number, r: Number) -> str:
    """Two equal circles, the one at `cx` and its mirror image across the middle."""
    return circle(css, cx, cy, r) + "\n" + circle(css, WIDTH - cx, cy, r)


def drawn(*parts: str) -> str:
    """The parts of one view, first drawn first (so later parts lie on top), one a line."""
    return "\n" + "\n".join(parts) + "\n"
