"""A sourced fact: a value, who says so, and how sure we are.

Every hold time, location and light pattern reaches a person through a `Fact`, so the
product can always say where it came from and whether sources disagree.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")


class Strict(BaseModel):
    """Base for every KB record: unknown keys are errors, records are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Confidence(StrEnum):
    """high = the vendor's own page or manual; medium = independent sources agree;
    low = one third-party source."""

    high = "high"
    medium = "medium"
    low = "low"


class Claim(Strict, Generic[T]):
    """One source's version of a fact."""

    value: T
    sources: list[str] = Field(min_length=1)
    confidence: Confidence


class Fact(Strict, Generic[T]):
    """A fact in one of two spellings: a single claim, or `claims` where sources disagree."""

    value: T | None = None
    sources: list[str] | None = None
    confidence: Confidence | None = None
    claims: list[Claim[T]] | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _one_spelling(self) -> Fact[T]:
        single = (self.value, self.sources, self.confidence)
        if self.claims is not None:
            if any(part is not None for part in single):
                raise ValueError("give either value/sources/confidence or claims, not both")
            if len(self.claims) < 2:
                raise ValueError("claims lists disagreeing sources: give at least two")
            if not self.note:
                raise ValueError("a fact with several claims needs a note saying how they differ")
            return self
        missing = [
            n for n, v in zip(("value", "sources", "confidence"), single, strict=True) if v is None
        ]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        if not self.sources:
            raise ValueError("a fact needs at least one source")
        return self

    @property
    def all_claims(self) -> list[Claim[T]]:
        """Every claim, the one the product follows first."""
        if self.claims is not None:
            return list(self.claims)
        assert self.value is not None and self.sources and self.confidence is not None
        return [Claim[T](value=self.value, sources=self.sources, confidence=self.confidence)]

    @property
    def primary(self) -> Claim[T]:
        return self.all_claims[0]

    @property
    def disputed(self) -> bool:
        return self.claims is not None
