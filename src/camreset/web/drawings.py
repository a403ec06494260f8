"""Line drawings of each camera form factor, with the reset button marked.

People rarely know what their camera "is"; a picture of the shape, with a ring around where
the button usually sits, lets them find it. The drawings are ours (no vendor artwork), inline
SVG so they need no request, and styled by classes (`d-body`, `d-dark`, ...) so the page's
light and dark themes apply and the strict CSP (no inline styles) holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Drawing:
    """One form factor: what it looks like, and where its reset button usually is."""

    name: str
    shapes: str
    reset: tuple[int, int]
    label_at: tuple[int, int]  # where the callout ends; the word "Reset" sits above it


_INDOOR = """
<rect class="d-body" x="70" y="110" width="100" height="14" rx="6"/>
<rect class="d-body" x="112" y="96" width="16" height="18"/>
<rect class="d-body" x="68" y="22" width="104" height="80" rx="18"/>
<circle class="d-dark" cx="120" cy="58" r="24"/>
<circle class="d-lens" cx="120" cy="58" r="12"/>
<circle class="d-led" cx="150" cy="34" r="4"/>
"""

_PAN_TILT = """
<rect class="d-body" x="78" y="118" width="84" height="58" rx="12"/>
<circle class="d-body" cx="120" cy="74" r="50"/>
<rect class="d-dark" x="84" y="52" width="72" height="44" rx="22"/>
<circle class="d-lens" cx="120" cy="74" r="14"/>
<circle class="d-led" cx="146" cy="64" r="4"/>
"""

_OUTDOOR = """
<line class="d-line" x1="86" y1="54" x2="80" y2="8"/>
<line class="d-line" x1="154" y1="54" x2="160" y2="8"/>
<rect class="d-body" x="112" y="118" width="16" height="40"/>
<rect class="d-body" x="90" y="154" width="60" height="14" rx="4"/>
<rect class="d-body" x="60" y="50" width="120" height="72" rx="10"/>
<rect class="d-dark" x="56" y="46" width="128" height="12" rx="6"/>
<circle class="d-dark" cx="120" cy="88" r="22"/>
<circle class="d-lens" cx="120" cy="88" r="11"/>
<circle class="d-led" cx="164" cy="104" r="4"/>
"""

_BULLET = """
<rect class="d-body" x="150" y="92" width="40" height="12"/>
<rect class="d-body" x="184" y="70" width="14" height="80" rx="4"/>
<rect class="d-body" x="40" y="76" width="120" height="44" rx="14"/>
<rect class="d-dark" x="34" y="68" width="112" height="10" rx="5"/>
<circle class="d-dark" cx="48" cy="98" r="16"/>
<circle class="d-lens" cx="48" cy="98" r="8"/>
<path class="d-cable" d="M120 120 C 120 150, 100 160, 96 182"/>
<rect class="d-body" x="84" y="150" width="32" height="16" rx="4"/>
"""

_DOME = """
<ellipse class="d-body" cx="120" cy="150" rx="86" ry="18"/>
<path class="d-glass" d="M50 146 A70 70 0 0 1 190 146 Z"/>
<circle class="d-dark" cx="120" cy="112" r="26"/>
<circle class="d-lens" cx="120" cy="112" r="12"/>
"""

_TURRET = """
<ellipse class="d-body" cx="120" cy="160" rx="78" ry="16"/>
<path class="d-body" d="M56 156 L70 112 L170 112 L184 156 Z"/>
<circle class="d-body" cx="120" cy="92" r="46"/>
<circle class="d-dark" cx="120" cy="92" r="26"/>
<circle class="d-lens" cx="120" cy="92" r="12"/>
<path class="d-cable" d="M184 160 C 200 166, 210 176, 222 190"/>
"""

_DOORBELL = """
<rect class="d-body" x="88" y="10" width="64" height="176" rx="28"/>
<circle class="d-dark" cx="120" cy="50" r="20"/>
<circle class="d-lens" cx="120" cy="50" r="9"/>
<circle class="d-dark" cx="120" cy="140" r="22"/>
<circle class="d-led-ring" cx="120" cy="140" r="16"/>
"""

_BATTERY = """
<rect class="d-body" x="64" y="30" width="112" height="120" rx="36"/>
<circle class="d-dark" cx="120" cy="84" r="30"/>
<circle class="d-lens" cx="120" cy="84" r="14"/>
<circle class="d-led" cx="120" cy="130" r="4"/>
<rect class="d-body" x="108" y="150" width="24" height="20"/>
<rect class="d-body" x="92" y="168" width="56" height="12" rx="5"/>
"""

_FLOODLIGHT = """
<rect class="d-body" x="104" y="14" width="32" height="40" rx="6"/>
<path class="d-body" d="M104 40 L40 62 L44 80 L104 60 Z"/>
<path class="d-body" d="M136 40 L200 62 L196 80 L136 60 Z"/>
<rect class="d-light" x="34" y="62" width="52" height="26" rx="6"/>
<rect class="d-light" x="154" y="62" width="52" height="26" rx="6"/>
<rect class="d-body" x="114" y="54" width="12" height="36"/>
<rect class="d-body" x="90" y="88" width="60" height="56" rx="12"/>
<circle class="d-dark" cx="120" cy="114" r="18"/>
<circle class="d-lens" cx="120" cy="114" r="8"/>
"""

DRAWINGS: dict[str, Drawing] = {
    "indoor": Drawing("Indoor camera", _INDOOR, (120, 100), (200, 160)),
    "pan_tilt": Drawing("Pan and tilt camera", _PAN_TILT, (120, 108), (205, 150)),
    "outdoor": Drawing("Outdoor camera", _OUTDOOR, (120, 122), (35, 190)),
    "bullet": Drawing("Bullet camera", _BULLET, (100, 158), (35, 196)),
    "dome": Drawing("Dome camera", _DOME, (150, 128), (205, 196)),
    "turret": Drawing("Turret camera", _TURRET, (150, 120), (35, 196)),
    "doorbell": Drawing("Video doorbell", _DOORBELL, (152, 100), (205, 40)),
    "battery": Drawing("Battery camera", _BATTERY, (120, 150), (35, 196)),
    "floodlight": Drawing("Floodlight camera", _FLOODLIGHT, (120, 144), (35, 190)),
}

FORM_FACTORS: tuple[str, ...] = tuple(DRAWINGS)


def _marker(drawing: Drawing) -> str:
    (x, y), (lx, ly) = drawing.reset, drawing.label_at
    return (
        f'<line class="d-callout" x1="{x}" y1="{y}" x2="{lx}" y2="{ly}"/>'
        f'<circle class="d-reset-ring" cx="{x}" cy="{y}" r="11"/>'
        f'<circle class="d-reset" cx="{x}" cy="{y}" r="5"/>'
        f'<text class="d-label" x="{lx}" y="{ly - 6}" text-anchor="middle">Reset</text>'
    )


def drawing_svg(
    form_factor: str,
    *,
    marked: bool = True,
    label: str | None = None,
    decorative: bool = False,
    small: bool = False,
) -> Markup:
    """The drawing for a form factor (unknown ones fall back to the indoor camera).

    `marked` adds the ring and "Reset" callout; `label` replaces the accessible name;
    `decorative` hides it from screen readers when text next to it says the same.
    """
    drawing = DRAWINGS.get(form_factor, DRAWINGS["indoor"])
    name = label or (f"{drawing.name}, reset button marked" if marked else drawing.name)
    a11y = 'aria-hidden="true"' if decorative else f'role="img" aria-label="{escape(name)}"'
    css = "drawing drawing-small" if small else "drawing"
    parts = [
        f'<svg class="{css}" viewBox="0 0 240 200" {a11y} focusable="false" '
        'xmlns="http://www.w3.org/2000/svg">',
        drawing.shapes.strip(),
        _marker(drawing) if marked else "",
        "</svg>",
    ]
    return Markup("".join(parts))
