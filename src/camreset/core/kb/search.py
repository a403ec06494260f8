"""Find a camera model from what a person types: "tapo c-200", "IP4M1041B", "Kasa Spot".

People type model names from a sticker, a box or memory, so the search forgives case,
spacing, dashes and the brand in front, and near-miss typing. `find_model` (meant_model.py)
only answers when one model is clearly meant; otherwise it raises with the closest models to
offer.

Never another line's camera: a near miss keeps the model number's letters ("KC" in KC125), a
part matches only where a word or number starts. What is not found still names its line when
the brand or those letters tell it (`likely_line`): that line's usual steps, labelled so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from camreset.core.kb.brand_spelling import FILLER_WORDS, brand_spelled, line_by_first_letters
from camreset.core.kb.brand_words import BRAND_WORDS, line_words, words_of
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.label_digits import digits_read
from camreset.core.kb.model_names import FCC_LABEL, fcc_ids, found_by
from camreset.core.kb.result_order import by_kind_then_name

EXACT = 1.0
FUZZY_FLOOR = 0.75  # below this ratio two spellings are different models
BRANDED_EXACT = 0.95
"""An alias with its brand fused in ("WYZEC3A") matched by the bare rest ("C3A"): strong, but
below a model whose own name is exactly that."""
MISREAD = 0.9
"""The best a match found only by reading a letter O as the digit 0 can score: sure when
alone, but never exact, so the person is told which camera it was taken for."""
WORDS_ANY_ORDER = 0.62
"""Each typed word begins a word of the name, in another order: as good as a part match."""


@dataclass(frozen=True)
class Match:
    """One model a query may mean; `matched` is the name or alias that matched it."""

    model_id: str
    name: str
    line: str
    form_factor: str | None
    score: float
    matched: str
    respelt: bool = False
    """Found through a brand read from a slip of the keyboard ("wyse"): never exact."""
    fcc_id: str | None = None
    """The sourced FCC ID typed exactly, when that is what found it: the person is told so."""

    @property
    def exact(self) -> bool:
        """The query is this model's name, an alias, its id or FCC ID (not a guess)."""
        return self.score >= BRANDED_EXACT and not self.respelt


FAMILY = re.compile(r"^([a-z]{1,4})[0-9]")
"""A model number's letters: "kc" in kc125, "ip" in ip8m2496eb (none in "camv3pro")."""


LINE_LETTERS = re.compile(r"^([a-z]{1,8})[0-9]")
"""Longer model letters ("ipchdw"), only for telling the maker; near misses keep `FAMILY`."""


def family(key: str, pattern: re.Pattern[str] = FAMILY) -> str | None:
    """The letters a model number starts with, if the key is one ("c" for c200)."""
    found = pattern.match(key)
    return found.group(1) if found else None


def _starts(words: list[str]) -> frozenset[int]:
    """Where, in the words run together, a word or a run of digits or letters begins."""
    starts: set[int] = set()
    at = 0
    for word in words:
        starts.add(at)
        for i in range(1, len(word)):
            if word[i].isdigit() != word[i - 1].isdigit():
                starts.add(at + i)
        at += len(word)
    return frozenset(starts)


def normalise(
    kb: KnowledgeBase, text: str, brands: dict[str, frozenset[str]] | None = None
) -> tuple[str, frozenset[str]]:
    """The squashed model key ("tapo c-200" → "c200") and the lines the text names
    (`brands`: `line_words(kb)`, when the caller already has it)."""
    return _keyed(kb, text, brands)[:2]


def _keyed(
    kb: KnowledgeBase, text: str, brands: dict[str, frozenset[str]] | None = None
) -> tuple[str, frozenset[str], frozenset[int]]:
    """The key, the lines named, and where in the key words begin."""
    brands = line_words(kb) if brands is None else brands
    named: set[str] = set()
    kept: list[str] = []
    for word in words_of(text):
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
            kept = [key]
            break
    return key, frozenset(named), _starts(kept)


