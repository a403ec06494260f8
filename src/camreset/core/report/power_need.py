"""What the camera's own sources say it needs from its power, beside how it is powered: a wired
Ring's report said "old doorbell transformer, 16V 10VA on its label" and nothing of the 10-40 VA
the doorbell needs, so support had to look it up to judge it (support-report review 75 G, #4)."""

from __future__ import annotations

from camreset.core.kb.power_values import Poe, PowerKind, Transformer
from camreset.core.kb.resolved import Origin, ResolvedModel
from camreset.core.present.confidence_words import CONFIDENCE

POWER_NEED = "power_need"
NEED_FACTS = {PowerKind.transformer.value: "transformer", PowerKind.poe.value: "poe"}
"""The kind of power, and the fact of the model that says what it needs from it."""


def _words(value: object) -> str | None:
    if isinstance(value, Transformer):
        return ", ".join([value.volts, *([f"{value.va} VA"] if value.va else [])])
    if isinstance(value, Poe):
        parts = [
            f"PoE {value.standard}" if value.standard else "",
            f"{value.watts:g} W" if value.watts else "",
        ]
        return ", ".join(p for p in parts if p) or None
    return None


def power_need(model: ResolvedModel, kinds: frozenset[str]) -> str | None:
    """The model's own sourced need for the power it is on, with how sure the card says it is;
    None where the model has no such fact (never a default's, never a number made up)."""
    for kind in sorted(kinds):
        resolved = model.facts.get(NEED_FACTS.get(kind, ""))
        if resolved is None or resolved.origin is not Origin.model:
            continue
        words = _words(resolved.primary.value)
        if words:
            sure = CONFIDENCE[resolved.confidence.value]
            return f"{words} ({sure.word.lower()}: {sure.why})"
    return None
