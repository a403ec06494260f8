"""Find a camera model from what a person types: "tapo c-200", "IP4M1041B", "Kasa Spot".

People type model names from a sticker, a box or memory, so the search forgives case,
spacing, dashes and the brand in front, and near-miss typing. `find_model` only answers
when one model is clearly meant; otherwise it raises with the closest models to offer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.errors import UnknownModelError

EXACT = 1.0
FUZZY_FLOOR = 0.75  # below this ratio two spellings are different models
FUZZY_SURE = 0.85  # a near miss this close, clearly ahead of the next, is taken as meant
FUZZY_LEAD = 0.08
BRANDED_EXACT = 0.95
"""An alias with its brand fused in ("WYZEC3A") matched by the bare rest ("C3A"): strong, but
below a model whose own name is exactly that."""
MAX_SUGGESTIONS = 12
BRAND_WORDS = frozenset({"tp-link", "tplink", "tp link"})


@dataclass(frozen=True)
class Match:
    """One model a query may mean; `matched` is the name or alias that matched it."""

    model_id: str
    name: str
    line: str
    form_factor: str | None
    score: float
    matched: str


def _words(text: str) -> list[str]:
    lowered = text.casefold().replace("+", " plus ")  # "Doorbell 3+" is not "Doorbell 3"
    for brand in BRAND_WORDS:
        lowered = lowered.replace(brand, " ")
    return [w for w in re.split(r"[^0-9a-z]+", lowered) if w]


def line_words(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each word that names a line or a brand, and the lines it names."""
    names: dict[str, set[str]] = {}
    for line in kb.lines.values():
        for text in (line.id, line.name, line.brand):
            key = "".join(_words(text))
            if key:
                names.setdefault(key, set()).add(line.id)
    tplink = {line.id for line in kb.lines.values() if line.brand.casefold() == "tp-link"}
    if tplink:
        names.setdefault("tplink", set()).update(tplink)
    return {word: frozenset(ids) for word, ids in names.items()}


def normalise(kb: KnowledgeBase, text: str) -> tuple[str, frozenset[str]]:
    """The squashed model key ("tapo c-200" → "c200") and the lines the text names."""
    brands = line_words(kb)
    named: set[str] = set()
    kept: list[str] = []
    for word in _words(text):
        if word in brands:
            named |= brands[word]
        else:
            kept.append(word)
    if any(b in text.casefold() for b in BRAND_WORDS):
        named |= brands.get("tplink", frozenset())
    key = "".join(kept)
    for word in sorted(brands, key=len, reverse=True):  # "TapoC100" written as one word
        if key.startswith(word) and len(key) > len(word):
            named |= brands[word]
            key = key[len(word) :]
            break
    return key, frozenset(named)


def find_line(kb: KnowledgeBase, query: str) -> str | None:
    """The line a query names when it names only a line ("tapo", "Amcrest"), else None."""
    key, named = normalise(kb, query)
    return next(iter(named)) if not key and len(named) == 1 else None


def _score(query: str, key: str, family: bool) -> float:
    """1 exact; (0.8, 0.9] prefix; (0.6, 0.7] substring; [0.475, 0.6] near miss; else 0.

    A family word ("doorbell", "prohd": no digits) matched without its brand counts only as
    a substring: several brands make doorbells.
    """
    if key == query:
        return 0.7 if family else EXACT
    if key.startswith(query):
        return 0.8 + 0.1 * len(query) / len(key)
    if query in key:
        return 0.6 + 0.1 * len(query) / len(key)
    ratio = SequenceMatcher(None, query, key).ratio()
    return 0.1 + 0.5 * ratio if ratio >= FUZZY_FLOOR else 0.0


def search_models(kb: KnowledgeBase, query: str, limit: int = 10) -> list[Match]:
    """Models the query may mean, best first (ties by id).

    A bare line name lists the line's models; near misses are listed only when nothing
    matches better.
    """
    key, named = normalise(kb, query)
    brands = line_words(kb)
    found: list[Match] = []
    for model_id, model in kb.models.items():
        line_id = kb.model_line[model_id]
        if named and line_id not in named:
            continue
        best, matched = (0.5, line_id) if not key and named else (0.0, "")
        if key:
            plain_id = model_id.removeprefix(f"{line_id}-")
            for text in (model.name, *model.aliases, plain_id):
                alias, alias_lines = normalise(kb, text)
                family = not named and bool(alias_lines) and not re.search(r"[0-9]", alias)
                score = _score(key, alias, family)
                fused = alias_lines and not any(w in brands for w in _words(text))
                if score == EXACT and fused and not named:
                    score = BRANDED_EXACT  # "WYZEC3A" typed as "C3A" may be Dahua's C3A
                if score > best:
                    best, matched = score, text
        if best > 0:
            ff = model.shape
            found.append(Match(model_id, model.name, line_id, ff, round(best, 3), matched))
    found.sort(key=lambda m: (-m.score, m.model_id))
    if found and found[0].score > 0.6:  # a real match: near misses are only noise
        found = [m for m in found if m.score > 0.6]
    return found[:limit]


def _sure(matches: list[Match]) -> bool:
    """Exact and unique; the only prefix match; the only match; or a near miss well ahead."""
    top = matches[0].score
    second = matches[1].score if len(matches) > 1 else 0.0
    if top >= 0.8:
        return second < 0.8 or (top == EXACT and second < EXACT)
    if len(matches) == 1:
        return top > 0.6
    return 0.1 + 0.5 * FUZZY_SURE <= top <= 0.6 and second <= top - 0.5 * FUZZY_LEAD


def find_model(kb: KnowledgeBase, query: str) -> str:
    """The one model the query means; raise UnknownModelError with suggestions otherwise."""
    matches = search_models(kb, query, limit=len(kb.models))
    if matches and _sure(matches):
        return matches[0].model_id
    if matches and matches[0].score >= 0.8:  # a family name: offer the whole family
        tier = [m.model_id for m in matches if m.score >= 0.8]
        raise UnknownModelError(query, tier[:MAX_SUGGESTIONS])
    raise UnknownModelError(query, [m.model_id for m in matches[:5]])
