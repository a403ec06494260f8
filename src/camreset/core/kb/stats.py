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
