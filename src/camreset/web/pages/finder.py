"""Forgiving model search: people type "c200", "Tapo C-200" or "2496", not our ids.

Pure over the loaded KB so it is tested without a server. Punctuation, spaces and case are
ignored; a query contained in a model's name (or the other way round) ranks high; anything
else is scored by similarity so small typos ("c2000", "tapo c20") still find the camera.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from camreset.core.kb.knowledge import KnowledgeBase

_THRESHOLD = 0.62


@dataclass(frozen=True)
class ModelMatch:
    """One search result, ready to show."""

    model_id: str
    name: str
    brand: str
    line_id: str
    form_factor: str
    score: float


def normalise(text: str) -> str:
    """Lowercase letters and digits only: "Tapo C-200" → "tapoc200"."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _score(query: str, candidate: str) -> float:
    if not candidate:
        return 0.0
    if query == candidate:
        return 1.0
    if len(query) >= 2 and (query in candidate or candidate in query):
        return 0.8 + 0.15 * min(len(query), len(candidate)) / max(len(query), len(candidate))
    return SequenceMatcher(None, query, candidate).ratio()


def find_models(kb: KnowledgeBase, query: str, limit: int = 8) -> list[ModelMatch]:
    """The models that best match `query`, best first (empty when nothing is close)."""
    q = normalise(query)
    if not q:
        return []
    found: list[ModelMatch] = []
    for model_id, model in kb.models.items():
        line = kb.line_of(model_id)
        names = [model.name, model_id, *model.aliases, f"{line.brand} {model.name}"]
        best = max(_score(q, normalise(n)) for n in names)
        if best >= _THRESHOLD:
            ff = model.form_factor.value
            found.append(ModelMatch(model_id, model.name, line.brand, line.id, ff, best))
    found.sort(key=lambda m: (-m.score, m.name))
    return found[:limit]


def find_lines(kb: KnowledgeBase, query: str) -> list[str]:
    """Line ids whose brand or name is what was typed ("tp-link", "amcrest")."""
    q = normalise(query)
    if len(q) < 3:
        return []
    return [
        line_id
        for line_id, line in sorted(kb.lines.items())
        if q in (normalise(line.brand), normalise(line.name))
        or normalise(line.name) in q
        or normalise(line.brand) in q
    ]
