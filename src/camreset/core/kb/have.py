"""What a person can have at hand: the ids attempts `require` in troubleshooting.yaml, a
checklist ticks and the API and `--have` take. Its own module, out of troubleshooting.py, as
the one vocabulary every interface reads (the checklist's words are core/present/have_items.py)."""

from __future__ import annotations

from enum import StrEnum


class Have(StrEnum):
    """What a person can have at hand; actions require some of these. The PoE items are an
    installer's (installer review 66, D #8): a PoE camera's list was all wall power."""

    pin = "pin"
    poe_port = "poe_port"
    short_cable = "short_cable"
    original_adapter = "original_adapter"
    spare_adapter = "spare_adapter"
    other_outlet = "other_outlet"
    app = "app"
    admin_password = "admin_password"
    computer = "computer"
    batteries = "batteries"
    """New single-use batteries of the kind it takes: offered only for a camera whose sources
    say it takes no rechargeable ones (a Blink's AA lithium cells; CELLS_AT_HAND_RULES)."""
