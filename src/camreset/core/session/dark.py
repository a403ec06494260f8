"""A camera said not to switch on: the session's marks that it is dark, whether it still is,
and the start-up wait that asks whether a power step brought it on. Its power comes before
any reset (flow.dark_attempts); its support page is about its power (end_messages.DARK_END)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed, Answered, PartlyDone
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.not_inherited import CHARGED
from camreset.core.kb.troubleshooting import WaitFor
from camreset.core.present.detour_steps import ONLINE_QUESTION, POWER_QUESTIONS, STILL_OFF
from camreset.core.session.said import Derived, last_said

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold


DARK_SAYS = frozenset({
    Derived(ONLINE_QUESTION, "offline"), Derived(POWER_QUESTIONS[0], "low"),
    Derived(POWER_QUESTIONS[1], "off"),
})  # fmt: skip
"""What the session infers from "it won't switch on" (`unpowered`, `mark_dark`): never said by
the person, so each marks the camera as said to be dark."""


def said_dark(plan: CameraPlan, fold: Fold) -> bool:
    """Whether the camera is said not to switch on, and nothing since says it is on: no
    attempt meant to power it got as far as its hold and failed, no light was seen on it."""
    return bool(_live_marks(plan, fold))


def never_on(fold: Fold, dark: bool) -> bool:
    """Said dark (`dark`: `said_dark`), and no attempt in this phase has got as far as its
    check: nothing is known of a reset, so the likely causes are only what keeps it dark. A
    camera that came on, was pressed in vain and then went dark keeps every cause (diff
    review 54)."""
    return dark and not any(isinstance(e, ActionFailed) for e in fold.evidence)


def _live_marks(plan: CameraPlan, fold: Fold) -> list[int]:
    """Where the marks that it is dark are in the evidence, after the last sign it was on."""
    if not any(isinstance(e, Derived) for e in fold.evidence):  # most sessions, every step:
        return []  # no mark can be there (a type check, where `in DARK_SAYS` hashes each)
    light, on = POWER_QUESTIONS[1], -1
    for i, e in enumerate(fold.evidence):
        lit = isinstance(e, Answered) and e.question_id == light and e.answer in LIT
        if (isinstance(e, ActionFailed) and plan.powers_it(e.action_id)) or (
            lit and not isinstance(e, Derived)
        ):
            on = i
    return [i for i, e in enumerate(fold.evidence) if i > on and e in DARK_SAYS]


LIT = frozenset({"steady", "blinking"})
"""Status-light answers that show the camera is on."""


def unpowered(fold: Fold, plan: CameraPlan) -> list[Answered]:
    """What "it won't switch on" tells the engine: a battery camera's battery is low (so
    "Charge it" comes first), any other camera's light is off (its outlet, adapter or cable)."""
    questions = plan.phases[fold.phase].questions
    said = fold.said_power
    kinds = set(said) if said else {k.value for k in plan.model.power_kinds}
    battery, light = POWER_QUESTIONS
    dark: list[Answered] = (
        [Derived(ONLINE_QUESTION, "offline")] if ONLINE_QUESTION in questions else []
    )
    if kinds and kinds <= CHARGED and battery in questions:  # the session's inference, never
        return [*dark, Derived(battery, "low")]  # quoted back as "your answer was: Low"
    return [*dark, Derived(light, "off")] if light in questions else dark


def mark_dark(fold: Fold, plan: CameraPlan) -> list[Answered]:
    """Its light is off, where the phase asks about it: the session's mark that it is dark.
    The person's own latest "Off" becomes that mark (moved, so it never counts twice: a
    Reolink said "Off", then still dark after "Another port", was left unmarked and pressed:
    web review 53); else that it is offline."""
    light, questions = POWER_QUESTIONS[1], plan.phases[fold.phase].questions
    said = last_said(fold, light)
    if said_dark(plan, fold):
        return []
    if light in questions:
        if said is not None and said.answer == "off":  # an earlier mark, or their own word
            del fold.evidence[len(fold.evidence) - 1 - fold.evidence[::-1].index(said)]
        return [Derived(light, "off")]
    return [Derived(ONLINE_QUESTION, "offline")] if ONLINE_QUESTION in questions else []


def powered_here(plan: CameraPlan, action: str, stage: int) -> bool:
    """Whether "it won't switch on" came after the page of an attempt meant to power it (a
    battery charged, another outlet or port): that was done and the camera stayed dark (web
    review 52: a doorbell charged for hours was said not to have been charged). Not a page
    that only cuts the power on the way ("Unplug", Lorex's "Keep it on its recorder")."""
    return plan.powers_it(action) and any(p.do for p in plan.actions[action].steps[:stage])


def not_yet_on(plan: CameraPlan, fold: Fold) -> bool:
    """Nothing yet says the camera is on: said dark, or its light last said to be off (on the
    way to a reset: web review 53)."""
    light = last_said(fold, POWER_QUESTIONS[1])
    return said_dark(plan, fold) or (light is not None and light.answer == "off")


def offers_still_dark(plan: CameraPlan, fold: Fold, action: str, stage: int) -> bool:
    """Whether page `stage` of `action` is the start-up wait after its page meant to power a
    camera not yet on, or the hold timed from its power coming back that stands in for that
    wait (core/guide/power_up.py): "It still won't switch on" is offered there."""
    page = plan.actions[action].steps[stage]
    fits = (page.wait is WaitFor.boot or page.from_power) and powered_here(plan, action, stage)
    return fits and not_yet_on(plan, fold)


def stayed_dark(fold: Fold, plan: CameraPlan, action: str) -> str:
    """Stayed dark after `action`'s power page: its power part was done and did not bring the
    camera on, so the power causes it addresses are ruled down; the reset it leads to was
    never tried, so no other cause is (web review 53: a dead port stayed at 60 % after
    another port). Then marked dark, after it (`mark_dark`; then flow.dark_attempts): that
    power step changed the camera's power, so a mark made before it would go stale."""
    marks = mark_dark(fold, plan) or _unmarked(plan, fold)
    fold.evidence.append(PartlyDone(action, plan.power_causes))
    fold.evidence.extend(marks)
    return fold.give_up(action, STILL_OFF)


def _unmarked(plan: CameraPlan, fold: Fold) -> list[Answered]:
    """The marks that the camera is dark since it was last on, taken out of the evidence to
    be put back later, each once: older ones, made stale by a power step that brought it on,
    stay where they are (diff review 54: moved, they came back, and "off" counted twice)."""
    at = set(_live_marks(plan, fold))
    marks: list[Answered] = []
    for i in sorted(at):
        mark = fold.evidence[i]
        if isinstance(mark, Answered) and mark not in marks:
            marks.append(mark)
    fold.evidence[:] = [e for i, e in enumerate(fold.evidence) if i not in at]
    return marks
