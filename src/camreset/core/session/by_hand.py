""" "What stops you?" for a button pressed by hand: no answer about a paperclip.

A person who answered "It's a button I can press without a tool" when asked for a paperclip
(a Wyze Cam v3's SETUP button, whose sources do not say whether it sits in a hole), then "I
can't do this" at its hold, was offered "I don't have a paperclip or a pin": an answer that
did not fit, and that sent them for the paperclip again (session 70, left over). From logs
written under BY_HAND_RULES, that answer is left out once the session counts the pin as not
needed (`not_at_hand`). A camera whose sources say a fingertip presses its button (an Arlo Pro
3, Pro 4 or Ultra) never needs the pin in its plan (guide/plan.py `_for_hands`), so its "What
stops you?" had none already.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.kb.troubleshooting import Have
from camreset.core.present.detour_steps import WHY_CANT, not_at_hand
from camreset.core.session.later_rules import BY_HAND_RULES

if TYPE_CHECKING:
    from camreset.core.present.step import Step
    from camreset.core.session.state import SessionFold

NO_PIN = f"no-{Have.pin.value}"


def fitting_reasons(step: Step, fold: SessionFold) -> Step:
    """`step`, "What stops you?" without "I don't have a paperclip or a pin" where the button
    is pressed by hand; any other page as it is."""
    if fold.rules < BY_HAND_RULES or (step.ref.kind, step.ref.ref) != ("detour", WHY_CANT):
        return step
    if Have.pin.value not in not_at_hand(fold.history):
        return step
    return replace(step, answers=tuple(a for a in step.answers if a.id != NO_PIN))
