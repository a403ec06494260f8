"""A camera whose own light said setup mode, but whose app did not find it, reset after all
when it has a known trouble fact with a fix for that.

The `known-fix` attempt (known_fix_first.py) lives in the adding phase, but a person on the
"It won't reset" road meets the app's check inside the reset attempt: a Wyze Cam OG confirmed
"red blinking" (setup mode, by the page's own words), its QR code was not read, and the
session sent it to another reset ("Unplug … let it drain"), never to the fix its source gives
("press SETUP briefly; blinking red after a reset already means setup mode"; session-69
review, U #1). The light is the camera's own word that it reset; what failed is adding it,
which is the adding phase's to solve, known fix first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed
from camreset.core.kb.troubleshooting import Capability, Phase
from camreset.core.session.later_rules import SETUP_LIGHT_FIX_RULES
from camreset.core.session.light_seen import app_after_light
from camreset.core.session.opening import ADD_AGAIN

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold


def reset_by_its_light(fold: Fold, plan: CameraPlan, action: str, stage: int, answer: str) -> bool:
    """Whether the app's "no" on page `stage` of the reset `action` still counts as a reset,
    the setup light having been confirmed on the page before: only where the adding phase
    has a known fix on offer and not tried yet, so every other camera is reset again as
    before (trusting the light alone lost success in `camreset bench`: light_seen.py)."""
    if fold.rules < SETUP_LIGHT_FIX_RULES or fold.reset_only:
        return False
    if not app_after_light(fold, plan, action, stage, answer):
        return False
    return any(
        Capability.known_fix in spec.needs and a not in fold.ruled_out and a not in fold.tried
        for a, spec in plan.phases[Phase.setup].actions.items()
    )


def took_by_its_light(fold: Fold, plan: CameraPlan, action: str) -> str:
    """The reset `action` took, by its light: on to adding the camera, where adding it as
    the app's check just did has failed once already (as "It reset, but I can't add it"
    says it: opening.py)."""
    fold.running, fold.confirmed = None, None
    fold.reset, fold.last_reset = True, action
    fold.switch(Phase.setup, plan)
    if ADD_AGAIN in plan.setup.actions:
        fold.evidence.append(ActionFailed(ADD_AGAIN))
    return SETUP_LIGHT_SEEN


SETUP_LIGHT_SEEN = "camera reset (its light said setup mode); its app did not find it"
"""The history's words for that answer."""
