"""Put a view, its marker and its status light together into one SVG.

The marker is a ring on the button's spot with a "Reset" tag right above it (below it near
the top edge) on its own background, so no line ever crosses the word. A spot that is only a
candidate gets a dashed ring and "Here?". The status light takes the animated class of the
pattern a step asks about (leds.css), or stays an unlit outline when none is asked about.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from camreset.web.drawings.elements import HEIGHT, WIDTH, circle, line, rect
from camreset.web.drawings.view import Point, View

TAG_W, TAG_H = 62, 24


def _tag_box(x: int, y: int, toward: str) -> tuple[int, int]:
    """Where the tag goes (its top-left corner): `toward` up, down, left or right of the
    spot, turned around where that would leave the picture."""
    gap = 14
    if toward in ("left", "right"):
        left = x - gap - TAG_W if toward == "left" else x + gap
        if left < 2 or left + TAG_W > WIDTH - 2:
            left = x + gap if toward == "left" else x - gap - TAG_W
        return left, min(max(y - TAG_H // 2, 2), HEIGHT - TAG_H - 2)
    top = y - gap - TAG_H if toward == "up" else y + gap
    if top < 2 or top + TAG_H > HEIGHT - 2:
        top = y + gap if toward == "up" else y - gap - TAG_H
    return min(max(x - TAG_W // 2, 2), WIDTH - TAG_W - 2), top


def _tag(x: int, y: int, text: str, css: str, toward: str) -> str:
    """A tag with `text` beside a spot, joined to its ring by a short straight stem that ends
    at the tag's edge (so no line crosses the word)."""
    left, top = _tag_box(x, y, toward)
    if left >= x + 11 or left + TAG_W <= x - 11:  # beside the ring: a level stem
        edge = left if left > x else left + TAG_W
        y0 = min(max(y, top + 4), top + TAG_H - 4)
        sign = 1 if edge > x else -1
        stem = line(f"d-stem {css}", x + 11 * sign, y0, edge, y0)
    else:
        edge = top if top > y else top + TAG_H
        sign = 1 if edge > y else -1
        stem = line(f"d-stem {css}", x, y + 11 * sign, x, edge)
    return (
        stem
        + rect(f"d-tag {css}", left, top, TAG_W, TAG_H, rx=12)
        + f'<text class="d-label {css}" x="{left + TAG_W // 2}" y="{top + 17}" '
        f'text-anchor="middle">{escape(text)}</text>'
    )


def marker(spot: Point, *, sure: bool, toward: str = "up") -> str:
    """The ring on a known spot ("Reset"), or a dashed one on a candidate ("Here?")."""
    x, y = spot
    if sure:
        ring = circle("d-reset-ring", x, y, 11) + circle("d-reset", x, y, 5)
        return ring + _tag(x, y, "Reset", "d-sure", toward)
    return circle("d-maybe-ring", x, y, 11) + _tag(x, y, "Here?", "d-maybe", toward)


def near(spot: Point, words: str | None) -> str:
    """What the button sits next to, drawn beside the ring where the sources name it: the
    microSD card slot, or a port (USB, charging)."""
    if not words:
        return ""
    text = words.casefold()
    x, y = spot
    side = 16 if x + 16 + 20 <= WIDTH - 2 else -16 - 20
    if "sd" in text.split() or "microsd" in text or "sd card" in text:
        css, height = "d-slot d-near", 6
    elif "port" in text or "usb" in text:
        css, height = "d-dark d-near", 10
    else:
        return ""
    return rect(css, x + side, y - height // 2, 20, height, rx=2)


def led(spot: Point, pattern: str | None) -> str:
    """The status light: animated as `pattern`, or an unlit outline."""
    x, y = spot
    if pattern:
        lit = f"d-led led-svg led-svg-p-{escape(pattern)}"
        return circle("d-led-bezel", x, y, 8) + circle(lit, x, y, 5)
    return circle("d-led-off", x, y, 5)


def svg(
    view: View,
    *,
    name: str,
    extra: str = "",
    decorative: bool = False,
    css: str = "drawing",
    data: dict[str, str] | None = None,
) -> Markup:
    """One drawing: the view's shapes, then `extra` (markers, the light) on top."""
    a11y = 'aria-hidden="true"' if decorative else f'role="img" aria-label="{escape(name)}"'
    attrs = "".join(f' data-{k}="{escape(v)}"' for k, v in (data or {}).items())
    return Markup(
        f'<svg class="{css}" viewBox="0 0 {WIDTH} {HEIGHT}" {a11y} focusable="false"{attrs} '
        f'xmlns="http://www.w3.org/2000/svg">{view.shapes.strip()}{extra}</svg>'
    )
