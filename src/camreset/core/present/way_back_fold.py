"""The "own way back in" page folded for a small screen: its first paragraph above the
answers, the way itself (a path through the maker's tool, what to send, how long the code
lasts) after them, in a box a person opens. At 320 px and 200 % text, Hikvision's page had its
first answer 6.5 screens down, under SADP, LAN, XML and "Start Time" (review 71 E, #6)."""

from __future__ import annotations

WAY_BACK_MORE = "How, step by step, and what you need"
"""The folded box's title."""
CHECK_MORE = "How to tell"
"""A check's folded explanation (it stays open: it says which answer fits)."""


def way_back_lead(text: str) -> tuple[str, str]:
    """(the first paragraph, said to lead to the box after the answers; the rest)."""
    lead, _, rest = text.partition("\n\n")
    if not rest:
        return "", ""
    said = lead.rstrip().removesuffix(":").rstrip(".")
    return f"{said}: see “{WAY_BACK_MORE}” after the answers.", rest
