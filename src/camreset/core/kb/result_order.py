"""The order a search's results are listed in: the kind of match first, then the names as a
person reads a list. Apart from search.py, which decides what matches and how well: this
only lays out what it found (twelve Ring doorbells came in the order of their names'
lengths, "3 Plus" before "2nd Generation": review 63, #11)."""

from __future__ import annotations

import re

PREFIX = 0.8
"""A name that starts with what was typed: (0.8, 0.9), more for a shorter name."""
PART = 0.6
"""A name with what was typed where one of its words starts, or each typed word in any order:
(0.6, 0.8), more for a shorter name."""


def natural(name: str) -> list[str | int]:
    """A name's sort key in natural order, whatever its case and punctuation: "Doorbell 2"
    before "Doorbell 10", "(1st Generation)" before "2"."""
    words = " ".join(re.sub(r"[^0-9a-z]+", " ", name.casefold()).split())
    return [int(t) if t.isdigit() else t for t in re.split(r"([0-9]+)", words)]


def by_kind_then_name(score: float, name: str, exact: float) -> tuple[float, list[str | int]]:
    """Best kind of match first; a prefix or a part by name, not by the bonus a shorter name
    gets. An exact match (`exact` and up) and a near miss keep their score and the order they
    came in (by id: a model number's): a near miss's score is how close its spelling is."""
    if PREFIX <= score < exact:
        return -PREFIX, natural(name)
    if PART < score < PREFIX:
        return -PART, natural(name)
    return -score, []
