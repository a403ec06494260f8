"""A sourced fact: a value, who says so and where, and (computed) how sure we are.

Every hold time, location and light pattern reaches a person through a `Fact`. Each claim
cites its sources with the place in the source (`at`) and a short paraphrase in our own words
(`says`), so a reviewer can check it in a minute. Where sources disagree, each version is its
own claim. Confidence is not typed but computed from the sources (core/kb/confidence.py); a
hand-set `confidence` is allowed only where it agrees.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Generic, TypeVar

from pydantic import Field, StringConstraints, field_validator, model_validator

from camreset.core.kb.text import Ident, OneLine, Strict, Text

T = TypeVar("T")
MAX_SAYS_WORDS = 25
FieldName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]*$", max_length=32)]
"""A field of a fact's value (`hours`, `level_needed`), as a cite names the parts it backs."""


class Confidence(StrEnum):
    """high: a vendor source covers this model or says it is true for the whole line;
    medium: two or more independent publishers agree; low: anything else."""

    high = "high"
    medium = "medium"
    low = "low"

    @property
    def rank(self) -> int:
        return {"high": 2, "medium": 1, "low": 0}[self.value]


VAGUE_PLACES = frozenset({"the model's entry", "the page", "the source", "entry", "page"})
"""Places that point nowhere in the source: a cite with one cannot be checked by a reader
(110 machine-written cites once said "the model's entry" for pages with no such entry)."""


class Cite(Strict):
    """One source backing a claim: where in it, and what it says (our words, ≤ 25 words).

    `fields` names the parts of the value this source says, where the sources of one claim
    each say a different part (one blog the charge level, a copy of the maker's page the
    hours): each part is then only as sure as its own sources (KB audit 63, row 64)."""

    source: Ident
    at: OneLine
    says: OneLine
    fields: tuple[FieldName, ...] | None = Field(default=None, min_length=1)

    @field_validator("at")
    @classmethod
    def _a_place(cls, at: str) -> str:
        if at.strip().casefold() in VAGUE_PLACES:
            raise ValueError("where in the source: a section, step, table row or field")
        return at

    @field_validator("says")
    @classmethod
    def _short(cls, says: str) -> str:
        if len(says.split()) > MAX_SAYS_WORDS:
            raise ValueError(f"a paraphrase of at most {MAX_SAYS_WORDS} words")
        return says


class OnlyFor(StrEnum):
    """What a way to reach support is only for, where its source says so: Hikvision's
    Password Reset Request Form takes reset requests, not a camera that will not switch on."""

    password_reset = "password_reset"


class Claim(Strict, Generic[T]):
    """One version of a fact and the sources that say it."""

    value: T
    cites: list[Cite] = Field(min_length=1, max_length=20)
    confidence: Confidence | None = None
    only_for: OnlyFor | None = None
    """A support contact's: what its source says it is only for (schema.ModelFacts allows it
    on `support_contact` alone); the support page of a dead camera passes it over."""

    @property
    def sources(self) -> list[str]:
        return [c.source for c in self.cites]


class Fact(Strict, Generic[T]):
    """A fact in one of two spellings: one claim (`value`, `cites`), or `claims` where
    sources disagree. `note` explains; it may not report a disagreement the claims omit."""

    value: T | None = None
    cites: list[Cite] | None = Field(default=None, min_length=1, max_length=20)
    confidence: Confidence | None = None
    claims: list[Claim[T]] | None = Field(default=None, max_length=12)
    note: Text | None = None
    only_for: OnlyFor | None = None
    """The one claim's `only_for`, in the one-claim spelling."""

    @model_validator(mode="after")
    def _one_spelling(self) -> Fact[T]:
        if self.claims is not None:
            single = (self.value, self.cites, self.confidence, self.only_for)
            if any(part is not None for part in single):
                raise ValueError("give either value/cites or claims, not both")
            if len(self.claims) < 2:
                raise ValueError("claims are for sources that disagree: give at least two")
            return self
        if self.value is None or self.cites is None:
            missing = [n for n, v in (("value", self.value), ("cites", self.cites)) if v is None]
            raise ValueError(f"missing {', '.join(missing)}")
        return self

    @property
    def all_claims(self) -> list[Claim[T]]:
        """Every claim, in the order written."""
        if self.claims is not None:
            return list(self.claims)
        assert self.value is not None and self.cites is not None
        return [
            Claim[T](
                value=self.value,
                cites=self.cites,
                confidence=self.confidence,
                only_for=self.only_for,
            )
        ]

    @property
    def disputed(self) -> bool:
        return self.claims is not None


__all__ = ["Cite", "Claim", "Confidence", "Fact", "Ident", "OneLine", "OnlyFor", "Strict", "Text"]