def families(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each model-number family's letters and the lines whose models carry them."""
    found: dict[str, set[str]] = {}
    for model_id, model in kb.models.items():
        line_id = kb.model_line[model_id]
        for text in found_by(model_id, model, line_id):
            letters = family(normalise(kb, text)[0], LINE_LETTERS)
            if letters:
                found.setdefault(letters, set()).add(line_id)
    return {letters: frozenset(lines) for letters, lines in found.items()}


def likely_line(kb: KnowledgeBase, query: str) -> str | None:
    """The one line a query belongs to, by the brand typed or the model number's letters
    ("KC125" is a Kasa number); None when nothing or more than one line fits."""
    brands = line_words(kb)
    key, named = normalise(kb, brand_spelled(query, brands), brands)
    if not named:
        letters = family(key, LINE_LETTERS)
        named = families(kb).get(letters, frozenset()) if letters else frozenset()
    return next(iter(named)) if len(named) == 1 else None


def line_named(kb: KnowledgeBase, text: str) -> str | None:
    """The one line a whole brand word names ("Wyze Cam v9"; "Nestor" is no Nest)."""
    brands = line_words(kb)
    named = {line for word in words_of(text) if word in brands for line in brands[word]}
    return named.pop() if len(named) == 1 else None


def find_line(kb: KnowledgeBase, query: str) -> str | None:
    """The line a query names when it names only a line ("tapo", "Amcrest", "Blink
    camera"), else None."""
    words = [w for w in query.split() if w.casefold() not in FILLER_WORDS]
    key, named = normalise(kb, " ".join(words))
    return next(iter(named)) if words and not key and len(named) == 1 else None


def _score(query: str, key: str, generic: bool, starts: frozenset[int] = frozenset()) -> float:
    """1 exact; (0.8, 0.9] prefix; (0.6, 0.7] part; [0.475, 0.6] near miss; else 0.

    A generic word ("doorbell", "prohd": no digits) matched without its brand counts only as
    a part: several brands make doorbells. A part counts only where a word or number of the
    name starts (`starts`), and a near miss only with the same model-number letters.
    """
    if key == query:
        return 0.7 if generic else EXACT
    if _VERSION.sub("", key) == query:  # "Wyze Cam 3" for the Wyze Cam v3: told, not exact
        return MISREAD
    if key.startswith(query):
        return 0.8 + 0.1 * len(query) / len(key)
    if any(key.startswith(query, at) for at in starts):
        return 0.6 + 0.1 * len(query) / len(key)
    if family(query) != family(key):
        return 0.0
    ratio = SequenceMatcher(None, query, key).ratio()
    return 0.1 + 0.5 * ratio if ratio >= FUZZY_FLOOR else 0.0


_VERSION = re.compile(r"v(?=[0-9])")
"""The "v" of a version number ("Cam v3"), which people often leave out ("Wyze Cam 3")."""


def search_models(
    kb: KnowledgeBase, query: str, limit: int = 10, *, by_letters: bool = True
) -> list[Match]:
    """Models the query may mean, best first; those matched the same way, by name.

    A bare line name lists the line's models; near misses are listed only when nothing
    matches better.
    """
    brands = line_words(kb)  # once per search, not once per name compared
    query = FCC_LABEL.sub("", query)
    typed, query = query, brand_spelled(query, brands)
    key, named = normalise(kb, query, brands)
    found = _search(kb, brands, key, named, _named_words(query, brands), _bare(query, brands))
    misread = digits_read(key)  # "C2OO" or "C2l0" read off a label is C200, C210
    if misread != key and (not found or found[0].score <= 0.6):
        better = _search(kb, brands, misread, named)
        if better and (not found or better[0].score > found[0].score):
            # never "exact": the person is told which camera it was taken for
            found = [replace(m, score=min(m.score, MISREAD)) for m in better]
    if not found or found[0].score <= 0.6:
        found = _by_label_number(kb, brands, query, named) or found
    if query != typed:  # a brand read from a slip ("tado" is Tapo, or another maker's)
        found = [replace(m, respelt=True) for m in found]
    if not found and by_letters and (line := line_by_first_letters(typed, brands)) is not None:
        return search_models(kb, line, limit, by_letters=False)  # "hik": a brand's first letters
    return sorted(found, key=lambda m: by_kind_then_name(m.score, m.name, MISREAD))[:limit]


def _by_label_number(
    kb: KnowledgeBase, brands: dict[str, frozenset[str]], query: str, named: frozenset[str]
) -> list[Match]:
    """The one model a word of letters and digits names ("pro 4 VMC4050P"), told, not exact."""
    found: dict[str, Match] = {}
    for word in query.split():
        if len(word) < 4 or not re.search(r"[0-9]", word) or not re.search(r"[A-Za-z]", word):
            continue
        key, _ = normalise(kb, word, brands)
        exact = [m for m in _search(kb, brands, key, named) if m.score == EXACT]
        if len(exact) == 1:
            found[exact[0].model_id] = replace(exact[0], score=MISREAD)
    return list(found.values()) if len(found) == 1 else []


def _model_words(text: str, brands: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """The words of a name or query that may name a model: neither a brand nor a filler."""
    return tuple(w for w in words_of(text) if w not in brands and w not in FILLER_WORDS)


def _named_words(query: str, brands: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """The words of a query that may name a model, in any order ("Ring doorbell battery");
    only where there are two or more."""
    words = _model_words(query, brands)
    return words if len(words) >= 2 else ()


def _bare(text: str, brands: dict[str, frozenset[str]]) -> str:
    """The words of a name that name a model, run together ("Wyze Cam v3": "v3")."""
    return "".join(_model_words(text, brands))


def _every_word(words: tuple[str, ...], text: str, brands: dict[str, frozenset[str]]) -> float:
    """A part-match score when each of `words` begins a different word of `text`, whatever
    the order ("doorbell battery" in "Battery Video Doorbell"), else 0."""
    name = [w for w in words_of(text) if w not in brands]
    free = list(name)
    for word in words:
        hit = next((w for w in free if w.startswith(word)), None)
        if hit is None:
            return 0.0
        free.remove(hit)
    return WORDS_ANY_ORDER + 0.05 * sum(map(len, words)) / max(1, sum(map(len, name)))


def _search(
    kb: KnowledgeBase,
    brands: dict[str, frozenset[str]],
    key: str,
    named: frozenset[str],
    words: tuple[str, ...] = (),
    bare: str = "",
) -> list[Match]:
    """Every model the squashed `key` (of the lines `named`, if any) may mean, best first;
    `words`, when given, also match a name that has each of them in another order, and
    `bare`, a name that is the same but for a filler word ("Wyze v3": the Wyze Cam v3, told
    which camera it was taken for; only with a brand: "v3" alone names no one camera)."""
    bare = bare if named else ""
    found: list[Match] = []
    for model_id, model in kb.models.items():
        line_id = kb.model_line[model_id]
        if named and line_id not in named:
            continue
        best, matched = (0.5, line_id) if not key and named else (0.0, "")
        if key:
            for text in found_by(model_id, model, line_id):
                alias, alias_lines, starts = _keyed(kb, text, brands)
                generic = not named and bool(alias_lines) and not re.search(r"[0-9]", alias)
                score = _score(key, alias, generic, starts)
                if words and score <= WORDS_ANY_ORDER:
                    score = max(score, _every_word(words, text, brands))
                if bare and score < MISREAD and _bare(text, brands) == bare:
                    score = MISREAD
                fused = alias_lines and not any(w in brands for w in words_of(text))
                if score == EXACT and fused and not named:
                    score = BRANDED_EXACT  # "WYZEC3A" typed as "C3A" may be Dahua's C3A
                if score > best:
                    best, matched = score, text
        if best > 0:
            fcc = matched if best == EXACT and matched in fcc_ids(model) else None
            ff = model.shape
            found.append(
                Match(model_id, model.name, line_id, ff, round(best, 3), matched, fcc_id=fcc)
            )
    found.sort(key=lambda m: (-m.score, m.model_id))
    top = found[0] if found else None
    if top is not None and top.fcc_id is not None:
        return [m for m in found if m.score == EXACT]  # not the v3 Pro's, which starts the same
    if found and found[0].score > 0.6:  # a real match: near misses are only noise
        found = [m for m in found if m.score > 0.6]
    return found
