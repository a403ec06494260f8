"""Counts for `camreset kb check`: how many models per line, facts per confidence, sources.

Authors read this line after every edit; a jump in "low" or a line losing models shows
at a glance what an edit did.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from camreset.core.kb.facts import Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import FACT_NAMES, ModelFacts


@dataclass(frozen=True)
class Summary:
    models_per_line: dict[str, int]
    facts_per_confidence: dict[str, int]
    disputed: int
    sources_per_kind: dict[str, int]

    def line(self) -> str:
        """One line, e.g. `KB OK: 51 models (amcrest 15, …); 230 facts (high 20, …); …`."""

        def parts(counts: dict[str, int]) -> str:
            return ", ".join(f"{key} {n}" for key, n in counts.items())

        models = sum(self.models_per_line.values())
        facts = sum(self.facts_per_confidence.values())
        sources = sum(self.sources_per_kind.values())
        return (
            f"KB OK: {models} models ({parts(self.models_per_line)}); "
            f"{facts} facts ({parts(self.facts_per_confidence)}; "
            f"{self.disputed} with disagreeing sources); "
            f"{sources} sources ({parts(self.sources_per_kind)})"
        )


def _facts(facts: ModelFacts) -> Iterator[Fact[Any]]:
    for name in FACT_NAMES:
        value = getattr(facts, name)
        if isinstance(value, list):
            yield from value
        elif value is not None:
            yield value


def written_facts(kb: KnowledgeBase) -> Iterator[Fact[Any]]:
    """Every fact as written (defaults, line, form-factor and model facts), once each."""
    yield from _facts(kb.defaults.defaults)
    for line in kb.lines.values():
        if line.label_location is not None:
            yield line.label_location
        yield from _facts(line.defaults)
        for ff_facts in line.form_factor_defaults.values():
            yield from _facts(ff_facts)
    for model in kb.models.values():
        yield from _facts(model)


def summarise(kb: KnowledgeBase) -> Summary:
    """Facts are counted by the confidence of the claim the product follows."""
    lines = Counter(kb.model_line.values())
    facts = list(written_facts(kb))
    confidence = Counter(f.primary.confidence.value for f in facts)
    kinds = Counter(s.kind.value for s in kb.sources.values())
    return Summary(
        models_per_line={line_id: lines[line_id] for line_id in sorted(kb.lines)},
        facts_per_confidence={c: confidence[c] for c in ("high", "medium", "low")},
        disputed=sum(1 for f in facts if f.disputed),
        sources_per_kind={k: kinds[k] for k in ("vendor", "third_party", "seed")},
    )
