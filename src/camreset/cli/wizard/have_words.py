"""What a person may type in the at-hand picker besides its numbers: the names `--have` takes
(`computer`, `poe_port`) and a word of one item's label (`paperclip`, `phone`).

The numbers change from camera to camera (a computer was 8 for a Hikvision dome, 7 for a
Dahua, 5 for a UniFi G4), so a technician who typed the last camera's numbers ticked the wrong
things or was refused, and `computer` was refused outright: "Type numbers from 1 to 7"
(installer review 74, G #1). Words stay the same, as the step answers' words do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[a-z][a-z0-9'’-]*[a-z0-9]")


def name_of(typed: str) -> str:
    """A typed name as `--have` spells it: any case, with dashes or underscores."""
    return typed.strip().casefold().replace("-", "_")


def item_words(ids: Sequence[str], labels: Sequence[str]) -> list[frozenset[str]]:
    """For each item, the words that pick it: its id, and each word of three letters or more
    that only its label has ("adapter", in two labels, picks neither)."""
    said = [frozenset(_WORD.findall(label.casefold())) for label in labels]
    words = []
    for n, item in enumerate(ids):
        others = frozenset().union(*(w for i, w in enumerate(said) if i != n))
        own = {w for w in said[n] - others if len(w) >= 3}
        words.append(frozenset({item, *own}))
    return words


def picked(typed: str, words: Sequence[frozenset[str]]) -> int | None:
    """The item (0-based) `typed` names, or None: no item's, or more than one's."""
    name = name_of(typed)
    found = [n for n, w in enumerate(words) if name in w or typed.strip().casefold() in w]
    return found[0] if len(found) == 1 else None
