"""The line under a step's first ways back in that counts the rest, and where they are.

The web and the API list them with the step. The terminal folds them behind a key: printed
whole, Hikvision's twelve took 53 lines above "Try Hikvision's own way back in first", off the
top of an 80×24 screen, and "listed with this step" pointed at nothing a technician could see
(technician review 74, G #5). One sentence, said two ways, written here only.
"""

from __future__ import annotations

import re

MORE_WAYS_WORDS = "more ways"
"""What the terminal's key for them is called on its keys line ("w more ways")."""

_LISTED = re.compile(
    r"(?P<more>\d+) more (?P<ways>ways?), with their sources, (?:is|are) listed with this step"
    r"(?P<whose> \([^)]*\))?\."
)


def more_ways_line(more: int, whose: list[str]) -> str:
    """ "11 more ways, with their sources, are listed with this step (8 for the camera
    itself, 3 for a recorder)." `whose`: how many are for whose password, if not all the
    camera's own."""
    ways = "way" if more == 1 else "ways"
    verb = "is" if more == 1 else "are"  # above the title in a short terminal: no "below"
    also = f" ({', '.join(whose)})" if whose else ""
    return f"{more} more {ways}, with their sources, {verb} listed with this step{also}."


def lists_more_ways(text: str) -> bool:
    """Whether a step's text says more ways are listed with it (`more_ways_line`)."""
    return _LISTED.search(text) is not None


def more_ways_count(text: str) -> int:
    """How many more ways a step's text says are listed with it (0: it says none)."""
    found = _LISTED.search(text)
    return int(found["more"]) if found else 0


def more_ways_on_key(text: str, key: str) -> str:
    """The step's text where a key lists the rest: "11 more ways (8 for the camera itself, 3
    for a recorder): w lists them." (one line at 80 columns, where the other took two)."""

    def said(m: re.Match[str]) -> str:
        them = "it" if m["ways"] == "way" else "them"
        return f"{m['more']} more {m['ways']}{m['whose'] or ''}: {key} lists {them}."

    return _LISTED.sub(said, text)
