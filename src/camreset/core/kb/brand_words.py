"""The words that name a maker or a line, and how a typed name is split into words.

Shared by the model search and the network's matching of what a camera reports: both must
agree that "TP-Link", "Tapo" or a label's maker prefix ("DH-", "DHI-") names a brand, not a model.
"""

from __future__ import annotations

import re
from unicodedata import normalize

from camreset.core.kb.knowledge import KnowledgeBase

BRAND_WORDS = frozenset({"tp-link", "tplink", "tp link"})


def words_of(text: str) -> list[str]:
    """The text's words, a phone keyboard's full-width "Ｃ２００" as "c200" (review 63, #11)."""
    lowered = normalize("NFKC", text).casefold().replace("+", " plus ")  # "3+" is not "3"
    for brand in BRAND_WORDS:
        lowered = lowered.replace(brand, " ")
    return [w for w in re.split(r"[^0-9a-z]+", lowered) if w]


LABEL_PREFIXES = {"dh": "dahua", "dhi": "dahua"}
"""A maker's prefix on labels ("DH-IPC-HFW2831T-ZS", the KB's "DH-SD2AY" and "DHI-DB11"): a
brand word. Both are listed so that "DHI-DB11" loses all three letters, not "DH" alone ("idb11"
would let "id" pass for the DB11: installer review 69, T #12)."""


def line_words(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each word that names a line or a brand, and the lines it names."""
    names: dict[str, set[str]] = {}
    for line in kb.lines.values():
        for text in (line.id, line.name, line.brand):
            key = "".join(words_of(text))
            if key:
                names.setdefault(key, set()).add(line.id)
    tplink = {line.id for line in kb.lines.values() if line.brand.casefold() == "tp-link"}
    if tplink:
        names.setdefault("tplink", set()).update(tplink)
    for prefix, brand in LABEL_PREFIXES.items():
        names.setdefault(prefix, set()).update(
            line.id for line in kb.lines.values() if line.brand.casefold() == brand
        )
    return {word: frozenset(ids) for word, ids in names.items()}
