"""How a listed camera is powered, said when its session began (a helpdesk's form: "it is on
PoE"): taken as the answer to "How is it powered?", so the steps follow it from the first one
and the question is not asked again. A way the camera's sources do not give is refused with
the ways they do give, as a misread model would otherwise go on unnoticed; and for a camera of
no listed model, a way its shape rules out, as the web's form leaves it out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.guide.plan import CameraPlan
from camreset.core.guide.power_choices import power_answers
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import AnswerSpec
from camreset.core.present.names import SHAPE_NAMES
from camreset.core.present.phrases import POWER_KIND_WORDS
from camreset.core.present.power_choices import POWER_CHOICES, power_choices
from camreset.core.present.step import Step
from camreset.errors import PowerMismatchError

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold
    from camreset.core.session.state import SessionFold

AT_START = "started"
"""The key the said power is kept under among the fold's power answers."""


def check_said_power(plan: CameraPlan, kind: PowerKind) -> None:
    """PowerMismatchError when the camera's sources give it other ways of being powered, or
    give none but its power question does not offer this one (a camera they add only over its
    network cable said to run on a battery: it was dropped unsaid, merged-diff review 69, N #1)."""
    kinds = plan.model.power_kinds
    if kind in kinds or _answer_for(plan, kind) is not None:
        return
    said = POWER_KIND_WORDS.get(kind.value, kind.value)
    if not kinds:
        return _not_offered(plan, kind, said)
    ways = " or ".join(POWER_KIND_WORDS.get(k.value, k.value) for k in sorted(kinds))
    raise PowerMismatchError(
        f"power: the sources of the {plan.model.name} give it powered by {ways}, "
        f"not {said}; check the model",
        [k.value for k in sorted(kinds)],
    )


def _not_offered(plan: CameraPlan, kind: PowerKind, said: str) -> None:
    """PowerMismatchError for a camera whose sources give no way of powering it, when its power
    question names `kind` for other cameras but not for this one (power_choices.py): its sources
    add it only over its network cable (a Dahua bullet said to run on a battery: it was dropped
    unsaid, merged-diff review 69, N #1), or its shape rules the way out (a Lorex dome said to
    be on doorbell wiring was dropped unsaid too: session 70 leftover)."""
    named = {
        k for _, answers in _power_questions(plan, False) for a in answers for k in a.power or ()
    }
    offered = list(
        dict.fromkeys(
            k for _, answers in _power_questions(plan) for a in answers for k in a.power or ()
        )
    )
    if kind not in named or not offered:
        return  # nothing asks how it is powered, or no answer names this way (a hub)
    ways = " or ".join(POWER_KIND_WORDS.get(k.value, k.value) for k in offered)
    shape = plan.model.form_factor
    why = (
        f"the sources of the {plan.model.name} add it only over its network cable, so it is"
        if shape is None
        else f"the {plan.model.name} is {_a_shape(shape.value)}, so it may be"
    )
    raise PowerMismatchError(
        f"power: {why} powered by {ways}, not {said}; check the model",
        [k.value for k in offered],
    )


def check_shape_power(kb: KnowledgeBase, shape: FormFactor | None, kind: PowerKind) -> None:
    """PowerMismatchError when a camera of no listed model is said to be powered a way its shape
    rules out: the web's form does not offer it (`power_choices`: doorbell wiring only for a
    shape some listed camera is wired that way; a battery camera, only the ways listed battery
    cameras are powered). `guide --line other --form-factor battery --power poe` was taken
    without a word, where the web's form offers no PoE (session 70 leftover). A way the form
    never asks about (a hub) is left as the person's word, as before."""
    value = shape.value if shape is not None else ""
    choices, _ = power_choices(kb.powers_of_shape(value or None), value)
    offered = [k for k, _ in choices]
    if kind.value in offered or kind.value not in {k for k, _ in POWER_CHOICES}:
        return
    ways = " or ".join(POWER_KIND_WORDS.get(k, k) for k in offered)
    said = POWER_KIND_WORDS.get(kind.value, kind.value)
    raise PowerMismatchError(
        f"power: {_a_shape(value)} may be powered by {ways}, not {said}; check the shape", offered
    )


def _a_shape(shape: str) -> str:
    """ "a dome camera", "an indoor camera", "a video doorbell"; "a camera" for no shape."""
    name = SHAPE_NAMES.get(shape, "camera").lower()
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


def say_power(plan: CameraPlan, fold: SessionFold, kind: PowerKind) -> None:
    """Fold the said power in as the answer to the camera's power question, if it asks one
    (a camera its sources give one way of powering asks none: nothing to tell apart)."""
    found = _answer_for(plan, kind)
    if found is None:
        return
    question_id, answer_id = found
    fold.question(plan, question_id, answer_id)
    said = fold.powered.pop(question_id)
    fold.unpowered[AT_START] = fold.unpowered.pop(question_id)
    fold.powered[AT_START] = said


def said_at_start(fold: SessionFold) -> bool:
    """Whether the latest word on how the camera is powered was given when the session began."""
    return next(reversed(fold.powered), None) == AT_START


def _answer_for(plan: CameraPlan, kind: PowerKind) -> tuple[str, str] | None:
    for question_id, answers in _power_questions(plan):
        for answer in answers:
            if kind in (answer.power or ()):
                return question_id, answer.id
    return None


def _power_questions(plan: CameraPlan, offered: bool = True) -> list[tuple[str, list[AnswerSpec]]]:
    """Each of the camera's questions with the answers naming a way of powering that it offers
    (`offered` False: every such answer, whatever the camera)."""
    return [
        (
            q.id,
            power_answers(q, plan.model, plan.by_cable)
            if offered
            else [a for a in q.answers if a.power],
        )
        for q in plan.reset.questions.values()
    ]


FOR_POWER = {
    "adapter": "a power adapter", "usb": "a USB supply", "poe": "a network cable that powers it "
    "(PoE)", "battery": "a battery", "solar": "a solar panel", "transformer": "doorbell wiring",
    "hub": "a hub", "mains": "mains wiring",
}  # fmt: skip
NOT_SAID_NOTICE = (
    "You have not said how it is powered, and this step is for a camera on {ways}. If yours "
    "is not, answer “I can't do this”."
)
"""Above the first page of an attempt for one way of powering, while the person has not said
how theirs is powered ("Not sure"): an unknown brand's camera was sent to "Another port" of a
PoE switch with no word that it may not apply (user review 52)."""


def not_said_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice for the first page of an attempt meant for some ways of powering only, where
    the person has not said how the camera is powered and its sources allow others; or None."""
    spec = plan.actions.get(step.ref.ref) if step.ref.kind == "action" else None
    if spec is None or step.ref.stage != 0 or spec.when.power is None or fold.said_power:
        return None
    meant = [k.value for k in spec.when.power]
    if plan.model.power_kinds and {k.value for k in plan.model.power_kinds} <= set(meant):
        return None
    ways = " or ".join(dict.fromkeys(FOR_POWER.get(k, k) for k in meant))
    return NOT_SAID_NOTICE.format(ways=ways)


def power_question(plan: CameraPlan, fold: Fold, questions: frozenset[str]) -> str | None:
    """The question among `questions` that asks how the camera is powered, while that is
    open: its sources give several ways and the person has not said which."""
    if fold.said_power is not None or len(plan.model.power_kinds) < 2:
        return None
    asks = (q for q in sorted(questions) if any(a.power for a in plan.questions[q].answers))
    return next(asks, None)
