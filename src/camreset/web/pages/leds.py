"""The LED pattern library as a stylesheet, so people can match what their camera does.

Each pattern in `patterns.yaml` becomes a class (`led-p-<id>`) with a keyframe animation, and
each colour a swatch class (`led-c-<name>`). The stylesheet is generated, not written, so the
library stays the one truth; it is served from a route like a static file (the CSP allows
only same-origin stylesheets and no inline styles). Under `prefers-reduced-motion` the
animations stop and pages show the sequence as still swatches instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_SAFE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Phase:
    """One phase of a pattern: a colour name held for some milliseconds."""

    color: str
    ms: int


@dataclass(frozen=True)
class LedPattern:
    """A named pattern, as pages draw it."""

    id: str
    name: str
    phases: tuple[Phase, ...]
    motion: str | None = None
    """`spin`: lights going round a ring, drawn as a turning ring of the phases."""

    @property
    def period_ms(self) -> int:
        return sum(p.ms for p in self.phases)

    @property
    def drawn_ms(self) -> int:
        """How long one round is drawn: the library's own timing, stretched evenly where it
        would flash more than MAX_FLASHES a second (its "fast" 150 ms blinks flashed 3.3
        times: accessibility review 65, finding 10). The timings are drawing approximations,
        no source's, and each phase keeps its share of the round."""
        changes = sum(
            a.color != b.color
            for a, b in zip(self.phases, self.phases[1:] + self.phases[:1], strict=True)
        )
        return max(self.period_ms, math.ceil(changes / 2 * 1000 / MAX_FLASHES))


MAX_FLASHES = 2.9
"""Flashes a second a drawn light stays under: WCAG 2.3.1 allows three."""
BEZEL = "#111111"
"""Every light is drawn on a black bezel, as on a camera: its colours are chosen to stand out
from it by at least 3:1 (an unlit phase shows as a grey ring instead)."""
OFF_RING = "#9a9a9a"
SVG_RADIUS = 5
"""A drawing's light (web/drawings/compose.py): a circle of radius 5 on its bezel."""


def _glow(hex_color: str, is_off: bool) -> str:
    return f"inset 0 0 0 3px {OFF_RING}" if is_off else f"0 0 14px 4px {hex_color}"


