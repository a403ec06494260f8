"""Whether what a person typed clearly means one model: taken as meant, or models offered.

Search (core/kb/search.py) scores every model a query may mean; this decides what happens
next. One model clearly ahead is taken (a near miss or a prefix is not `exact`, so the person
is told which camera it was taken for); too short a query, or a near miss that differs in a
digit (most likely another model of the same maker), is offered, never assumed; otherwise
`UnknownModelError` carries the closest models and the query's line, where it tells.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.model_names import found_by
from camreset.core.kb.search import EXACT, Match, likely_line, normalise, search_models
from camreset.errors import UnknownModelError

FUZZY_SURE = 0.85  # a near miss this close, clearly ahead of the next, is taken as meant
FUZZY_LEAD = 0.08
SHORTEST_TAKEN = 3
"""The fewest letters and digits, with no brand, a near miss or prefix is taken as meant from."""
MAX_SUGGESTIONS = 12
SUGGEST_FLOOR = 0.6
"""How alike a model of the query's own line must be spelled to be offered when none matched."""


def _sure(matches: list[Match]) -> bool:
    """Exact and unique; the only prefix match; the only match; or a near miss well ahead."""
    top = matches[0].score
    second = matches[1].score if len(matches) > 1 else 0.0
    if top >= 0.8:
        return second < 0.8 or (top == EXACT and second < EXACT)
    if len(matches) == 1:
        return top > 0.6 or top >= 0.1 + 0.5 * FUZZY_SURE
    return 0.1 + 0.5 * FUZZY_SURE <= top <= 0.6 and second <= top - 0.5 * FUZZY_LEAD


def find_model(kb: KnowledgeBase, query: str) -> str:
    """The one model the query means; raise UnknownModelError with suggestions (and the line
    the query belongs to, if it tells) otherwise."""
    return find_match(kb, query).model_id


def find_match(kb: KnowledgeBase, query: str) -> Match:
    """`find_model`, with how the query matched: a near miss or a prefix taken as meant is
    not `exact`, and the person should be told which camera it was taken for."""
    if query in kb.models:
        model = kb.models[query]
        return Match(query, model.name, kb.model_line[query], model.shape, EXACT, query)
    matches = search_models(kb, query, limit=len(kb.models))
    line = likely_line(kb, query)
    if matches and _sure(matches) and not _another_number(kb, query, matches[0]):
        if not _too_short(kb, query, matches[0]):
            return matches[0]
        raise UnknownModelError(query, [m.model_id for m in matches[:5]], line=line)
    if matches and matches[0].score <= 0.6:  # a near miss with another number: offered only
        raise UnknownModelError(query, [m.model_id for m in matches[:5]], line=line)
    if matches and matches[0].score >= 0.8:  # a family name: offer the whole family
        tier = [m.model_id for m in matches if m.score >= 0.8]
        shared = matches[0].fcc_id or ""  # an FCC ID on several models: said so
        raise UnknownModelError(query, tier[:MAX_SUGGESTIONS], line, True, fcc_id=shared)
    offered = [m.model_id for m in matches[:5]] or _line_suggestions(kb, query, line)
    raise UnknownModelError(query, offered, line=line)


def _too_short(kb: KnowledgeBase, query: str, match: Match) -> bool:
    """Two letters or digits with no brand ("ab", "id") start too many labels to be taken
    for one camera: offered, not assumed (installer review 69, T #12)."""
    key, named = normalise(kb, query)
    return not match.exact and not named and len(key) < SHORTEST_TAKEN


def _another_number(kb: KnowledgeBase, query: str, match: Match) -> bool:
    """A near miss whose spelling differs in a digit ("DS-2CD2143G0-I" for the G2-I): most
    likely another model of the same maker, not a typo, so it is never taken as meant. A key
    pressed twice ("C2000" for the C200) is a typo."""
    if match.score > 0.6:
        return False
    typed, named = normalise(kb, query)[0], normalise(kb, match.matched)[0]
    for op, i1, i2, j1, j2 in SequenceMatcher(None, typed, named).get_opcodes():
        changed = typed[i1:i2] + named[j1:j2]
        if op == "equal" or not any(c.isdigit() for c in changed):
            continue
        longer, at = (typed, i1) if op == "delete" else (named, j1)
        doubled = op != "replace" and set(changed) == {longer[at - 1 : at] or "?"}
        if not doubled:
            return True
    return False


def _line_suggestions(kb: KnowledgeBase, query: str, line: str | None) -> list[str]:
    """Models of the query's own line spelled much like it ("Kasa C200" → KC200): offered,
    never opened, so a near miss with other model-number letters may be among them."""
    key = normalise(kb, query)[0]
    if line is None or not key:
        return []
    ranked: list[tuple[float, str]] = []
    for model_id, model in kb.models.items():
        if kb.model_line[model_id] != line:
            continue
        keys = [normalise(kb, text)[0] for text in found_by(model_id, model, line)]
        ratio = max(SequenceMatcher(None, key, k).ratio() for k in keys)
        if ratio >= SUGGEST_FLOOR:
            ranked.append((-ratio, model_id))
    return [model_id for _, model_id in sorted(ranked)[:5]]
