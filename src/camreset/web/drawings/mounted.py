"""Cameras fixed to a wall, a ceiling or a door frame: bullet, dome, turret and doorbell, each
seen from the front, back, side, below and above.

Ours, drawn for this product (no vendor artwork). Wired cameras often hide the button on the
cable's pigtail or inside the housing: those views are in view.py, shared by every shape.
"""

from __future__ import annotations

from camreset.web.drawings.view import View

BULLET = {
    "front": View(
        """
<rect class="d-body" x="112" y="140" width="16" height="30"/>
<rect class="d-body" x="86" y="166" width="68" height="14" rx="4"/>
<path class="d-dark" d="M60 74 A60 60 0 0 1 180 74 Z"/>
<circle class="d-body" cx="120" cy="96" r="50"/>
<circle class="d-dark" cx="120" cy="96" r="26"/>
<circle class="d-lens" cx="120" cy="96" r="12"/>
""",
        {"front": (96, 130), "under_lens": (120, 130)},
        led=(148, 74),
    ),
    "side": View(
        """
<rect class="d-body" x="150" y="92" width="40" height="12"/>
<rect class="d-body" x="184" y="70" width="14" height="80" rx="4"/>
<rect class="d-body" x="40" y="76" width="120" height="44" rx="14"/>
<rect class="d-dark" x="34" y="68" width="112" height="10" rx="5"/>
<rect class="d-dark" x="30" y="84" width="14" height="28" rx="4"/>
<path class="d-cable" d="M120 120 C 120 150, 100 160, 96 182"/>
""",
        {"side": (90, 100)},
    ),
    "bottom": View(
        """
<rect class="d-body" x="176" y="70" width="22" height="60" rx="4"/>
<rect class="d-body" x="30" y="76" width="150" height="48" rx="18"/>
<rect class="d-dark" x="24" y="86" width="12" height="28" rx="4"/>
<rect class="d-cover" x="86" y="86" width="44" height="28" rx="4"/>
<circle class="d-screw" cx="92" cy="92" r="2.5"/>
<circle class="d-screw" cx="124" cy="108" r="2.5"/>
""",
        {"bottom": (108, 100)},
    ),
    "back": View(
        """
<rect class="d-body" x="150" y="40" width="30" height="120" rx="6"/>
<circle class="d-body" cx="110" cy="100" r="46"/>
<circle class="d-foot" cx="110" cy="100" r="30"/>
<path class="d-cable" d="M110 146 C 110 170, 96 180, 80 190"/>
""",
        {"back": (110, 100)},
    ),
    "top": View(
        """
<rect class="d-body" x="176" y="70" width="22" height="60" rx="4"/>
<rect class="d-dark" x="24" y="70" width="140" height="60" rx="10"/>
<rect class="d-body" x="30" y="80" width="150" height="40" rx="16"/>
""",
        {"top": (104, 100)},
    ),
}

DOME = {
    "front": View(
        """
<ellipse class="d-body" cx="120" cy="150" rx="86" ry="18"/>
<path class="d-glass" d="M50 146 A70 70 0 0 1 190 146 Z"/>
<circle class="d-dark" cx="120" cy="112" r="26"/>
<circle class="d-lens" cx="120" cy="112" r="12"/>
""",
        {"front": (76, 150), "under_lens": (120, 146)},
        led=(154, 150),
    ),
    "side": View(
        """
<rect class="d-body" x="34" y="136" width="172" height="24" rx="10"/>
<path class="d-glass" d="M50 138 A70 70 0 0 1 190 138 Z"/>
<circle class="d-dark" cx="104" cy="104" r="22"/>
""",
        {"side": (180, 148)},
    ),
    "bottom": View(
        """
<circle class="d-body" cx="120" cy="100" r="86"/>
<circle class="d-glass" cx="120" cy="100" r="62"/>
<circle class="d-dark" cx="120" cy="100" r="22"/>
<circle class="d-lens" cx="120" cy="100" r="10"/>
""",
        {"bottom": (186, 118)},
    ),
    "back": View(
        """
<circle class="d-body" cx="120" cy="100" r="86"/>
<circle class="d-foot" cx="120" cy="100" r="40"/>
<path class="d-cable" d="M120 100 C 150 120, 170 150, 190 190"/>
""",
        {"back": (86, 72)},
    ),
}
DOME["top"] = View(DOME["back"].shapes, {"top": (86, 72)})

