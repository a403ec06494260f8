"""The hold page of an attempt: its timer, the words around it, and the facts the timer rests on.

Its own module, out of steps.py (which turns each kind of page into a `Step`), as the hold is the
one page whose words follow from its timer: how long, until which sign, whether the power stays
on, and which window of the sources sets where the timer stops.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.kb.troubleshooting import Action, StepSpec
from camreset.core.present import holds
from camreset.core.present.borrowed import borrowed_note
from camreset.core.present.facts import FactView, view_of
from camreset.core.present.hold_disagreement import LET_GO, hold_disagreement, in_part_warning
from camreset.core.present.hold_sureness import hold_sureness
from camreset.core.present.holds import keep_on, past_in_part
from camreset.core.present.step import Step, Timer
from camreset.core.present.timer import hold_timer, holds_until_sign, set_by_a_window
from camreset.core.present.values import usual_sign, usual_sign_words
from camreset.core.present.way_outs import hold_answers

if TYPE_CHECKING:
    from camreset.core.present.steps import StepRenderer


def hold_page(
    renderer: StepRenderer, spec: StepSpec, action: Action, *, keep_plugged: bool
) -> Step:
    """The hold with its timer. In an attempt that has no power step of its own the camera
    is already on, so the page says not to unplug it first (a restart undoes the wait).
    A page that says to hold until the sign gets a timer that says so too."""
    model, values = renderer.model, renderer.values
    hold = spec.hold or "recommended"
    until = None
    if holds_until_sign(hold, spec.text):
        fact = model.hold
        until = fact.until if fact is not None and fact.until else values["while_holding"]
    timer = replace(hold_timer(model, hold, until), from_power=spec.from_power)
    sure = hold_sureness(model, hold, timer.not_before)  # the time the page asks for
    timer = replace(timer, sureness=sure)
    text = renderer.fill(spec.text) if spec.text else "Press and hold the reset button."
    if until and usual_sign(model, values["while_holding"]):
        text += usual_sign_words(model)
    text = in_part_warning(model, timer, text) + hold_disagreement(model, timer, hold)
    if timer.about:  # no longest hold: the sign says when (review 71 E, #8)
        text = text.replace(LET_GO, "Let go once it happens.")
    if hold == "long":  # watched for a sign from past a hold that resets it only in part
        timer = replace(timer, min=past_in_part(model, timer.min, timer.recommended))
    if keep_plugged and not spec.unplugged:
        before = action.steps[: action.steps.index(spec)]  # "the page before" (review 58)
        gave = any("{nvr.reset_note}" in (s.do or "") for s in before)
        recorder_way = gave and bool(values.get("nvr.reset_note"))
        cable = timer.recommended if renderer.cable_hold else None
        text += " " + keep_on(renderer.power.off, model, recorder_way, cable)
    elif not spec.unplugged and not spec.from_power:  # after its own power step
        text += holds.after_power_note(model, recorder_way=bool(values.get("nvr.reset_note")))
    if spec.unplugged:
        text += borrowed_note(renderer.kb, model.line, action)
    title = (
        "Hold the reset button until the camera reacts"
        if until and (timer.min < timer.max or timer.about)  # not a set time (review 59)
        else f"Hold the reset button for {timer.recommended:g} seconds"
    )
    if spec.from_power:  # the page's first words say the power comes back as it is held
        title = "Hold the reset button as its power comes back"
    step = renderer.base("action", title, text, hold_answers(spec.unplugged))
    return replace(
        step,
        timer=timer,
        facts=() if spec.unplugged else _hold_facts(renderer, timer),
        pattern=None if spec.unplugged else renderer.pattern("@while_holding"),  # no light
        unplugged=spec.unplugged,
    )


def _hold_facts(renderer: StepRenderer, timer: Timer) -> tuple[FactView, ...]:
    """The facts a hold page shows: what its timer says, each with its source (the hold
    window its stop comes from, where the hold's own claims stop sooner)."""
    kb, model = renderer.kb, renderer.model
    windows = [
        view_of(kb, model, "reset_windows", window)
        for window in model.lists.get("reset_windows", ())
        if set_by_a_window(model, timer, window.value)
    ]
    return (*renderer.facts("hold"), *windows, *renderer.facts("while_holding", "button"))
