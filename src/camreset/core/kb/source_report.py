"""`camreset kb sources`: every source, what it is, how many claims cite it, and which claims'
confidence rests on it — so a reviewer checks the sources that matter first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from camreset.core.kb.confidence import deciding_sources
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.places import claims_with_confidence


@dataclass
class SourceUse:
    """One source and the claims that cite it."""

    id: str
    kind: str
    publisher: str
    where: str
    claims: int = 0
    decides: list[str] = field(default_factory=list)
    """`model-or-default fact (confidence)` of each claim whose confidence would drop without
    this source."""


def source_report(kb: KnowledgeBase) -> list[SourceUse]:
    """Every source, most-deciding first, then most-cited, then by id."""
    uses = {
        s.id: SourceUse(s.id, s.kind.value, s.publisher, s.url or f"seed file {s.seed}")
        for s in kb.sources.values()
    }
    deciding: dict[str, list[str]] = defaultdict(list)
    for place, claim, level in claims_with_confidence(kb):
        owner = place.model_id or (f"{place.line_id} default" if place.line_id else "default")
        shape = place.path[-2] if place.path[-3:-2] == ("form_factor_defaults",) else None
        owner += f" ({shape})" if shape else ""
        versions = len(place.fact.all_claims)
        which = (
            f" claim {place.fact.all_claims.index(claim) + 1}/{versions}" if versions > 1 else ""
        )
        label = f"{owner}: {place.name}{which} ({level.value})"
        for source_id in dict.fromkeys(claim.sources):
            if source_id in uses:
                uses[source_id].claims += 1
        for source_id in deciding_sources(claim, kb.sources, place.model_id, place.line_id):
            deciding[source_id].append(label)
    for source_id, labels in deciding.items():
        uses[source_id].decides = labels
    return sorted(uses.values(), key=lambda u: (-len(u.decides), -u.claims, u.id))
