"""A hold the timer measured on a page, folded into the session.

Its own module: the state machine had reached the 400 lines a module may have, and the fold
of another side event needs room there.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.holds import held_against
from camreset.core.present.number_words import clock
from camreset.core.present.said_notices import HOLD_PAGE
from camreset.core.present.step import StepRef
from camreset.core.present.steps import StepRenderer
from camreset.core.session import detours
from camreset.core.session.rules import TIMED_LATE_HOLD_RULES
from camreset.core.session.state import SessionFold


def measured(
    plan: CameraPlan, renderer: StepRenderer, fold: SessionFold, ref: StepRef, data: dict[str, Any]
) -> None:
    """A hold the timer measured, and how it compares with the hold its page asked for. One
    timed on one screen after the other answered its page is kept on that answer for the
    report; the engine has moved on, as it would for a hold never timed."""
    least = (
        detours.hold_minimum(plan, ref.ref, ref.stage, fold.rules) if ref.kind == "action" else None
    )
    if least is None:
        return
    seconds, timer = float(data.get("seconds", 0)), renderer.step(ref).timer
    asked = detours.hold_asked(plan, ref.ref, ref.stage, fold.rules)  # the words: 30 s, not 29
    note = held_against(seconds, least, timer.max, asked) if timer is not None else None
    last = fold.history[-1] if fold.history else None
    if last is not None and last.ref == ref:  # answered on the other screen first
        if last.held is None:
            fold.history[-1] = replace(last, held=seconds, held_note=note)
            if fold.rules >= TIMED_LATE_HOLD_RULES:
                timed_instead(fold, ref.ref, last.seconds, seconds < least)
        return
    fold.measured(plan, ref.ref, ref.stage, seconds)
    fold.held_note = note if timer is not None else fold.held_note


def timed_instead(fold: SessionFold, attempt: str, answered_after: float, short: bool) -> None:
    """The hold timed late stands for the guess from its page's answer: no "answered after
    8 s" doubt (that answer's own, not an earlier run's), and a short hold if it was one
    (helpdesk review 67, E #2)."""
    if fold.rushed.get(attempt, "").startswith(f"{HOLD_PAGE} {clock(answered_after)} "):
        del fold.rushed[attempt]
    if short:
        fold.short_holds.add(attempt)
