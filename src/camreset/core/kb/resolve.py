"""Resolve a model's facts: the model's own, else its form factor's, else its line's, else
(for the shapes the general default misplaces) any brand's for its shape, else the documented
global default, remembering which one it was (so the product can say "this is a default")
and how sure each claim is for this model (computed from its sources).

What a resolved fact and model are: resolved.py; what a camera does not inherit from its
line: not_inherited.py.
"""

from __future__ import annotations

from typing import Any

from camreset.core.kb.confidence import agreed_confidence, claim_confidence
from camreset.core.kb.facts import Fact
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.not_inherited import without_charging, without_other_apps, without_own_network
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import Origin, Resolved, ResolvedModel
from camreset.core.kb.schema import (
    FACT_NAMES,
    GATHERED_FACTS,
    LIST_FACTS,
    FormFactor,
    Line,
    ModelFacts,
)
from camreset.errors import InvalidAnswerError, UnknownModelError

Layers = list[tuple[ModelFacts, Origin]]
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
        facts = without_own_network(facts)
    facts = without_charging(facts, lists)
    lists = without_other_apps(facts, lists)
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
