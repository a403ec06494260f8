"""How sure a fact is, in words: a short badge ("Fairly sure") and the reason behind it, the
same beside every fact on every screen.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sureness:
    """How sure a fact is, in words: a short badge and the reason behind it."""

    word: str
    why: str


CONFIDENCE = {
    "high": Sureness("Sure", "the maker's own documentation says so"),
    "medium": Sureness("Fairly sure", "independent sources give this value"),
    "low": Sureness("Unconfirmed", "a single source, or sources from one publisher"),
}
LOW_IN_PARTS = "each part of it rests on a single source or one publisher"
"""Why a value is unconfirmed when its parts rest on different publishers (parts_apart)."""
