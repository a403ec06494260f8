"""Where the sources behind a fact differ: the heading that says how, and each claim in
words with its confidence, sources and publishers. Kept apart from the fact views (facts.py)
because telling a conflict from two wordings of one value is its own question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from camreset.core.kb.confidence import WORDING_ONLY, value_core
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolved import Resolved
from camreset.core.kb.values import Button, Hold
from camreset.core.present.confidence_words import CONFIDENCE
from camreset.core.present.holds import timer_of
from camreset.core.present.number_words import clock
from camreset.core.present.phrases import lines_joined, value_lines


@dataclass(frozen=True)
class DisputedClaim:
    """One of the values sources give where they differ: its words, how sure, and whose."""

    words: str
    confidence: str
    sources: tuple[str, ...]
    """Source ids: what a technician looks up (`camreset` cards cite sources by id)."""
    publishers: tuple[str, ...]
    """Who published those sources, each once: what a person at a page can read."""

    @property
    def sure(self) -> str:
        return CONFIDENCE[self.confidence].word


AGREE = "The sources agree, each in its own words:"
ADDS = "The sources agree; some add details:"
"""Claims that say the same where they overlap, one naming more (KB audit 67, F9: a Wyze Cam
v4's second guide adds "next to the microSD slot" to "underneath, marked SETUP")."""
DISAGREE = "Sources disagree:"
"""The heading of claims whose values differ (others say the sources word one value apart)."""


def _hold_range(resolved: Resolved) -> str:
    times = [t for c in resolved.claims for t in timer_of(c.value)]
    return f" ({clock(min(times))} to {clock(max(times))})" if times else ""


WAYS = {
    "unbind_route": "The sources give more than one way:",
    "wifi_change": "The sources give more than one way:",
    "support_contact": "The sources give more than one contact:",
}
"""Facts where claims in free words are ways to do one thing (remove it from the account,
reach support): two ways are both open, not a conflict (an owner read EZVIZ's "ask the
first owner" and "apply for unbinding" under "put it differently" as doubt: review 45)."""


def _heading(resolved: Resolved, name: str = "") -> str:
    """ "Sources disagree" only where they do: claims that differ only in a note agree, and
    claims in free words (a route, a menu path) may say one thing differently, which no
    program can tell from a conflict, so the heading says only that they differ."""
    cores = {value_core(c.value) for c in resolved.claims}
    if len(cores) == 1:
        return AGREE
    if _add_to_each_other(resolved):
        return ADDS
    if len({frozenset(c.sources) for c in resolved.claims}) == 1:
        return "One source gives more than one answer:"  # "on the back or the base"
    if _each_gives_several(resolved):
        return EACH_SEVERAL
    if all(isinstance(c.value, str) for c in resolved.claims):
        return WAYS.get(name, "The sources put it differently:")
    return DISAGREE


EACH_SEVERAL = "Each source gives more than one answer:"
"""Where every source names several (one guide "on the back or side", another "on the back or
bottom"): a list from each, not a conflict (unknown-camera review 76 G, #9: a generic indoor
camera's button read "Sources disagree", though both guides name the back first)."""


def _each_gives_several(resolved: Resolved) -> bool:
    """Whether every source cited is cited by two claims or more, one of them cited by all:
    lists that share an answer (two guides' "back or side" and "back or bottom"), not two
    lists with nothing in common, which do disagree."""
    cited = [s for c in resolved.claims for s in dict.fromkeys(c.sources)]
    shared = any(set(cited) <= set(c.sources) for c in resolved.claims)
    return shared and all(cited.count(s) > 1 for s in cited)


def _add_to_each_other(resolved: Resolved) -> bool:
    """Whether every two claims give the same value for each part both give (a button's face
    by both): each only adds parts. A hold's times are one value, not parts (10 s against
    10 to 15 s differ)."""
    values = [c.value for c in resolved.claims]
    if any(isinstance(v, Hold) or not hasattr(v, "model_dump") for v in values):
        return False
    if any(isinstance(v, Button) and v.face is None for v in values):
        return False  # a face against words for a place cannot be compared
    dumps = [v.model_dump(exclude=set(WORDING_ONLY), exclude_none=True) for v in values]
    for i, one in enumerate(dumps):
        for other in dumps[i + 1 :]:
            shared = one.keys() & other.keys()
            if not shared or any(one[k] != other[k] for k in shared):
                return False
    return True


def disputed_claims(
    kb: KnowledgeBase,
    resolved: Resolved,
    name: str = "",
    special: Callable[[Any], str] | None = None,
) -> tuple[str | None, tuple[DisputedClaim, ...]]:
    """ "Sources disagree:" and each claim (words, confidence, sources); (None, ()) if none.
    Fact `name`'s own words (`special`) where it has them: a bare "yes" or "no" says nothing."""
    if not resolved.fact.disputed:
        return None, ()
    heading = _heading(resolved, name)
    if isinstance(resolved.value, Hold) and heading == DISAGREE:
        heading = f"Sources disagree{_hold_range(resolved)}:"
    claims = tuple(
        DisputedClaim(
            special(c.value) if special else lines_joined(value_lines(kb, c.value)),
            conf.value,
            tuple(c.sources),
            tuple(dict.fromkeys(_publisher(kb, s) for s in c.sources)),
        )
        for c, conf in zip(resolved.claims, resolved.confidences, strict=True)
    )
    return heading, claims


def _publisher(kb: KnowledgeBase, source_id: str) -> str:
    source = kb.sources.get(source_id)
    return source.publisher if source is not None else source_id
