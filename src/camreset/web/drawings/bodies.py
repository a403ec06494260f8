"""Cameras that stand or hang on their own: indoor cube, pan-tilt, outdoor box, battery camera
and floodlight, each seen from the front, back, side, below and above.

Ours, drawn for this product (no vendor artwork): simple outlines a person can hold next to
their camera to find the face the button is on.
"""

from __future__ import annotations

from camreset.web.drawings.view import View

INDOOR = {
    "front": View(
        """
<rect class="d-body" x="70" y="110" width="100" height="14" rx="6"/>
<rect class="d-body" x="112" y="96" width="16" height="18"/>
<rect class="d-body" x="68" y="22" width="104" height="80" rx="18"/>
<circle class="d-dark" cx="120" cy="58" r="24"/>
<circle class="d-lens" cx="120" cy="58" r="12"/>
""",
        {"front": (88, 88), "under_lens": (120, 90)},
        led=(150, 34),
    ),
    "back": View(
        """
<rect class="d-body" x="70" y="110" width="100" height="14" rx="6"/>
<rect class="d-body" x="112" y="96" width="16" height="18"/>
<rect class="d-body" x="68" y="22" width="104" height="80" rx="18"/>
<rect class="d-sticker" x="84" y="34" width="72" height="30" rx="3"/>
<circle class="d-dark" cx="100" cy="84" r="6"/>
""",
        {"back": (146, 84)},
    ),
    "side": View(
        """
<rect class="d-body" x="84" y="110" width="72" height="14" rx="6"/>
<rect class="d-body" x="112" y="96" width="16" height="18"/>
<rect class="d-dark" x="78" y="42" width="16" height="32" rx="4"/>
<rect class="d-body" x="90" y="22" width="60" height="80" rx="14"/>
""",
        {"side": (122, 62)},
    ),
    "bottom": View(
        """
<rect class="d-dark" x="100" y="30" width="40" height="10" rx="3"/>
<rect class="d-body" x="68" y="38" width="104" height="80" rx="16"/>
<circle class="d-body" cx="120" cy="74" r="26"/>
<circle class="d-foot" cx="120" cy="74" r="16"/>
""",
        {"bottom": (154, 106)},
    ),
    "top": View(
        """
<rect class="d-body" x="68" y="40" width="104" height="76" rx="16"/>
<rect class="d-dark" x="100" y="114" width="40" height="10" rx="3"/>
""",
        {"top": (120, 76)},
    ),
}

PAN_TILT = {
    "front": View(
        """
<rect class="d-body" x="78" y="118" width="84" height="58" rx="12"/>
<circle class="d-body" cx="120" cy="74" r="50"/>
<rect class="d-dark" x="84" y="52" width="72" height="44" rx="22"/>
<circle class="d-lens" cx="120" cy="74" r="14"/>
""",
        {"front": (120, 152), "under_lens": (120, 108)},
        led=(146, 64),
    ),
    "back": View(
        """
<rect class="d-body" x="78" y="118" width="84" height="58" rx="12"/>
<circle class="d-body" cx="120" cy="74" r="50"/>
<rect class="d-sticker" x="94" y="134" width="52" height="22" rx="3"/>
<circle class="d-dark" cx="104" cy="166" r="4"/>
""",
        {"back": (138, 166)},
    ),
    "side": View(
        """
<rect class="d-body" x="92" y="118" width="56" height="58" rx="12"/>
<rect class="d-dark" x="62" y="60" width="14" height="28" rx="4"/>
<circle class="d-body" cx="120" cy="74" r="50"/>
""",
        {"side": (120, 152)},
    ),
    "bottom": View(
        """
<rect class="d-body" x="64" y="44" width="112" height="112" rx="20"/>
<circle class="d-foot" cx="120" cy="100" r="32"/>
""",
        {"bottom": (152, 138)},
    ),
    "top": View(
        """
<rect class="d-body" x="68" y="44" width="104" height="104" rx="18"/>
<circle class="d-body" cx="120" cy="96" r="56"/>
<rect class="d-dark" x="96" y="146" width="48" height="10" rx="4"/>
""",
        {"top": (120, 80)},
    ),
    "tilt": View(
        """
<rect class="d-body" x="78" y="118" width="84" height="58" rx="12"/>
<circle class="d-body" cx="120" cy="74" r="50"/>
<rect class="d-dark" x="88" y="26" width="64" height="26" rx="12"/>
<ellipse class="d-lens" cx="120" cy="38" rx="14" ry="6"/>
<rect class="d-slot" x="96" y="78" width="48" height="8" rx="2"/>
""",
        {"under_lens": (120, 100)},
    ),
}

