"""Resolve a model's facts: the model's own, else its form factor's, else its line's, else
(for the shapes the general default misplaces) any brand's for its shape, else the documented
global default, remembering which one it was (so the product can say "this is a default")
and how sure each claim is for this model (computed from its sources)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from camreset.core.kb.confidence import agreed_confidence, claim_confidence, value_core
from camreset.core.kb.facts import Claim, Confidence, Fact
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.power_values import Hub, HubKind, Power, PowerKind
from camreset.core.kb.schema import (
    FACT_NAMES,
    GATHERED_FACTS,
    LIST_FACTS,
    FormFactor,
    Line,
    ModelFacts,
)
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
from camreset.errors import InvalidAnswerError, UnknownModelError


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
        return self.fact.all_claims

    @property
    def primary_index(self) -> int:
        ranks = self.agreed or self.confidences
        best = max(c.rank for c in ranks)
        return next(i for i, c in enumerate(ranks) if c.rank == best)

    @property
    def primary(self) -> Claim[Any]:
        return self.claims[self.primary_index]

    @property
    def confidence(self) -> Confidence:
        """How sure the followed claim is, counting the claims that agree with it."""
        return (self.agreed or self.confidences)[self.primary_index]

    @property
    def value(self) -> Any:
        return self.primary.value

    @property
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

    @property
    def power_kinds(self) -> frozenset[PowerKind]:
        """Every way the sources say this camera can be powered (for a camera of unknown
        model, the way the person says it is powered: they are looking at it)."""
        if self.stated_power is not None:
            return frozenset({self.stated_power})
        return frozenset(p.kind for p in self.values("power"))


Layers = list[tuple[ModelFacts, Origin]]
CHARGED = frozenset({PowerKind.battery, PowerKind.solar})
"""Ways of powering a camera that have a battery to charge."""
MISPLACED_BY_DEFAULT = frozenset({FormFactor.dome, FormFactor.turret, FormFactor.bullet})
"""Shapes whose button the general default ("the back, the side or underneath") misplaces: a
ceiling dome has none of those to search. A camera of such a shape whose line says nothing of
its button takes the any-brand guides for the shape first (the pigtail, inside the dome
cover): a Dahua dome's page read worse than "another brand"'s (installer review 62, #2)."""


def _layers(
    kb: KnowledgeBase, line: Line, ff: FormFactor | None, not_from_line: list[str] | None = None
) -> Layers:
    layers: Layers = []
    if ff is not None and ff in line.form_factor_defaults:
        layers.append((line.form_factor_defaults[ff], Origin.form_factor))
    skipped = [*(line.not_for_shape.get(ff, []) if ff is not None else []), *(not_from_line or [])]
    line_wide = line.defaults.model_copy(update=dict.fromkeys(skipped)) if skipped else None
    layers.append((line_wide or line.defaults, Origin.line))
    shapes = kb.defaults.any_brand.form_factor_defaults if kb.defaults.any_brand else {}
    if ff in MISPLACED_BY_DEFAULT and ff in shapes and line.id != OTHER:
        layers.append((shapes[ff], Origin.any_brand_shape))
    layers.append((kb.defaults.defaults, Origin.default))
    return layers


def _judged(
    kb: KnowledgeBase, fact: Fact[Any], origin: Origin, model_id: str | None, line_id: str
) -> Resolved:
    claims = fact.all_claims
    own = tuple(claim_confidence(c, kb.sources, model_id, line_id) for c in claims)
    agreed = tuple(
        agreed_confidence(claims, i, kb.sources, model_id, line_id) for i in range(len(claims))
    )
    return Resolved(fact, origin, own, agreed if agreed != own else ())


def _resolve(
    kb: KnowledgeBase, layers: Layers, model_id: str | None, line_id: str
) -> tuple[dict[str, Resolved], dict[str, tuple[Resolved, ...]]]:
    facts: dict[str, Resolved] = {}
    lists: dict[str, tuple[Resolved, ...]] = {}
    for name in FACT_NAMES:
        gathered: list[Resolved] = []
        for layer, origin in layers:
            value = getattr(layer, name)
            if value is None:
                continue
            if name in LIST_FACTS:
                gathered += [_judged(kb, f, origin, model_id, line_id) for f in value]
                if name not in GATHERED_FACTS:
                    break
            else:
                facts[name] = _judged(kb, value, origin, model_id, line_id)
                break
        if gathered:
            lists[name] = tuple(gathered)
    return facts, lists


def _without_own_network(facts: dict[str, Resolved]) -> dict[str, Resolved]:
    """A camera that pairs through a hub is not set up over a network of its own: a line
    default that says it opens one (a setup Wi-Fi name, `own_ap`) is not inherited."""
    kept = dict(facts)
    setup = kept.get("setup_mode")
    if setup and setup.origin.is_default and any(c.value.wifi_ssid for c in setup.claims):
        del kept["setup_mode"]
    provisioning = kept.get("provisioning")
    if (
        provisioning
        and provisioning.origin.is_default
        and any("own_ap" in c.value for c in provisioning.claims)
    ):
        del kept["provisioning"]
    return kept


def _without_charging(
    facts: dict[str, Resolved], lists: dict[str, tuple[Resolved, ...]]
) -> dict[str, Resolved]:
    """A camera whose sources power it without a battery (a wired doorbell, a PoE camera)
    does not inherit its line's charging advice: "Charge first" on a wired Ring doorbell's
    card read as if it had a battery to charge."""
    kinds = {r.value.kind for r in lists.get("power", ())}
    charge = facts.get("charge")
    if not kinds or kinds & CHARGED or charge is None or not charge.origin.is_default:
        return facts
    return {name: fact for name, fact in facts.items() if name != "charge"}


def _without_other_apps(
    facts: dict[str, Resolved], lists: dict[str, tuple[Resolved, ...]]
) -> dict[str, tuple[Resolved, ...]]:
    """A camera whose sources say it is not added in an app (`not_in_app`) is not offered a
    reset path in that app: a Nest Cam (battery), set up in Google Home, was sent first to its
    line's path in the Nest app, "if it is listed there" (phone review 73)."""
    absent = facts.get("not_in_app")
    paths = lists.get("software_reset", ())
    if absent is None or not paths:
        return lists
    gone = str(absent.value).casefold()
    kept = tuple(p for p in paths if (p.value.app or "").casefold() != gone)
    rest = {name: found for name, found in lists.items() if name != "software_reset"}
    return {**rest, "software_reset": kept} if kept else rest


def resolve_model(kb: KnowledgeBase, model_id: str) -> ResolvedModel:
    """The model with every fact filled from the nearest layer that has it."""
    model = kb.models.get(model_id)
    if model is None:
        raise UnknownModelError(model_id, [])
    line = kb.line_of(model_id)
    # A CameraModel is a ModelFacts: it is its own top layer (no copy, no re-validation).
    layers = [(model, Origin.model), *_layers(kb, line, model.form_factor, model.not_from_line)]
    facts, lists = _resolve(kb, layers, model_id, line.id)
    if "pairs_via" in facts:
        facts = _without_own_network(facts)
    facts = _without_charging(facts, lists)
    lists = _without_other_apps(facts, lists)
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
        lists=lists,
        listed_in=tuple(model.listed_in),
    )


