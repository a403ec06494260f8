"""A model's facts once resolved: each with the layer it came from (the model's own, its
shape's, its line's, any brand's for its shape, the global default) and how sure each claim is
for this model, and the values read most, typed. Out of resolve.py, which fills them (session
76, modules at the 400-line limit).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from camreset.core.kb.confidence import value_core
from camreset.core.kb.facts import Claim, Confidence, Fact
from camreset.core.kb.knowledge import OTHER
from camreset.core.kb.power_values import Hub, HubKind, Power, PowerKind
from camreset.core.kb.schema import FormFactor, Line
from camreset.core.kb.values import (
    Button,
    Hold,
    Press,
    Recovery,
    RecoveryKind,
    SetupMode,
    Signal,
    SoftwareReset,
    SoftwareVia,
)


class Origin(StrEnum):
    model = "model"
    form_factor = "form_factor"
    line = "line"
    any_brand_shape = "any_brand_shape"
    """`any_brand.form_factor_defaults`, for a camera of a brand whose line says nothing of it."""
    default = "default"

    @property
    def is_default(self) -> bool:
        return self is not Origin.model


@dataclass(frozen=True)
class Resolved:
    """A fact, where it came from, and each claim's confidence for the model that shows it.

    The product follows `primary`: the surest claim (the first written among equals).
    """

    fact: Fact[Any]
    origin: Origin
    confidences: tuple[Confidence, ...]
    """Each claim's own confidence, from its own sources."""
    agreed: tuple[Confidence, ...] = ()
    """Each claim's confidence with the sources of the claims that say the same thing in
    other words (empty: the same as `confidences`)."""

    @property
    def claims(self) -> list[Claim[Any]]:
        return list(self._claims)

    @cached_property
    def _claims(self) -> tuple[Claim[Any], ...]:
        """Made once: a one-claim fact builds its claim anew on each `all_claims`, and the
        steps read the followed value many times a request (issue 15)."""
        return tuple(self.fact.all_claims)

    @cached_property
    def primary_index(self) -> int:
        ranks = self.agreed or self.confidences
        best = max(c.rank for c in ranks)
        return next(i for i, c in enumerate(ranks) if c.rank == best)

    @cached_property
    def primary(self) -> Claim[Any]:
        return self._claims[self.primary_index]

    @property
    def confidence(self) -> Confidence:
        """How sure the followed claim is, counting the claims that agree with it."""
        return (self.agreed or self.confidences)[self.primary_index]

    @property
    def value(self) -> Any:
        return self.primary.value

    @cached_property
    def sources(self) -> tuple[str, ...]:
        """The followed claim's sources, and those of the claims that say the same in other
        words: together they make its confidence."""
        core = value_core(self.value)
        agreeing = (c for c in self.claims if value_core(c.value) == core)
        return tuple(dict.fromkeys(s for c in agreeing for s in c.sources))


TYPED_FACTS: dict[str, type] = {
    "button": Button,
    "hold": Hold,
    "while_holding": Signal,
    "setup_mode": SetupMode,
    "press": Press,
    "pairs_via": Hub,
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
    lists: dict[str, tuple[Resolved, ...]]
    listed_in: tuple[str, ...] = ()
    stated_power: PowerKind | None = None
    """For a camera whose model is not known: how the person says it is powered."""
    # The values read most, typed: filled once from `facts` (None where no layer has them).
    button: Button | None = field(init=False)
    hold: Hold | None = field(init=False)
    while_holding: Signal | None = field(init=False)
    setup_mode: SetupMode | None = field(init=False)
    press: Press | None = field(init=False)
    pairs_via: Hub | None = field(init=False)

    def __post_init__(self) -> None:
        for name, kind in TYPED_FACTS.items():
            value = self.value(name)
            object.__setattr__(self, name, value if isinstance(value, kind) else None)

    def value(self, name: str) -> Any:
        resolved = self.facts.get(name)
        return None if resolved is None else resolved.value

    def any_brand(self, name: str) -> bool:
        """Whether the fact comes from guides for any camera (of its shape), not from sources
        about this camera or its maker's line: `defaults.yaml`, or a shape's default for a
        camera of another brand. A line's own shape default is its maker's line's (the Amcrest
        seed's pan-tilt motors): a reviewer read "no source says" beside its citation."""
        resolved = self.facts.get(name)
        if resolved is None:
            return False
        shape = resolved.origin is Origin.form_factor and self.line.id == OTHER
        return shape or resolved.origin in (Origin.any_brand_shape, Origin.default)

    def seconds(self, name: str) -> float | None:
        value = self.value(name)
        return float(value) if isinstance(value, int | float) else None

    def values(self, name: str) -> list[Any]:
        """The followed value of every entry of a list fact (power, software_reset...)."""
        return [r.value for r in self.lists.get(name, ())]

    @property
    def has_button(self) -> bool:
        """Whether it has a reset button to press: False only where its sources say it has
        none one can reach."""
        return self.button is None or self.button.present

    @property
    def app(self) -> str | None:
        """The app it is added in: its own where a source names one, else its line's."""
        own = self.value("app")
        return own if isinstance(own, str) else self.line.app

    @property
    def software_reset(self) -> tuple[Resolved, ...]:
        return self.lists.get("software_reset", ())

    def recovery(self, kind: RecoveryKind) -> list[Recovery]:
        """The sourced password-recovery routes of one kind (the camera's own, an account's)."""
        return [v for v in self.values("password_recovery") if v.kind is kind]

    def reset_by_removal(self) -> tuple[Resolved, ...]:
        """The sourced app paths where taking the camera off the account is itself a reset
        (`by_removal`: Kasa, Nest, Arlo): with `effect` full a source says it resets it,
        without one that it may (the TP-Link seed: "may trigger a reset")."""
        return tuple(entry for entry in self.software_reset if entry.value.by_removal)

    def software_paths(self, via: SoftwareVia) -> list[SoftwareReset]:
        return [v for v in self.values("software_reset") if v.via is via]

    @property
    def power(self) -> Power | None:
        """The first way of powering it the sources give (None if none is sourced)."""
        powers = self.values("power")
        return powers[0] if powers else None

    @property
    def recorder(self) -> Hub | None:
        """The recorder (an NVR, a UniFi console) it pairs through, if that is what it pairs
        through: it is added there, not in a phone app near a hub."""
        hub = self.pairs_via
        return hub if hub is not None and hub.kind is HubKind.nvr else None

    @cached_property
    def power_kinds(self) -> frozenset[PowerKind]:
        """Every way the sources say this camera can be powered (for a camera of unknown
        model, the way the person says it is powered: they are looking at it)."""
        if self.stated_power is not None:
            return frozenset({self.stated_power})
        return frozenset(p.kind for p in self.values("power"))