OUTDOOR = {
    "front": View(
        """
<line class="d-line" x1="86" y1="54" x2="80" y2="8"/>
<line class="d-line" x1="154" y1="54" x2="160" y2="8"/>
<rect class="d-body" x="112" y="118" width="16" height="40"/>
<rect class="d-body" x="90" y="154" width="60" height="14" rx="4"/>
<rect class="d-body" x="60" y="50" width="120" height="72" rx="10"/>
<rect class="d-dark" x="56" y="46" width="128" height="12" rx="6"/>
<circle class="d-dark" cx="120" cy="88" r="22"/>
<circle class="d-lens" cx="120" cy="88" r="11"/>
""",
        {"front": (78, 108), "under_lens": (120, 116)},
        led=(164, 104),
    ),
    "back": View(
        """
<line class="d-line" x1="86" y1="54" x2="80" y2="8"/>
<line class="d-line" x1="154" y1="54" x2="160" y2="8"/>
<rect class="d-body" x="112" y="118" width="16" height="40"/>
<rect class="d-body" x="90" y="154" width="60" height="14" rx="4"/>
<rect class="d-body" x="60" y="50" width="120" height="72" rx="10"/>
<rect class="d-sticker" x="74" y="66" width="60" height="26" rx="3"/>
""",
        {"back": (154, 104)},
    ),
    "side": View(
        """
<line class="d-line" x1="140" y1="54" x2="144" y2="8"/>
<rect class="d-body" x="112" y="118" width="16" height="40"/>
<rect class="d-body" x="96" y="154" width="48" height="14" rx="4"/>
<rect class="d-dark" x="70" y="74" width="14" height="28" rx="4"/>
<rect class="d-body" x="82" y="50" width="76" height="72" rx="10"/>
<rect class="d-dark" x="64" y="46" width="100" height="12" rx="6"/>
""",
        {"side": (120, 94)},
    ),
    "bottom": View(
        """
<rect class="d-dark" x="56" y="50" width="128" height="12" rx="6"/>
<rect class="d-body" x="60" y="56" width="120" height="80" rx="10"/>
<circle class="d-foot" cx="120" cy="96" r="14"/>
""",
        {"bottom": (154, 118)},
    ),
    "top": View(
        """
<rect class="d-dark" x="56" y="60" width="128" height="84" rx="10"/>
<circle class="d-dark" cx="86" cy="90" r="6"/>
<circle class="d-dark" cx="154" cy="90" r="6"/>
""",
        {"top": (120, 112)},
    ),
}

