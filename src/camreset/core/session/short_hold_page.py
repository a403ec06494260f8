"""The short-hold page ("That was a short hold") in the words of the hold its log reads: the
renderer words it by the readings of the day, but a session judges a timed hold by its log's
(detours.hold_minimum). A log written before NOT_BEFORE_HOLD_RULES, resumed, was told "before 10
seconds, the shortest hold this step asks for" of a Tapo C200 hold its fold and report took
from 5 s (merged-diff review 69, N #4)."""

from __future__ import annotations

from dataclasses import replace

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.detour_steps import SHORT_HOLD
from camreset.core.present.short_hold import GO_ON, short_hold_words
from camreset.core.present.step import Step
from camreset.core.present.steps import StepRenderer
from camreset.core.session import detours
from camreset.core.session.fold import Fold


def as_its_log_reads(step: Step, plan: CameraPlan, fold: Fold, renderer: StepRenderer) -> Step:
    """`step`, the short-hold page, with the hold its log reads (any other page as it is)."""
    ref = step.ref
    if ref.kind != "detour" or ref.ref != SHORT_HOLD or ref.subject is None:
        return step
    least = detours.hold_minimum(plan, ref.subject, ref.stage, fold.rules)
    if least is None:
        return step
    in_part = bool(detours.not_before(plan, ref.subject, ref.stage, fold.rules))
    text, go_on = short_hold_words(renderer, ref.subject, ref.stage, least, in_part)
    answers = tuple(replace(a, label=go_on) if a.id == GO_ON else a for a in step.answers)
    return replace(step, text=text, answers=answers)
