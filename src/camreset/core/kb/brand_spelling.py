"""A brand typed with a slip ("hikvison", "wyse", "ezvis") read as the brand it is near.

People type the maker's name from memory, on a phone keyboard. A first word close to exactly
one brand's name is taken for it: alike by `BRAND_TYPO` (a letter left out or added in a long
name), or one letter off in a name of four letters or more, first letter right (a wrong key
or two swapped: "wyse", "nset"; the ratio scores those 0.75 in a four-letter name). A word
close to two brands, or to none, stays as typed. A word can be another maker's ("tado" reads
as Tapo): a match found through a respelt brand is never exact (core/kb/search.py), so the
person is told which camera it was taken for.
"""

from __future__ import annotations

from difflib import SequenceMatcher

FILLER_WORDS = frozenset({"camera", "cameras", "cam", "cams", "security", "smart", "my"})
"""Words around a camera's name that name no camera."""
BRAND_TYPO = 0.85
"""How alike a first word must be spelled to one brand's name to be read as it ("wyz",
"hikvison"): a one-letter slip, not another word."""
SLIP_LENGTH = 4
"""The shortest brand name one wrong or swapped letter is read in ("rimg": Ring); a word of
three letters is read as a brand only by `BRAND_TYPO` ("rig": Ring, one letter left out)."""


def one_slip(typed: str, brand: str) -> bool:
    """One letter wrong, or two side by side swapped, in a word as long as the brand's name,
    with its first letter right."""
    if len(typed) != len(brand) or len(brand) < SLIP_LENGTH or typed[0] != brand[0]:
        return False
    off = [i for i, (a, b) in enumerate(zip(typed, brand, strict=True)) if a != b]
    if len(off) == 1:
        return True
    return (
        len(off) == 2
        and off[1] == off[0] + 1
        and typed[off[0]] == brand[off[1]]
        and (typed[off[1]] == brand[off[0]])
    )


def brand_spelled(query: str, brands: dict[str, frozenset[str]]) -> str:
    """The query with a misspelt brand in front written as the brand ("hikvison ds-2cd…"),
    when its first word is close to exactly one brand's name; else as typed."""
    words = query.split(maxsplit=1)
    first = words[0].casefold() if words else ""
    if not first.isalpha() or len(first) < 3 or first in brands or first in FILLER_WORDS:
        return query
    close = [
        b
        for b in brands
        if one_slip(first, b) or SequenceMatcher(None, first, b).ratio() >= BRAND_TYPO
    ]
    return " ".join([close[0], *words[1:]]) if len(close) == 1 else query


BRAND_PREFIX = 3
"""The fewest letters that name a brand by its start ("hik", "reo", "amc"), as the guide's
brand picker takes them: `models hik` found nothing (technician review 51)."""


def line_by_first_letters(query: str, brands: dict[str, frozenset[str]]) -> str | None:
    """The one line whose brand word (`brands`: each word and the lines it names) starts with
    `query`, a single word of letters ("hik")."""
    typed = query.strip().casefold()
    if len(typed) < BRAND_PREFIX or not typed.isalpha():
        return None
    lines = {line for word, ids in brands.items() if word.startswith(typed) for line in ids}
    return next(iter(lines)) if len(lines) == 1 else None