TURRET = {
    "front": View(
        """
<ellipse class="d-body" cx="120" cy="160" rx="78" ry="16"/>
<path class="d-body" d="M56 156 L70 112 L170 112 L184 156 Z"/>
<circle class="d-body" cx="120" cy="92" r="46"/>
<circle class="d-dark" cx="120" cy="92" r="26"/>
<circle class="d-lens" cx="120" cy="92" r="12"/>
<path class="d-cable" d="M184 160 C 200 166, 210 176, 222 190"/>
""",
        {"front": (86, 142), "under_lens": (120, 128)},
        led=(146, 72),
    ),
    "side": View(
        """
<ellipse class="d-body" cx="120" cy="160" rx="78" ry="16"/>
<path class="d-body" d="M56 156 L70 112 L170 112 L184 156 Z"/>
<rect class="d-dark" x="64" y="78" width="14" height="28" rx="4"/>
<circle class="d-body" cx="120" cy="92" r="46"/>
""",
        {"side": (150, 140)},
    ),
    "bottom": View(
        """
<circle class="d-body" cx="120" cy="100" r="84"/>
<circle class="d-foot" cx="120" cy="100" r="50"/>
""",
        {"bottom": (168, 140)},
    ),
    "back": View(
        """
<ellipse class="d-body" cx="120" cy="160" rx="78" ry="16"/>
<path class="d-body" d="M56 156 L70 112 L170 112 L184 156 Z"/>
<circle class="d-body" cx="120" cy="92" r="46"/>
<path class="d-cable" d="M56 160 C 40 166, 30 176, 18 190"/>
""",
        {"back": (120, 92)},
    ),
    "top": View(
        """
<circle class="d-body" cx="120" cy="100" r="84"/>
<circle class="d-body" cx="120" cy="100" r="46"/>
<rect class="d-dark" x="104" y="140" width="32" height="10" rx="4"/>
""",
        {"top": (120, 96)},
    ),
}

DOORBELL = {
    "front": View(
        """
<rect class="d-body" x="88" y="10" width="64" height="176" rx="28"/>
<circle class="d-dark" cx="120" cy="50" r="20"/>
<circle class="d-lens" cx="120" cy="50" r="9"/>
<circle class="d-dark" cx="120" cy="140" r="22"/>
""",
        {"front": (120, 100), "under_lens": (120, 80)},
        led=(120, 140),
    ),
    "back": View(
        """
<rect class="d-body" x="88" y="10" width="64" height="176" rx="28"/>
<rect class="d-sticker" x="98" y="30" width="44" height="36" rx="3"/>
<circle class="d-screw" cx="108" cy="112" r="5"/>
<circle class="d-screw" cx="132" cy="112" r="5"/>
""",
        {"back": (120, 150)},
    ),
    "side": View(
        """
<rect class="d-body" x="104" y="10" width="32" height="176" rx="12"/>
<rect class="d-dark" x="96" y="40" width="10" height="22" rx="3"/>
""",
        {"side": (120, 104)},
    ),
    "bottom": View(
        """
<rect class="d-body" x="56" y="78" width="128" height="44" rx="20"/>
<circle class="d-screw" cx="96" cy="100" r="5"/>
""",
        {"bottom": (150, 100)},
    ),
    "top": View(
        """
<rect class="d-body" x="56" y="78" width="128" height="44" rx="20"/>
""",
        {"top": (120, 100)},
    ),
}
