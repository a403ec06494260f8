"""What the page after "It won't switch on" says above itself.

Said once, on the page that follows the answer, or on the page after the second look at an
earlier answer that may come between them (a doorbell still dark after charging had its
"tell support it stays dark" pushed off by the recheck of "A battery": web review 52); and
after "It still won't switch on" on the start-up wait that follows a page meant to power it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import WaitFor
from camreset.core.present.detour_steps import (
    NO_POWER,
    POWER_QUESTIONS,
    RECHECK,
    STILL_DARK,
    STILL_OFF,
)
from camreset.core.present.holds import without_the_press
from camreset.core.present.said_notices import (
    HELD_WHILE_DARK_NOTICE,
    HOLD_WHILE_DARK_NOTICE,
    LIGHT_OFF_AT_SUPPORT,
    LIGHT_OFF_NOTICE,
    NO_POWER_NOTICE,
    STILL_OFF_AT_SUPPORT,
    STILL_OFF_NOTICE,
    WAIT_WHILE_DARK_NOTICE,
)
from camreset.core.present.step import Step
from camreset.core.present.words import DONE
from camreset.core.session import dark
from camreset.core.session.state import SessionFold


def dark_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """The notice for a camera just said not to switch on, or whose light was just said to be
    off where its power comes next (`step` is for what its likeliest cause is a power one:
    web review 53 found no word why a Reolink said "Off" was asked how it is powered)."""
    said = [h for h in fold.history if not (h.ref.kind == "detour" and h.ref.ref == RECHECK)]
    last = said[-1] if said else None
    light = (POWER_QUESTIONS[1], "off")
    if last is not None and (last.ref.ref, last.answer) == light and last.ref.kind != "action":
        top = step.why.causes[0].id if step.why is not None and step.why.causes else None
        if step.kind == "outcome":
            return LIGHT_OFF_AT_SUPPORT
        return LIGHT_OFF_NOTICE if top in plan.power_causes else None
    if last is not None and last.ref.kind == "action" and last.answer == STILL_DARK.id:
        attempt: str | None = last.ref.ref  # on the start-up wait after its power page
    elif last is None or last.ref.kind not in ("detour", "opening") or last.answer != NO_POWER:
        return None  # said on "What stops you?", or as the reason they came
    elif last.result != STILL_OFF:
        return NO_POWER_NOTICE
    else:
        attempt = last.ref.subject  # named by the page the person acted on ("Charge it")
    acted = [h.title for h in fold.history if h.kind == "action" and h.ref.ref == attempt]
    words = STILL_OFF_AT_SUPPORT if step.kind == "outcome" else STILL_OFF_NOTICE
    return words.format(title=acted[0]) if acted else NO_POWER_NOTICE


def wait_while_dark(plan: CameraPlan, fold: SessionFold, step: Step) -> Step:
    """The start-up wait after a page meant to power a camera not yet on: "It still won't
    switch on" among its answers, and what to watch for as it starts; the same on a hold timed
    from the power coming back, which stands in for that wait."""
    if not dark.offers_still_dark(plan, fold, step.ref.ref, step.ref.stage):
        return step
    answers = (step.answers[0], STILL_DARK, *step.answers[1:])
    if step.timer is not None:
        return replace(step, answers=answers).noted(HELD_WHILE_DARK_NOTICE)
    step = replace(step, answers=answers, text=without_the_press(step.text))
    return step.noted(WAIT_WHILE_DARK_NOTICE)


def hold_while_dark(plan: CameraPlan, fold: SessionFold, step: Step) -> Step:
    """A hold page while the camera is still said to be dark, or its light was last said to be
    off: reached after "Not sure" or "I can't do this" on the start-up wait that follows its
    power page. It says to press only once it shows it is on, and not "it is on" (web review
    53: the page said both)."""
    if step.timer is None or not dark.not_yet_on(plan, fold):
        return step
    held_as_it_starts = step.ref.kind == "action" and dark.offers_still_dark(
        plan, fold, step.ref.ref, step.ref.stage
    )
    if held_as_it_starts or _came_on(plan, fold, step):  # asked on the page, or just answered
        return step
    text = KEEP_ON_SAID.sub("", step.text).strip()
    return replace(step, text=text).noted(HOLD_WHILE_DARK_NOTICE)


def _came_on(plan: CameraPlan, fold: SessionFold, step: Step) -> bool:
    """Whether the answer just given was "Done" on this attempt's start-up wait that offered
    "It still won't switch on" (and said to answer it if no light or sound came): the hold
    after it said "Nothing yet says it is on" to a Ring charged for hours, whose owner had just
    waited it on (session-71 review E, #9)."""
    last = fold.history[-1] if fold.history else None
    if last is None or last.ref.kind != "action" or last.ref.ref != step.ref.ref:
        return False
    if last.answer != DONE or last.ref.stage + 1 != step.ref.stage:
        return False
    page = plan.actions[last.ref.ref].steps[last.ref.stage]
    return page.wait is WaitFor.boot and dark.powered_here(plan, last.ref.ref, last.ref.stage)


KEEP_ON_SAID = re.compile(r"Do not [^.:]* first[^:]*: it is on, and after a restart [^.]*\. ?")
"""The hold page's `holds.KEEP_ON` sentence, as filled."""