def resolve_generic(
    kb: KnowledgeBase,
    line_id: str,
    form_factor: FormFactor | None,
    power: PowerKind | None = None,
) -> ResolvedModel:
    """ "I don't know my model": the line's (and form factor's) defaults, said to be defaults,
    and the power kind the person named (it chooses the power steps)."""
    line = kb.line(line_id)
    facts, lists = _resolve(kb, _layers(kb, line, form_factor), None, line.id)
    shape = form_factor.value.replace("_", "-") if form_factor else None
    if line.id == OTHER:
        name = f"{shape.capitalize()} camera" if shape else "Camera"
        name += " of another or unknown brand"
    else:
        name = f"{line.label} camera" + (f" ({shape})" if shape else " (model unknown)")
    return ResolvedModel(
        id=f"{line.id}-any" + (f"-{shape}" if shape else "") + (f"-{power.value}" if power else ""),
        name=name,
        line=line,
        form_factor=form_factor,
        aliases=(),
        status=None,
        sources_note="Model not known: every fact below is a line or form-factor default.",
        generic=True,
        facts=facts,
        lists=lists,
        stated_power=power,
    )


def resolve_camera(
    kb: KnowledgeBase,
    model: str | None,
    line: str | None,
    form_factor: FormFactor | None,
    power: PowerKind | None,
) -> ResolvedModel:
    """A session's camera: its model when known (UnknownModelError if not listed), else the
    defaults of its line, shape and the power the person named."""
    if model:
        if model not in kb.models:
            raise UnknownModelError(model, [])
        return resolve_model(kb, model)
    if line:
        return resolve_generic(kb, line, form_factor, power)
    raise InvalidAnswerError("give a camera model, or at least its line (brand)")
