"""A label, a name or a KB value set inside a sentence of ours: its first letter small unless
it is written with capitals inside, its closing full stop off for our sentence to end.
"""

from __future__ import annotations


def without_full_stop(text: str) -> str:
    """A value or KB note without its closing full stop, for a sentence of ours to end."""
    return text.rstrip(". ")


PROPER_NAMES = frozenset({"Bluetooth"})
"""First words written with a capital wherever they stand."""


def mid_sentence(text: str) -> str:
    """A label or name used inside a sentence: its first letter small unless its first word
    is written with capitals inside ("MAC address", "Wi-Fi", "PoE" stay as they are)."""
    first = text.split(" ", 1)[0]
    if (len(first) > 1 and not first[1:].islower()) or first.rstrip(",.:;") in PROPER_NAMES:
        return text
    return text[:1].lower() + text[1:]
