"""What the start page needs to find a camera: models via the core's forgiving search, and
line ids when a person typed a brand ("tp-link", "amcrest") rather than a model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from camreset.core.kb import search
from camreset.core.kb.brand_words import line_words
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.search import search_models
from camreset.core.present.names import camera_name

PREFIX_SCORE = 0.8
"""A match at least this good is the model's name or its start, not a near miss."""
NEAR_SCORE = 0.6
"""A match no better than this is only spelled much like the query ("IPC-HDW2431T" for the
IPC-HFW2431T): another model, maybe another housing with its button elsewhere."""


@dataclass(frozen=True)
class ModelMatch:
    """One search result, ready to show."""

    model_id: str
    name: str
    """The full name people read: "TP-Link Tapo C200"."""
    brand: str
    line_id: str
    form_factor: str | None
    score: float
    fcc_id: str | None = None
    """The FCC ID typed, when that is what found it (said on the page)."""


def normalise(text: str) -> str:
    """Lowercase letters and digits only: "Tapo C-200" → "tapoc200"."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def find_models(kb: KnowledgeBase, query: str, limit: int = 12) -> list[ModelMatch]:
    """The models that best match `query`, best first: the core's forgiving search. Twelve,
    so "Ring doorbell" also lists the four battery doorbells after the eight wired ones."""
    return [
        ModelMatch(
            m.model_id,
            camera_name(kb.lines[m.line], m.name),
            kb.lines[m.line].brand,
            m.line,
            m.form_factor,
            m.score,
            m.fcc_id,
        )
        for m in search_models(kb, query, limit)
    ]


def find_lines(kb: KnowledgeBase, query: str) -> list[str]:
    """Line ids whose brand or name is what was typed ("tp-link", "amcrest"), or named by a
    word of it ("Nest doorbell")."""
    q = normalise(query)
    if len(q) < 3:
        return []
    named = search.normalise(kb, query)[1]
    return [
        line_id
        for line_id, line in sorted(kb.lines.items())
        if q in (normalise(line.brand), normalise(line.name))
        or normalise(line.name) in q
        or normalise(line.brand) in q
        or line_id in named
    ]


@dataclass(frozen=True)
class OtherRange:
    """A maker named without any of its ranges camreset knows ("TP-Link VIGI C340"): the
    camera may be from one of its ranges camreset does not list."""

    maker: str
    known: tuple[str, ...]
    """The ranges camreset lists for it: "Kasa", "Tapo"."""


def other_range(kb: KnowledgeBase, query: str, line_ids: list[str]) -> OtherRange | None:
    """The maker `query` names, when it names none of the maker's ranges by name and that
    maker's name is in none of them (so "eufy" names the eufy Security range itself)."""
    lines = [kb.lines[i] for i in line_ids]
    makers = {line.brand for line in lines}
    if len(makers) != 1:
        return None
    maker = next(iter(makers))
    ranges = [line for line in kb.lines.values() if line.brand == maker]
    q = normalise(query)
    if normalise(maker) not in q or any(normalise(line.name) in q for line in ranges):
        return None
    if any(normalise(maker) in normalise(line.name) for line in ranges):
        return None
    return OtherRange(maker, tuple(sorted(line.name for line in ranges)))


def names_a_line(kb: KnowledgeBase, query: str) -> bool:
    """Whether a word of `query`, split at "-" and "_" as well, is a brand or line's whole
    name ("tapo-c200-pan-tilt-…"): a session id read out may start like one ("dhh77…" is no
    Dahua), a product name pasted from a shop spells it out (diff review 61)."""
    words = line_words(kb)
    return any(re.sub(r"[^0-9a-z]", "", w.casefold()) in words for w in re.split(r"[\s_-]+", query))
