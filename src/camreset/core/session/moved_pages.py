"""A logged answer to an attempt's page that has since moved within its attempt.

The knowledge base may gain a page inside an attempt: in session 59 a full reset done while
adding the camera again got "Is the camera in setup mode now?" ahead of "Add it again", so a
log written before names "Add it again" by the place the check now has. Each answer keeps the
title its page had; where the page at its logged place has another title now (or does not
offer the logged answer), the nearest page of that attempt with that title, offering that
answer, is taken instead. A log with no title, or no such page, is read as it stands.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.step import Step, StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.session.said_before import shown_title
from camreset.core.session.shown import shown_step

if TYPE_CHECKING:
    from camreset.core.session.state import SessionFold


def moved_page(
    plan: CameraPlan,
    renderer: StepRenderer,
    fold: SessionFold,
    logged: tuple[StepRef, Step],
    answer: str,
    title: object,
) -> tuple[StepRef, Step]:
    """The page (and its step) a logged `answer` with page `title` was given on."""
    ref, step = logged
    if not title or ref.kind != "action" or ref.ref not in plan.actions:
        return logged
    if step.offers(answer) and shown_title(step, plan, fold) == title:
        return logged  # every answer of a log, almost always: one title compared
    stages = sorted(range(len(plan.actions[ref.ref].steps)), key=lambda s: abs(s - ref.stage))
    for stage in stages[1:] if stages and stages[0] == ref.stage else stages:
        there = replace(ref, stage=stage)
        page = shown_step(plan, renderer, fold, there)
        if page.offers(answer) and shown_title(page, plan, fold) == title:
            return there, page
    return logged
