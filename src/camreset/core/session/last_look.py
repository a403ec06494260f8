"""The last look before support: which "no" to look at again, and what a yes then does.

Lights are misread and restarts run late, so once per phase, when nothing is left but
support, the last check a person answered "no" is shown again (the `last-look` detour of
core/session/detours.py) — unless a second look cannot change it or cannot be taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed, Answered
from camreset.core.guide.adding import added_in_app
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Have
from camreset.core.present.detour_steps import LAST_LOOK_CHECKS
from camreset.core.session import charge_look
from camreset.core.session.later_rules import LOOK_AT_HAND_RULES
from camreset.core.session.rules import UNTICKED_LOOK_RULES
from camreset.core.session.said import latest_is

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold


REFUSED_AS_ANOTHERS = Answered("add-trouble", "another-account")
"""Adding refused because the camera is on another account: "a camera that has just been
added can take a minute to show up" made no sense after that (product review 49, EZVIZ)."""


def last_look(fold: Fold, plan: CameraPlan) -> tuple[str, int] | None:
    """The check to look at again before support (attempt, page), if this phase has one left:
    a check a person answered "no" in this phase, of a kind a second look can tell."""
    if fold.last_no is None or fold.phase in fold.looked:
        return None
    if latest_is(fold, REFUSED_AS_ANOTHERS):  # the app said why: no second look changes it
        return None
    action, stage = fold.last_no
    if action not in plan.phases[fold.phase].actions:
        return None
    check = plan.actions[action].steps[stage].check
    if fold.rules >= LOOK_AT_HAND_RULES and _on_a_computer_only(fold, plan, check):
        return None  # "no computer", then asked to open its page on one (session 67, M)
    if charge_look.looked_on_charge(plan, fold, action, stage):
        return None  # the reset after charging was the second look (review 67, N #5)
    return (action, stage) if check in LAST_LOOK_CHECKS else None


def _on_a_computer_only(fold: Fold, plan: CameraPlan, check: str | None) -> bool:
    """Whether the look's page is the camera's own web page, opened on a computer on its
    network (a camera added on its page: the app's check is then `_page_check` in
    present/check_steps.py, rendered for the power the person said), and they said they have
    no such computer: a look they cannot take is no look."""
    if not _no_computer(fold):
        return False
    if check == "setup_mode":  # a Hikvision's: SADP on a computer, or a recorder's list
        return _shown_on_a_computer(plan) and not latest_is(fold, ON_A_RECORDER)
    if check != "app_finds":
        return False
    sourced = frozenset(k.value for k in plan.model.power_kinds)
    said = fold.said_power  # narrowed to the sourced ways, as StepRenderer.powered does
    kinds = (said & sourced if said and sourced else said) or sourced
    return not added_in_app(plan.model, kinds)


def _no_computer(fold: Fold) -> bool:
    """Whether the person has no computer at hand: said so when asked, or (UNTICKED_LOOK_RULES)
    left it unticked on the checklist, which the session takes as not at hand until they say
    they have one after all (a paperclip or an app is asked for instead: FETCHABLE)."""
    if fold.rules >= UNTICKED_LOOK_RULES:
        return Have.computer.value in fold.cannot
    return Have.computer.value in fold.refused


ON_A_RECORDER = Answered("poe-source", "recorder")
"""Its cable said to plug into a recorder, whose camera list shows a reset camera too."""


def _shown_on_a_computer(plan: CameraPlan) -> bool:
    """Whether a reset camera shows itself only in its maker's tool on a computer (or a
    recorder's list): no light, sound, voice or Wi-Fi of its own is sourced for it (a
    Hikvision's SADP "Inactive"; merged-diff review 67, N #7)."""
    shown = plan.model.setup_mode
    if shown is None or shown.tool is None:
        return False
    return not (shown.led or shown.sound or shown.voice or shown.wifi_ssid or shown.description)


def seen_after_all(fold: Fold, plan: CameraPlan, action: str, stage: int) -> str:
    """The last look saw what the check had not: the attempt worked after all."""
    failed = [i for i, e in enumerate(fold.evidence) if e == ActionFailed(action)]
    if failed:  # its "no" is no longer evidence
        del fold.evidence[failed[-1]]
    fold.last_no = None
    return fold.check(plan, action, stage, "yes") or "seen on a last look"
