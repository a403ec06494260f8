"""A person who cannot see the camera's light: the checks after it go by what needs no sight.

"I can't see this camera's light, or it has none" (`no-light`), on the status light's question
or on a reset's setup-mode check, reads as "I can't do this" on that page. Since
NO_SIGHT_RULES it also tells the session that this person cannot see this light (blind, low
vision, or the camera out of sight): the status light is not asked about again, and an
attempt's setup-mode check, a light to look at, is passed by for the check after it, which
needs no sight (the app finds it as new, the camera's own setup Wi-Fi shows on the phone, its
web page asks for a new password). Before, a blind person who said so was shown the setup
light's page on every attempt, and asked about the status light once more before being sent
to swap the adapter (accessibility review 65, #3). A log written before reads as it did.
The check that stands in for the light right after a restart can be answered "Not yet: it is
still restarting", as the light's page can, and goes back to that restart.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import WaitFor
from camreset.core.present.lights import NO_LIGHT_ID
from camreset.core.present.step import Step
from camreset.core.present.way_outs import STILL_RESTARTING, with_still_restarting
from camreset.core.session.rules import NO_SIGHT_RULES

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold

LIGHT_QUESTIONS = frozenset({"status-light"})
"""Questions answered only by looking at the camera's own light (a PoE port's light, which
someone who cannot see the camera's may well see, is not one)."""
LIGHT_CHECK = "setup_mode"


def said_unseen(fold: Fold, answer: str) -> None:
    """Take note of "I can't see this camera's light", as given (before it is read as
    "I can't do this"), under the readings that know it."""
    if answer == NO_LIGHT_ID and fold.rules >= NO_SIGHT_RULES:
        fold.unseen = True
        fold.excluded.update(LIGHT_QUESTIONS)


def past_the_light(fold: Fold, plan: CameraPlan, action: str, stage: int) -> int:
    """Page `stage` of `action`, or, for someone who cannot see the light, the check after it
    when `stage` is the setup light's and the next page is a check that needs no sight."""
    steps = plan.actions[action].steps
    if not fold.unseen or stage + 1 >= len(steps) or steps[stage].check != LIGHT_CHECK:
        return stage
    after = steps[stage + 1].check
    return stage + 1 if after is not None and after != LIGHT_CHECK else stage


def wait_before(fold: Fold, plan: CameraPlan, action: str, stage: int) -> int:
    """The page a check's "Not yet: it is still restarting" goes back to: the one before it,
    or, for a check that stands in for the setup light, the restart before that light."""
    steps = plan.actions[action].steps
    light = stage - 1
    if fold.unseen and light > 0 and steps[light].check == LIGHT_CHECK:
        return light - 1 if steps[light - 1].wait is WaitFor.reboot else light
    return light


def can_wait_again(plan: CameraPlan, fold: Fold, step: Step) -> Step:
    """The check someone who cannot see the light is taken to straight after a restart offers
    "Not yet: it is still restarting", as the light's page would have (phone review 69, U #2:
    the notice of a restart cut short named that answer on a page without it, and "No" was
    left, a failed attempt)."""
    if step.ref.kind != "action" or step.offers(STILL_RESTARTING):
        return step
    steps = plan.actions[step.ref.ref].steps
    before = wait_before(fold, plan, step.ref.ref, step.ref.stage)
    if steps[step.ref.stage].check is None or before == step.ref.stage - 1:
        return step
    if steps[before].wait is not WaitFor.reboot:
        return step
    return replace(step, answers=with_still_restarting(step.answers))
