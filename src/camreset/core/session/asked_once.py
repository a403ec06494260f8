"""A reset's password-prompt check not asked twice.

A Reolink RLC-510A's "Is the camera in setup mode now?" says "In setup mode it asks for a new
admin password again … its web page, or the maker's tool on a computer on the same network,
asks you to create one"; "Yes, it is in setup mode" then led to "Does it ask for a new password
on its page?", the same check again (session-71 review E, #4). From logs written under
ASKED_ONCE_RULES, a "Yes" on that setup-mode check ends the attempt where the next check is
the page's own prompt: a camera activated with a password of its own, not added in an app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.guide.adding import added_in_app
from camreset.core.present.adding_words import activates_when_wired, power_kinds
from camreset.core.session.later_rules import ASKED_ONCE_RULES

if TYPE_CHECKING:
    from camreset.core.guide.plan import CameraPlan
    from camreset.core.session.fold import Fold


def prompt_seen(fold: Fold, plan: CameraPlan, ref: str, stage: int) -> bool:
    """Whether "Yes" on page `stage` of `ref` already answered the next check (its page's
    new-password prompt), so that check is not shown."""
    steps = plan.actions[ref].steps
    if fold.rules < ASKED_ONCE_RULES or stage + 2 != len(steps):
        return False
    if steps[stage].check != "setup_mode" or steps[stage + 1].check != "app_finds":
        return False
    kinds = power_kinds(plan.model, fold.said_power or frozenset())
    return activates_when_wired(plan.model) and not added_in_app(plan.model, kinds)
