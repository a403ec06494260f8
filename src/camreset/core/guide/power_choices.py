"""Which answers to "How is the camera powered?" fit a camera: the ways its sources give, its
shape, and its network cable. Its own module, out of guide/plan.py (at its 400 lines), as it
is a question of the words offered, which plan.py, the steps and the power said at the start
all ask."""

from __future__ import annotations

from camreset.core.kb.connection import wired_only
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import AnswerSpec
from camreset.core.kb.troubleshooting import Question as QuestionSpec


def power_answers(
    question: QuestionSpec, model: ResolvedModel, by_cable: bool = True
) -> list[AnswerSpec]:
    """The answers naming a way of powering that fit this camera: the ways its sources give
    (every way, when they give none); the doorbell's wiring only for a doorbell, the house's
    mains only for a floodlight, either for a camera of unknown shape. A camera of no sourced
    power or shape whose sources add it only over its network cable is powered by that cable
    or an adapter: a Dahua bullet was offered a battery, doorbell wiring and the mains
    (review 69, U #12). `by_cable` False: not so, as a log started before sees it."""
    kinds = model.power_kinds
    shape = model.form_factor
    cable = by_cable and not kinds and shape is None and wired_only(model)
    return [
        a
        for a in question.answers
        if a.power
        and not (kinds and not kinds & set(a.power))
        and not (shape is not None and WIRED_SHAPE.get(a.power[0], shape) != shape)
        and not (cable and not CABLE_POWER & set(a.power))
    ]


CABLE_POWER = frozenset({PowerKind.adapter, PowerKind.usb, PowerKind.poe})
"""How a camera on a network cable is powered: over that cable, or by an adapter (or USB)."""


WIRED_SHAPE = {PowerKind.transformer: FormFactor.doorbell, PowerKind.mains: FormFactor.floodlight}
"""Ways of powering a camera wired into the house that only one shape is: asked of it alone."""
