"""Someone told the reset in the brand's app needs them signed in: its check goes by a sign
that needs no account.

"Skip" on "Which password did you forget?" leaves the app's resets aside, and the page after
it says why: "it needs you signed in to the account" (LOCKED_OUT_SKIP_RULES). Since
SIGNED_OUT_RULES the session keeps that (`Fold.signed_out`), and an attempt's check "Does the
Tapo app find it as a new camera?", the very app they cannot sign in to, asks instead about
the camera's own setup Wi-Fi where a source names it, as does its last look before support:
the app's check came right after that notice for someone who could not see the light
(merged-diff review 66, I #6). Words only: the page and its answers are the same, so which
page comes next is too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.guide.plan import CameraPlan
from camreset.core.present.check_steps import own_wifi_words
from camreset.core.present.detour_steps import LAST_LOOK, LAST_LOOK_WHY
from camreset.core.present.step import Step
from camreset.core.session.rules import SIGNED_OUT_RULES

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold

APP_CHECK = "app_finds"


def note_signed_out(fold: Fold) -> None:
    """Keep that the app's resets were left out as needing an account the person is out of."""
    fold.signed_out = fold.rules >= SIGNED_OUT_RULES


def for_the_signed_out(step: Step, plan: CameraPlan, fold: Fold) -> Step:
    """`step`, or, on an attempt's app check (or its last look before support) for someone
    signed out, its setup-Wi-Fi check."""
    ref = step.ref
    look = ref.kind == "detour" and ref.ref == LAST_LOOK
    action = ref.subject if look else ref.ref if ref.kind == "action" else None
    if not fold.signed_out or action is None or action not in plan.actions:
        return step
    pages = plan.actions[action].steps
    if ref.stage >= len(pages) or pages[ref.stage].check != APP_CHECK:
        return step
    words = own_wifi_words(plan.model)
    if words is None:
        return step
    title, text, yes = words
    answers = tuple(replace(a, label=yes) if a.id == "yes" else a for a in step.answers)
    if look:  # its title says it comes before support; the check is asked in its text
        return replace(step, text=f"{LAST_LOOK_WHY[APP_CHECK]} {title}\n\n{text}", answers=answers)
    return replace(step, title=title, text=text, answers=answers)
