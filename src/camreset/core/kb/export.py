"""The whole knowledge base, resolved, as one JSON-ready dict (`camreset kb export`).

Other tools read this instead of our YAML: every model carries every fact already
resolved (its own, or the default it inherits, said so in `origin`). The shape is
documented in docs/kb.md; `EXPORT_KEYS` is checked against that page by a test.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import resolve_generic, resolve_model
from camreset.core.kb.resolved import Resolved, ResolvedModel

FORMAT = "camreset-kb-export/3"
EXPORT_KEYS = ("format", "sources", "colors", "patterns", "lines", "models", "troubleshooting")


def _json(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    return value


def _sources_last(value: Any) -> Any:
    """The troubleshooting records with their own keys first (`id`, `title`...), then where
    they come from: the schema's shared base puts `sources` first, which reads badly."""
    if isinstance(value, list):
        return [_sources_last(v) for v in value]
    if not isinstance(value, dict):
        return value
    tail = ("sources", "seed_passages")
    out = {k: _sources_last(v) for k, v in value.items() if k not in tail}
    out.update({k: value[k] for k in tail if k in value})
    return out


def fact_json(resolved: Resolved) -> dict[str, Any]:
    """One resolved fact: the followed claim, where it came from, and every claim with its
    computed confidence and cites (source, where in it, what it says)."""
    return {
        "value": _json(resolved.value),
        "confidence": resolved.confidence.value,
        "sources": list(resolved.sources),
        "origin": resolved.origin.value,
        "disputed": resolved.fact.disputed,
        "note": resolved.fact.note,
        "claims": [
            {
                "value": _json(claim.value),
                "confidence": confidence.value,
                "cites": [c.model_dump(mode="json", exclude_none=True) for c in claim.cites],
            }
            for claim, confidence in zip(resolved.claims, resolved.confidences, strict=True)
        ],
    }


def facts_json(model: ResolvedModel) -> dict[str, Any]:
    """Every resolved fact by name; list facts (power, software_reset...) as lists."""
    out: dict[str, Any] = {name: fact_json(r) for name, r in model.facts.items()}
    out.update({name: [fact_json(r) for r in rs] for name, rs in model.lists.items()})
    return out


def resolved_json(model: ResolvedModel) -> dict[str, Any]:
    """A model (or, with `generic`, a line's "model unknown" defaults) with its facts."""
    return {
        "id": model.id,
        "name": model.name,
        "line": model.line.id,
        "generic": model.generic,
        "aliases": list(model.aliases),
        "listed_in": list(model.listed_in),
        "form_factor": model.form_factor.value if model.form_factor else None,
        "status": model.status,
        "sources_note": model.sources_note,
        "facts": facts_json(model),
    }


def model_json(kb: KnowledgeBase, model_id: str) -> dict[str, Any]:
    return resolved_json(resolve_model(kb, model_id))


def _line_json(kb: KnowledgeBase, line_id: str) -> dict[str, Any]:
    line = kb.lines[line_id]
    return {
        "id": line.id,
        "brand": line.brand,
        "name": line.name,
        "app": line.app,
        "support": line.vendor_support.model_dump(mode="json"),
        "models": sorted(m for m, lid in kb.model_line.items() if lid == line_id),
        "generic": facts_json(resolve_generic(kb, line_id, None)),
        "form_factor_generic": {
            ff.value: facts_json(resolve_generic(kb, line_id, ff))
            for ff in line.form_factor_defaults
        },
    }


def _pattern_json(kb: KnowledgeBase, pattern_id: str) -> dict[str, Any]:
    pattern = kb.patterns[pattern_id]
    steps = [{"color": s.color, "hex": kb.colors.get(s.color), "ms": s.ms} for s in pattern.steps]
    shown = {"id": pattern.id, "name": pattern.name, "steps": steps}
    return shown | ({"motion": pattern.motion} if pattern.motion else {})  # a spin (76 E)


def export_kb(kb: KnowledgeBase) -> dict[str, Any]:
    """The resolved knowledge base; keys in `EXPORT_KEYS` order."""
    return {
        "format": FORMAT,
        "sources": [s.model_dump(mode="json", exclude_none=True) for s in kb.sources.values()],
        "colors": dict(kb.colors),
        "patterns": [_pattern_json(kb, p) for p in kb.patterns],
        "lines": [_line_json(kb, line_id) for line_id in kb.lines],
        "models": [model_json(kb, model_id) for model_id in kb.models],
        "troubleshooting": _sources_last(
            kb.troubleshooting.model_dump(mode="json", exclude_none=True)
        ),
    }