BATTERY = {
    "front": View(
        """
<rect class="d-body" x="64" y="30" width="112" height="120" rx="36"/>
<circle class="d-dark" cx="120" cy="84" r="30"/>
<circle class="d-lens" cx="120" cy="84" r="14"/>
<rect class="d-body" x="108" y="150" width="24" height="20"/>
<rect class="d-body" x="92" y="168" width="56" height="12" rx="5"/>
""",
        {"front": (92, 132), "under_lens": (120, 122)},
        led=(148, 132),
    ),
    "back": View(
        """
<rect class="d-body" x="108" y="150" width="24" height="20"/>
<rect class="d-body" x="92" y="168" width="56" height="12" rx="5"/>
<rect class="d-body" x="64" y="30" width="112" height="120" rx="36"/>
<rect class="d-sticker" x="88" y="56" width="64" height="30" rx="3"/>
<rect class="d-dark" x="110" y="126" width="20" height="7" rx="2"/>
""",
        {"back": (120, 106)},
    ),
    "side": View(
        """
<rect class="d-dark" x="80" y="66" width="16" height="36" rx="5"/>
<rect class="d-body" x="92" y="30" width="56" height="120" rx="24"/>
<rect class="d-body" x="108" y="150" width="24" height="20"/>
<rect class="d-body" x="92" y="168" width="56" height="12" rx="5"/>
""",
        {"side": (120, 118)},
    ),
    "bottom": View(
        """
<rect class="d-dark" x="100" y="40" width="40" height="10" rx="3"/>
<rect class="d-body" x="64" y="48" width="112" height="96" rx="32"/>
<circle class="d-foot" cx="120" cy="92" r="12"/>
""",
        {"bottom": (150, 118)},
    ),
    "top": View(
        """
<rect class="d-body" x="64" y="50" width="112" height="92" rx="32"/>
<rect class="d-dark" x="100" y="140" width="40" height="10" rx="3"/>
""",
        {"top": (120, 92)},
    ),
}

FLOODLIGHT = {
    "front": View(
        """
<rect class="d-body" x="104" y="14" width="32" height="40" rx="6"/>
<path class="d-body" d="M104 40 L40 62 L44 80 L104 60 Z"/>
<path class="d-body" d="M136 40 L200 62 L196 80 L136 60 Z"/>
<rect class="d-light" x="34" y="62" width="52" height="26" rx="6"/>
<rect class="d-light" x="154" y="62" width="52" height="26" rx="6"/>
<rect class="d-body" x="114" y="54" width="12" height="36"/>
<rect class="d-body" x="90" y="88" width="60" height="56" rx="12"/>
<circle class="d-dark" cx="120" cy="114" r="18"/>
<circle class="d-lens" cx="120" cy="114" r="8"/>
""",
        {"front": (100, 136), "under_lens": (120, 138)},
        led=(140, 96),
    ),
    "back": View(
        """
<rect class="d-body" x="70" y="20" width="100" height="70" rx="10"/>
<rect class="d-sticker" x="86" y="34" width="68" height="24" rx="3"/>
<path class="d-cable" d="M120 90 L120 120"/>
<rect class="d-body" x="90" y="116" width="60" height="50" rx="12"/>
""",
        {"back": (120, 74)},
    ),
    "side": View(
        """
<rect class="d-body" x="176" y="14" width="14" height="70" rx="4"/>
<path class="d-body" d="M176 36 L120 54 L122 70 L176 52 Z"/>
<rect class="d-light" x="96" y="52" width="36" height="24" rx="6"/>
<rect class="d-body" x="150" y="60" width="12" height="36"/>
<rect class="d-dark" x="100" y="104" width="12" height="22" rx="4"/>
<rect class="d-body" x="110" y="92" width="56" height="52" rx="12"/>
""",
        {"side": (138, 122)},
    ),
    "bottom": View(
        """
<rect class="d-light" x="34" y="40" width="60" height="40" rx="8"/>
<rect class="d-light" x="146" y="40" width="60" height="40" rx="8"/>
<rect class="d-body" x="84" y="30" width="72" height="30" rx="6"/>
<circle class="d-body" cx="120" cy="116" r="40"/>
<circle class="d-dark" cx="120" cy="116" r="14"/>
""",
        {"bottom": (146, 140)},
    ),
    "top": View(
        """
<rect class="d-light" x="34" y="70" width="60" height="40" rx="8"/>
<rect class="d-light" x="146" y="70" width="60" height="40" rx="8"/>
<rect class="d-body" x="84" y="40" width="72" height="100" rx="10"/>
""",
        {"top": (120, 96)},
    ),
}
