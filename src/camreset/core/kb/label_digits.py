"""Letters read for digits off a small label: "C2OO" or "C2l0" for the C200 and C210.

A model number printed small, or in a font where O and 0 look alike, is typed with a letter
where the label has a digit. The search tries the key read this way only when the key as
typed found nothing better, and never calls what it finds exact.
"""

from __future__ import annotations

_LOOKALIKE = {"o": "0", "l": "1", "i": "1"}
"""Letters a model number typed off a small label has for a digit."""


def digits_read(key: str) -> str:
    """`key` with each letter O, l or I that stands next to a digit read as that digit."""
    chars = list(key)
    changed = True
    while changed:
        changed = False
        for i, c in enumerate(chars):
            near = chars[max(0, i - 1) : i] + chars[i + 1 : i + 2]
            if c in _LOOKALIKE and any(n.isdigit() for n in near):
                chars[i], changed = _LOOKALIKE[c], True
    return "".join(chars)
