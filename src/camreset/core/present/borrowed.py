"""Saying so when a step comes only from another brand's guide.

Most attempts are sourced for every camera (power, the app) or carry this camera's own facts
(its hold, its button). A few pages follow one brand's guide word for word: the TP-Link seed's
hold while unplugged, offered to every plug-in camera because the drain it goes with is
general. On another brand's camera the page says whose guide it is, and that no source for
this brand gives it, rather than pass it off as this camera's procedure.
"""

from __future__ import annotations

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import Line
from camreset.core.kb.troubleshooting import Action

BORROWED = (
    "This hold while unplugged is from a guide for {brands} cameras; no source for {these} "
    "mentions it, so on this camera it may do nothing."
)


def borrowed_from(kb: KnowledgeBase, line: Line, action: Action) -> str | None:
    """The brands whose guides alone give `action`, when every one of its sources is written
    for lines other than `line` (None: one is for this line, or for no brand in particular)."""
    sources = [kb.sources[s] for s in action.sources if s in kb.sources]
    covers = [c for s in sources for c in s.covers]
    if not sources or not all(s.covers for s in sources):
        return None
    if any(not c.startswith("line:") for c in covers):
        return None  # a source for single models: not told apart here
    lines = {c.removeprefix("line:") for c in covers}
    if line.id in lines:
        return None
    brands = sorted({kb.lines[i].brand for i in lines if i in kb.lines}, key=str.casefold)
    return " and ".join(brands) or None


def borrowed_note(kb: KnowledgeBase, line: Line, action: Action) -> str:
    """The sentence (with a leading space) that says so, or nothing."""
    brands = borrowed_from(kb, line, action)
    if brands is None:
        return ""
    these = f"{line.brand} cameras" if line.id in kb.lines else "other brands' cameras"
    return " " + BORROWED.format(brands=brands, these=these)
