"""Counts for `camreset kb check`: models per line, claims per confidence, sources per kind.

Authors read this line after every edit; a jump in "low" or a line losing models shows
at a glance what an edit did.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.places import claims_with_confidence, fact_places
from camreset.core.kb.schema import SourceKind


@dataclass(frozen=True)
class Summary:
    models_per_line: dict[str, int]
    claims_per_confidence: dict[str, int]
    disputed: int
    sources_per_kind: dict[str, int]

    def line(self) -> str:
        """One line, e.g. `KB OK: 51 models (amcrest 15, …); 230 claims (high 20, …); …`."""

        def parts(counts: dict[str, int]) -> str:
            return ", ".join(f"{key} {n}" for key, n in counts.items())

        models = sum(self.models_per_line.values())
        claims = sum(self.claims_per_confidence.values())
        sources = sum(self.sources_per_kind.values())
        return (
            f"KB OK: {models} models ({parts(self.models_per_line)}); "
            f"{claims} claims ({parts(self.claims_per_confidence)}; "
            f"{self.disputed} facts with disagreeing sources); "
            f"{sources} sources ({parts(self.sources_per_kind)})"
        )


def summarise(kb: KnowledgeBase) -> Summary:
    """Claims are counted by the confidence their sources give them where they are written."""
    lines = Counter(kb.model_line.values())
    claims = list(claims_with_confidence(kb))
    confidence = Counter(level.value for _, _, level in claims)
    kinds = Counter(s.kind.value for s in kb.sources.values())
    return Summary(
        models_per_line={line_id: lines[line_id] for line_id in sorted(kb.lines)},
        claims_per_confidence={c: confidence[c] for c in ("high", "medium", "low")},
        disputed=sum(1 for p in fact_places(kb) if p.fact.disputed),
        sources_per_kind={k.value: kinds[k.value] for k in SourceKind if kinds[k.value]},
    )


@dataclass(frozen=True)
class BrandSummary:
    """One brand: its lines and models, its claims by confidence, the sources its claims cite."""

    brand: str
    lines: tuple[str, ...]
    models: int
    claims_per_confidence: dict[str, int]
    disputed: int
    sources_per_kind: dict[str, int]
    vendor_sources: tuple[str, ...]
    """Sources published by the brand itself (its pages and manuals) that its claims cite."""


def brand_summaries(kb: KnowledgeBase) -> list[BrandSummary]:
    """Per brand, for `camreset kb brands` and the coverage docs (issue 14's closing table)."""
    brand_of = {line.id: line.brand for line in kb.lines.values()}
    claims: dict[str, Counter[str]] = {}
    cited: dict[str, set[str]] = {}
    disputed: Counter[str] = Counter()
    for place, claim, level in claims_with_confidence(kb):
        brand = brand_of.get(place.line_id)
        if brand is None:
            continue
        claims.setdefault(brand, Counter())[level.value] += 1
        cited.setdefault(brand, set()).update(c.source for c in claim.cites)
    for place in fact_places(kb):
        if place.fact.disputed and place.line_id in brand_of:
            disputed[brand_of[place.line_id]] += 1
    out = []
    for brand in sorted(set(brand_of.values()), key=str.casefold):
        lines = tuple(sorted(line for line, b in brand_of.items() if b == brand))
        sources = [kb.sources[s] for s in sorted(cited.get(brand, ())) if s in kb.sources]
        kinds = Counter(s.kind.value for s in sources)
        vendor = tuple(
            s.id
            for s in sources
            if s.kind in (SourceKind.vendor_page, SourceKind.vendor_manual, SourceKind.vendor_forum)
        )
        counts = claims.get(brand, Counter())
        out.append(
            BrandSummary(
                brand=brand,
                lines=lines,
                models=sum(1 for line in kb.model_line.values() if line in lines),
                claims_per_confidence={c: counts[c] for c in ("high", "medium", "low")},
                disputed=disputed[brand],
                sources_per_kind={k.value: kinds[k.value] for k in SourceKind if kinds[k.value]},
                vendor_sources=vendor,
            )
        )
    return out