def luminance(hex_color: str) -> float:
    """WCAG relative luminance of `#rrggbb`."""

    def channel(part: str) -> float:
        c = int(part, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(hex_color[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def letter_colour(hex_color: str) -> str:
    """Black or white, whichever reads better on the swatch."""
    black, white = "#000000", "#ffffff"
    return black if contrast(hex_color, black) >= contrast(hex_color, white) else white


def initial(name: str) -> str:
    """The letter a still swatch carries, so colours are told apart without hue: R, G, A…"""
    if name == "any":  # no source gives the colour
        return "?"
    return "" if name == "off" else name[:1].upper()


def _frame(pct: float, colors: Mapping[str, str], name: str) -> str:
    hex_color = colors.get(name, colors.get("off", "#2b2b2b"))
    glow = _glow(hex_color, name == "off")
    return f"{pct:.3f}%{{background-color:{hex_color};box-shadow:{glow}}}"


def _keyframes(pattern: LedPattern, colors: Mapping[str, str]) -> str:
    frames, elapsed = [], 0
    for phase in pattern.phases:
        frames.append(_frame(100 * elapsed / pattern.period_ms, colors, phase.color))
        elapsed += phase.ms
    frames.append(_frame(100.0, colors, pattern.phases[-1].color))
    return f"@keyframes led-{pattern.id}{{{''.join(frames)}}}"


def _svg_keyframes(pattern: LedPattern, colors: Mapping[str, str]) -> str:
    """The same rhythm for a drawing's light (an SVG circle is coloured by `fill`)."""
    frames, elapsed = [], 0
    off = colors.get("off", "#2b2b2b")
    for phase in (*pattern.phases, pattern.phases[-1]):
        pct = 100 * min(elapsed, pattern.period_ms) / pattern.period_ms
        frames.append(f"{pct:.3f}%{{fill:{colors.get(phase.color, off)}}}")
        elapsed += phase.ms
    return f"@keyframes ledsvg-{pattern.id}{{{''.join(frames)}}}"


def _ring(pattern: LedPattern, colors: Mapping[str, str], hole: int) -> str:
    """The phases laid round a ring, each over its share of the turn: turning once a round,
    each point of it shows the pattern's own rhythm (a Ring doorbell's spin). Its middle, `hole`
    per cent of its radius, is the bezel's black."""
    stops, elapsed = [], 0
    off = colors.get("off", "#2b2b2b")
    for phase in pattern.phases:
        start, elapsed = elapsed, elapsed + phase.ms
        color = colors.get(phase.color, off)
        a, b = 360 * start / pattern.period_ms, 360 * elapsed / pattern.period_ms
        stops.append(f"{color} {a:.1f}deg {b:.1f}deg")
    return (
        f"radial-gradient(circle,{BEZEL} 0 42%,transparent 44%),conic-gradient({','.join(stops)})"
    )


def _ring_dashes(pattern: LedPattern) -> str:
    """The same ring on a drawing's light: an SVG circle's stroke, lit arcs as dashes."""
    out, whole = [], 2 * math.pi * SVG_RADIUS
    for phase in pattern.phases:
        length = whole * phase.ms / pattern.period_ms
        lit = phase.color != "off"
        out += [f"{length:.2f}", "0"] if lit else ["0", f"{length:.2f}"]
    return " ".join(out)


def _spinning(pattern: LedPattern, colors: Mapping[str, str]) -> list[str]:
    """A spinning light: the ring turning once a round (the still swatch: the ring, unturned)."""
    lit = next(
        (colors[p.color] for p in pattern.phases if p.color != "off" and p.color in colors), None
    )
    glow = f"0 0 14px 4px {lit}" if lit else "none"
    ring, ms = _ring(pattern, colors, 55), pattern.drawn_ms
    stroke = lit or colors.get("off", "#2b2b2b")
    return [
        f".led-p-{pattern.id}{{background:{ring};box-shadow:{glow};"
        f"animation:led-{pattern.id} {ms}ms linear infinite}}",
        f"@keyframes led-{pattern.id}{{to{{transform:rotate(1turn)}}}}",
        f".led-s-{pattern.id}{{background:{_ring(pattern, colors, 72)};color:#ffffff}}",
        f".led-svg-p-{pattern.id}{{fill:none;stroke:{stroke};stroke-width:3;"
        f"stroke-dasharray:{_ring_dashes(pattern)};transform-box:fill-box;"
        f"transform-origin:center;animation:ledsvg-{pattern.id} {ms}ms linear infinite}}",
        f"@keyframes ledsvg-{pattern.id}{{to{{transform:rotate(1turn)}}}}",
    ]


def stylesheet(colors: Mapping[str, str], patterns: Iterable[LedPattern]) -> str:
    """CSS for every colour swatch and every pattern animation (ids that are unsafe skipped)."""
    out = ["/* generated from the KB LED pattern library: do not edit */"]
    for name, hex_color in colors.items():
        if _SAFE.match(name) and _HEX.match(hex_color):
            ring = f";box-shadow:{_glow(hex_color, True)}" if name == "off" else ""
            out.append(
                f".led-c-{name}{{background-color:{hex_color};color:{letter_colour(hex_color)}"
                f"{ring}}}"
            )
    safe_colors = {n: c for n, c in colors.items() if _HEX.match(c)}
    for pattern in patterns:
        if not _SAFE.match(pattern.id) or not pattern.phases:
            continue
        if pattern.motion == "spin":
            out += _spinning(pattern, safe_colors)
            continue
        first = pattern.phases[0].color
        still = safe_colors.get(first, "#2b2b2b")
        out.append(
            f".led-p-{pattern.id}{{background-color:{still};"
            f"animation:led-{pattern.id} {pattern.drawn_ms}ms step-end infinite}}"
        )
        out.append(_keyframes(pattern, safe_colors))
        out.append(
            f".led-svg-p-{pattern.id}{{fill:{still};"
            f"animation:ledsvg-{pattern.id} {pattern.drawn_ms}ms step-end infinite}}"
        )
        out.append(_svg_keyframes(pattern, safe_colors))
    out.append(
        "@media (prefers-reduced-motion: reduce){"
        ".led-anim,.led-svg{animation:none!important}.led-live{display:none}}"
    )
    return "\n".join(out) + "\n"
