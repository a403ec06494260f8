"""MAC addresses as one spelling, so replies from different protocols can be compared.

Devices write them as `3C-64-CF-00-00-00`, `74:FE:CE:00:00:00` or `74FECE000000`; a person
compares what the camera's sticker says, so the canonical form is lower-case with colons.
"""

from __future__ import annotations

import re

_HEX = re.compile(r"[0-9a-f]{12}")


def normalise_mac(text: object) -> str | None:
    """`aa:bb:cc:dd:ee:ff`, or None when the text is not one MAC address."""
    if not isinstance(text, str):
        return None
    digits = re.sub(r"[\s:.\-]", "", text.strip().casefold())
    if not _HEX.fullmatch(digits):
        return None
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2))
