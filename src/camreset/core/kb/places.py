"""Every fact as written, with where it is written and what it is judged for.

Semantic checks, the `kb check` summary and the `kb sources` report all walk the same places,
so a claim's confidence is computed the same way everywhere: for the model it is written on,
or, for a line or form-factor default, for the line as a whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from camreset.core.kb.facts import Claim, Confidence, Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import FACT_NAMES, ModelFacts
from camreset.core.kb.yaml_lines import Path


@dataclass(frozen=True)
class Place:
    """A fact, its file and key path, and the model (None for a default) and line it is for."""

    file: str
    path: Path
    name: str
    fact: Fact[Any]
    model_id: str | None
    line_id: str

    def claim_path(self, index: int) -> Path:
        return (*self.path, "claims", index) if self.fact.disputed else self.path


def _facts_of(facts: ModelFacts, base: Path) -> Iterator[tuple[Path, str, Fact[Any]]]:
    for name in FACT_NAMES:
        value = getattr(facts, name)
        if value is None:
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield (*base, name, i), name, item
        else:
            yield (*base, name), name, value


def fact_places(kb: KnowledgeBase) -> Iterator[Place]:
    """Defaults, then each line's defaults, form-factor defaults and hub labels, then each
    model's facts."""
    for p, name, f in _facts_of(kb.defaults.defaults, ("defaults",)):
        yield Place("defaults.yaml", p, name, f, None, "")
    any_brand = kb.defaults.any_brand
    if any_brand is not None:
        for ff, facts in any_brand.form_factor_defaults.items():
            base: Path = ("any_brand", "form_factor_defaults", ff.value)
            for p, name, f in _facts_of(facts, base):
                yield Place("defaults.yaml", p, name, f, None, any_brand.id)
    for line in kb.lines.values():
        file = kb.where[f"line:{line.id}"].file
        for p, name, f in _facts_of(line.defaults, ("line", "defaults")):
            yield Place(file, p, name, f, None, line.id)
        for ff, facts in line.form_factor_defaults.items():
            for p, name, f in _facts_of(facts, ("line", "form_factor_defaults", ff.value)):
                yield Place(file, p, name, f, None, line.id)
        for i, hub in enumerate(line.hubs):  # a hub's label is the line's, no one camera's
            yield Place(file, ("line", "hubs", i), "hubs", hub, None, line.id)
    for model_id, model in kb.models.items():
        at = kb.where[f"model:{model_id}"]
        for p, name, f in _facts_of(model, at.path[:-1]):
            yield Place(at.file, p, name, f, model_id, kb.model_line[model_id])


def claims_with_confidence(kb: KnowledgeBase) -> Iterator[tuple[Place, Claim[Any], Confidence]]:
    """Every written claim with the confidence its sources give it where it is written."""
    from camreset.core.kb.confidence import claim_confidence

    for place in fact_places(kb):
        for claim in place.fact.all_claims:
            yield place, claim, claim_confidence(claim, kb.sources, place.model_id, place.line_id)
