"""Resolve a model's facts: the model's own, else its form factor's, else its line's,
else the documented global default, remembering which one it was so the product can
say "this is a default"."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from camreset.core.kb.facts import Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import (
    FACT_NAMES,
    Button,
    FormFactor,
    Hold,
    Line,
    ModelFacts,
    Power,
    SetupMode,
    Signal,
    SoftwareReset,
    SoftwareVia,
)
from camreset.errors import UnknownModelError


class Origin(StrEnum):
    model = "model"
    form_factor = "form_factor"
    line = "line"
    default = "default"

    @property
    def is_default(self) -> bool:
        return self is not Origin.model


@dataclass(frozen=True)
class Resolved:
    """A fact and where it came from."""

    fact: Fact[Any]
    origin: Origin


TYPED_FACTS: dict[str, type] = {
    "button": Button,
    "hold": Hold,
    "while_holding": Signal,
    "setup_mode": SetupMode,
    "power": Power,
}


@dataclass(frozen=True)
class ResolvedModel:
    id: str
    name: str
    line: Line
    form_factor: FormFactor | None
    aliases: tuple[str, ...]
    status: str | None
    sources_note: str | None
    generic: bool
    facts: dict[str, Resolved]
    software_reset: tuple[tuple[Fact[SoftwareReset], Origin], ...]

    def value(self, name: str) -> Any:
        resolved = self.facts.get(name)
        return None if resolved is None else resolved.fact.primary.value

    # The values read most, typed: filled once from `facts` (None where no layer has them).
    button: Button | None = field(init=False)
    hold: Hold | None = field(init=False)
    while_holding: Signal | None = field(init=False)
    setup_mode: SetupMode | None = field(init=False)
    power: Power | None = field(init=False)

    def __post_init__(self) -> None:
        for name, kind in TYPED_FACTS.items():
            value = self.value(name)
            object.__setattr__(self, name, value if isinstance(value, kind) else None)

    def seconds(self, name: str) -> float | None:
        value = self.value(name)
        return float(value) if isinstance(value, int | float) else None

    def software_paths(self, via: SoftwareVia) -> list[SoftwareReset]:
        return [
            fact.primary.value for fact, _ in self.software_reset if fact.primary.value.via is via
        ]


def _layers(
    kb: KnowledgeBase, line: Line, ff: FormFactor | None
) -> list[tuple[ModelFacts, Origin]]:
    layers: list[tuple[ModelFacts, Origin]] = []
    if ff is not None and ff in line.form_factor_defaults:
        layers.append((line.form_factor_defaults[ff], Origin.form_factor))
    layers.append((line.defaults, Origin.line))
    layers.append((kb.defaults.defaults, Origin.default))
    return layers


def _resolve(layers: list[tuple[ModelFacts, Origin]]) -> tuple[dict[str, Resolved], Any]:
    facts: dict[str, Resolved] = {}
    software: list[tuple[Fact[SoftwareReset], Origin]] = []
    for name in FACT_NAMES:
        for facts_layer, origin in layers:
            value = getattr(facts_layer, name)
            if value is None:
                continue
            if name == "software_reset":
                software = [(f, origin) for f in value]
            else:
                facts[name] = Resolved(value, origin)
            break
    return facts, tuple(software)


def resolve_model(kb: KnowledgeBase, model_id: str) -> ResolvedModel:
    """The model with every fact filled from the nearest layer that has it."""
    model = kb.models.get(model_id)
    if model is None:
        raise UnknownModelError(model_id, [])
    line = kb.line_of(model_id)
    layers = [(ModelFacts.model_validate(model.model_dump(include=set(FACT_NAMES))), Origin.model)]
    facts, software = _resolve(layers + _layers(kb, line, model.form_factor))
    return ResolvedModel(
        id=model.id,
        name=model.name,
        line=line,
        form_factor=model.form_factor,
        aliases=tuple(model.aliases),
        status=model.status.value if model.status else None,
        sources_note=model.sources_note,
        generic=False,
        facts=facts,
        software_reset=software,
    )


def resolve_generic(
    kb: KnowledgeBase, line_id: str, form_factor: FormFactor | None
) -> ResolvedModel:
    """ "I don't know my model": the line's (and form factor's) defaults, said to be defaults."""
    line = kb.line(line_id)
    facts, software = _resolve(_layers(kb, line, form_factor))
    shape = form_factor.value.replace("_", "-") if form_factor else None
    label = line.name if line.name == line.brand else f"{line.brand} {line.name}"
    name = f"{label} camera" + (f" ({shape})" if shape else " (model unknown)")
    return ResolvedModel(
        id=f"{line.id}-any" + (f"-{shape}" if shape else ""),
        name=name,
        line=line,
        form_factor=form_factor,
        aliases=(),
        status=None,
        sources_note="Model not known: every fact below is a line or form-factor default.",
        generic=True,
        facts=facts,
        software_reset=software,
    )
