"""A hold time must be one its sources say: each number of a hold claim appears in its cites.

A typo in a hold (`recommended: 150` under a cite saying "10 to 15 seconds") loaded cleanly and
would have become a 2½-minute timer on every camera of the line (terminal review 71, I #12).
Each cite's `says` is our words for the source, and for a hold those words carry its numbers,
so `kb check` finds a number none of them gives. Numbers may be written as digits ("10–15"),
as words ("ten", "thirty") or in minutes ("a minute", "2 minutes").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from camreset.core.kb.values import Hold

HOLD_FIELDS = ("min", "recommended", "max", "safe_max")

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90,
}  # fmt: skip
_NUMBER = re.compile(r"\d+(?:\.\d+)?|\b(?:" + "|".join(sorted(_WORDS, key=len)[::-1]) + r")\b")
_MINUTES = re.compile(r"\bminutes?\b")
_A_MINUTE = re.compile(r"\b(?:a|one)(?: full)? minute\b")
_HALF_A_MINUTE = re.compile(r"\bhalf a minute\b")


def said_numbers(texts: Iterable[str]) -> set[float]:
    """Every number the texts give, in seconds too where they speak of minutes."""
    found: set[float] = set()
    for text in texts:
        lowered = text.casefold()
        numbers = {float(_WORDS[n]) if n in _WORDS else float(n) for n in _NUMBER.findall(lowered)}
        if _MINUTES.search(lowered):
            numbers |= {n * 60 for n in numbers}
        if _HALF_A_MINUTE.search(lowered):
            numbers.add(30.0)
        if _A_MINUTE.search(_HALF_A_MINUTE.sub("", lowered)):
            numbers.add(60.0)
        found |= numbers
    return found


def unsaid_hold_times(hold: Hold, quotes: Iterable[str]) -> list[tuple[str, float]]:
    """(field, seconds) of each time in `hold` that none of `quotes` says."""
    said = said_numbers(quotes)
    return [
        (name, float(value))
        for name in HOLD_FIELDS
        if (value := getattr(hold, name)) is not None and float(value) not in said
    ]
