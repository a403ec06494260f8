"""A page as it reads after what the person has said: no light to watch on this camera, no
way to get the camera's app now, a wait not sat out or ended early, a recovery that failed, a
network check a recorder may explain; and the support page, when what is likeliest needs only
something they lack, or the vendor's own steps for the model were never read. The page's
record is built once per camera (steps.py); these words are added per session, above it (the
vendor's steps: under the support text), so the person is never told to do what they said
they cannot."""

from __future__ import annotations

from dataclasses import replace

from camreset.core.engine.evidence import Answered
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.connection import reads_app_qr
from camreset.core.kb.troubleshooting import Have, StepSpec, WaitFor
from camreset.core.kb.values import RecoveryKind
from camreset.core.present.account_words import (
    buyer_routes,
    first_owner_at_support,
    hub_for_buyer,
    hub_for_owner,
    still_signed_out_words,
)
from camreset.core.present.detour_steps import (
    FIND_HELP,
    OFFLINE,
    OTHER,
    TELL_HOLD,
    WHY_CANT,
    not_at_hand,
)
from camreset.core.present.device_noun import in_its_own_words
from camreset.core.present.fingertip import for_a_fingertip
from camreset.core.present.lights import NO_LIGHT_ID, SEP, sign_showing, without_light
from camreset.core.present.network_words import on_factory_address
from camreset.core.present.said_notices import (
    BUTTON_LOST_RECOVERY,
    CLICK_FELT_NOTICE,
    FOR_NEW_OWNER_CHECK,
    FOR_NEW_OWNER_QR_CHECK,
    FOUND_BUTTON_NOTICE,
    NO_APP_NOTICE,
    NO_BUTTON_RECOVERY,
    NO_PIN_RECOVERY,
    NOT_IN_SETUP_MODE,
    NOT_IN_SETUP_NOTICE,
    NOT_RESET_NOTICE,
    NOT_RESET_TITLE,
    NOTHING_SEEN_NOTICE,
    OFFLINE_AFTER_MOVE_NOTICE,
    OFFLINE_NOTICE,
    OLD_ENTRY_NOTICE,
    OTHER_STOPPED_NOTICE,
    OWN_ACCOUNT_NOTICE,
    OWN_ACCOUNT_RESET_NOTICE,
    RECORDER_DOUBT,
    RECORDER_DOUBT_NOTICE,
    RECOVERY_FAILED_NOTICE,
    SEARCH_AGAIN_NOTICE,
    SETUP_LIGHT_NOTICE,
    STILL_BOUND_NOTICE,
    UNPLUG_NOW_NOTICE,
    WAITING_AGAIN,
    WAITING_AGAIN_NOTICE,
)
from camreset.core.present.step import Step, StepRef
from camreset.core.present.wait_page import leaves_it_on
from camreset.core.session import detours, whose_password
from camreset.core.session.adding_notice import adding_notice
from camreset.core.session.app_in_use import app_used_since_refused
from camreset.core.session.asked_again import asked_again
from camreset.core.session.behind_recorder import recorder_notices
from camreset.core.session.cut_short import wait_cut_short
from camreset.core.session.dark_notice import dark_notice, hold_while_dark, wait_while_dark
from camreset.core.session.first_owner import (
    always_theirs,
    checks_the_app,
    could_not_sign_in,
    first_owner_may_hold_it,
    freed_by_its_reset,
    not_in_your_app,
    on_first_owners_account,
    still_bound,
)
from camreset.core.session.kept_password import in_part_notice
from camreset.core.session.longer_hold import longer_hold_notice
from camreset.core.session.low_battery import low_battery_notice
from camreset.core.session.no_hub_yet import with_no_hub_answer
from camreset.core.session.no_sight import can_wait_again
from camreset.core.session.not_sure_kept import kept_notice
from camreset.core.session.opening import (
    ADD_AGAIN,
    NOT_FOR_ME,
    ROUTE_NEXT,
    ROUTES,
)
from camreset.core.session.poe_feed import feed_notice
from camreset.core.session.power_said import not_said_notice
from camreset.core.session.recovery_route import route_notice, route_without_app, why_offered
from camreset.core.session.said import latest_is
from camreset.core.session.signed_out import for_the_signed_out
from camreset.core.session.state import SessionFold
from camreset.core.session.unsure_power import unsure_notice

REMOVE_OLD_ENTRY = "remove-old-entry"
NOTICES = (
    feed_notice,
    not_said_notice,
    adding_notice,
    dark_notice,
    asked_again,
    longer_hold_notice,
    route_notice,
    why_offered,
    kept_notice,
    in_part_notice,
    recorder_notices,
    detours.not_listed_notice,
    whose_password.provider_notice,
    unsure_notice,
    low_battery_notice,
)
NOT_IN_AN_APP = ("tool", "outcome", "opening")  # they name the app; none is done in it


def as_said(step: Step, plan: CameraPlan, fold: SessionFold) -> Step:
    """`step` fitted to what the person said before it: no light, no app, nothing seen while
    holding, a seller's app check, a recovery that failed, an app showing the camera
    offline, a wait not sat out, no hub of their own yet."""
    step = with_no_hub_answer(plan, route_without_app(plan, fold, step))
    if _no_light(plan, fold, step):
        step = without_light(step, plan.model.hold)
    elif _sign_already_shown(plan, fold):
        step = sign_showing(step)
    if not_at_hand(fold.history):  # the pin of someone who presses the button by hand
        step = replace(step, text=for_a_fingertip(step.text))
    app = plan.model.app
    if "app" in fold.cannot and uses_app(step, app) and not app_used_since_refused(fold, app):
        step = step.noted(NO_APP_NOTICE.format(app=app))
    elif (
        app
        and on_first_owners_account(fold)
        and _asks_the_app(step, app)
        and not _login(plan, step)
        and not (checks_the_app(plan, step) and freed_by_its_reset(fold, plan.model))
    ):
        step = step.noted(not_in_your_app(plan, fold, step, app))
    page = _page(plan, step.ref)
    if page is not None and page.wait is WaitFor.reboot and _said_nothing_happened(fold):
        step = step.noted(NOTHING_SEEN_NOTICE)
    if fold.reset_only and page is not None and page.check == "app_finds":
        qr = reads_app_qr(plan.model)
        step = step.noted(FOR_NEW_OWNER_QR_CHECK if qr else FOR_NEW_OWNER_CHECK)
    if (
        step.kind == "outcome"
        and step.ref.ref.startswith("escalate")
        and not fold.reset  # reset since: its password is the factory one, no code needed
        and _recovery_failed(plan, fold)
    ):
        own = bool(plan.model.recovery(RecoveryKind.device))
        step = step.noted(RECOVERY_FAILED_NOTICE[own].format(brand=plan.model.line.brand))
    if step.ref.ref == "reset-for-sale" and could_not_sign_in(fold):
        step = step.noted(still_signed_out_words(plan.model))
    if first_owner_may_hold_it(plan, fold, step):
        step = step.noted(first_owner_at_support(plan.model))
    if step.kind == "outcome" and step.ref.ref == "not-needed" and _back_in(plan, fold):
        step = replace(step, title=NOT_RESET_TITLE)
        step = step.noted(NOT_RESET_NOTICE.format(brand=plan.model.line.brand))
    if page is not None and step.ref.stage == 0 and _declined_route_back(plan, fold, step):
        step = step.noted(_why_recovery(plan, fold).format(brand=plan.model.line.brand))
    if (step.ref.kind, step.ref.ref, step.ref.stage) == ("action", ADD_AGAIN, 0) and app:
        seen = any(h.ref.kind == "detour" and h.answer == OFFLINE for h in fold.history)
        if seen and REMOVE_OLD_ENTRY not in fold.tried:
            step = step.noted(OLD_ENTRY_NOTICE.format(app=app))
    last = fold.history[-1] if fold.history else None
    if last is not None and last.ref.kind == "detour" and last.answer == OFFLINE:
        moving = fold.opening.reason == "new-wifi"
        notice = OFFLINE_AFTER_MOVE_NOTICE if moving else OFFLINE_NOTICE
        step = step.noted(notice.format(app=app))
    if page is not None:
        step = wait_while_dark(plan, fold, step)
    step = hold_while_dark(plan, fold, step)
    for said in (f(plan, fold, step) for f in NOTICES):
        step = step.noted(in_its_own_words(plan.model, said)) if said else step
    if last is not None and last.result == RECORDER_DOUBT and _same_page(last.ref, step.ref):
        step = step.noted(RECORDER_DOUBT_NOTICE)
    if last is not None and last.result == NOT_IN_SETUP_MODE:
        step = step.noted(NOT_IN_SETUP_NOTICE)
    if last is not None and last.result == WAITING_AGAIN and _same_page(last.ref, step.ref):
        step = step.noted(WAITING_AGAIN_NOTICE)
    if last is not None and _found_for(last.ref, last.answer, step.ref):
        step = step.noted(FOUND_BUTTON_NOTICE)
    stopped = _stopped_by_something_else(fold)
    if stopped is not None and step.ref.kind == "action":
        step = step.noted(OTHER_STOPPED_NOTICE.format(title=stopped))
    if page is not None and page.finds_button and fold.button_found is False:
        step = step.noted(SEARCH_AGAIN_NOTICE)
    elif page is not None and page.finds_button and step.ref.stage == 0 and _felt_click(fold):
        step = step.noted(CLICK_FELT_NOTICE)
    if page is not None and "{power.cut}" in (page.do or "") and _told_not_to_unplug(plan, fold):
        step = step.noted(UNPLUG_NOW_NOTICE)
    bound = step.ref.ref == FULL_RESET and step.ref.stage == 0 and still_bound(plan, fold)
    if bound:
        step = step.noted(STILL_BOUND_NOTICE.format(brand=plan.model.line.brand))
    if bound or (step.ref.ref == RELEASE and step.ref.stage == 0):  # releasing it
        theirs = always_theirs(fold)
        if theirs:
            step = step.noted(OWN_ACCOUNT_RESET_NOTICE if bound else OWN_ACCOUNT_NOTICE)
        elif yourself := buyer_routes(plan.model):
            step = step.noted(yourself)
        if hub := (hub_for_owner if theirs else hub_for_buyer)(plan.model):
            step = step.noted(hub)
    if last is not None and _setup_light(plan, last.answer, last.ref):
        app = plan.model.app
        where = f"in the {app} app" if app else "again"
        light = last.answer_label
        step = step.noted(SETUP_LIGHT_NOTICE.format(light=light, where=where))
    found = _factory_address(fold)
    if found is not None and step.kind != "wait" and step.timer is None and not fold.done:
        step = step.noted(on_factory_address(*found))
    step = can_wait_again(plan, fold, step)
    cut_short = wait_cut_short(plan, fold, step)
    return step.noted(cut_short) if cut_short else step


FULL_RESET = "full-reset"
RELEASE = "release-account"


def _factory_address(fold: SessionFold) -> tuple[str, str] | None:
    """The factory address the latest check found the camera on with DHCP off, if it did,
    and the address the check reached it at."""
    last = fold.network_checks[-1] if fold.network_checks else None
    if last is None or last.result != "factory" or last.camera is None:
        return None
    factory = last.camera.factory_address
    return None if factory is None else (factory, last.address)


def _sign_already_shown(plan: CameraPlan, fold: SessionFold) -> bool:
    """The latest look at the light saw the very pattern a hold watches for."""
    signal = plan.model.value("while_holding")
    led = getattr(signal, "led", None)
    said = [h for h in fold.history if "status-light" in (h.ref.ref, h.ref.subject)]
    return bool(led and said and said[-1].answer.endswith(f"{SEP}{led}"))


def _setup_light(plan: CameraPlan, answer: str, ref: StepRef) -> bool:
    """Whether `answer` to the light question (or its second look) picked the very light
    the sources give for setup mode."""
    setup = plan.model.setup_mode
    if "status-light" not in (ref.ref, ref.subject) or setup is None or not setup.led:
        return False
    return answer.endswith(f"{SEP}{setup.led}")


def _told_not_to_unplug(plan: CameraPlan, fold: SessionFold) -> bool:
    """A restart wait that says not to cut the power ("Do not unplug it") was answered."""
    return any(
        leaves_it_on(plan.model, plan.actions[h.ref.ref], page)
        for h in fold.history
        if (page := _page(plan, h.ref)) is not None
    )


def _felt_click(fold: SessionFold) -> bool:
    """The person's latest answer to "do you feel a click?" was yes."""
    return latest_is(fold, Answered("felt-click", "yes"))


def shown_title(step: Step, plan: CameraPlan, fold: SessionFold) -> str:
    """The title `step` had on its page: only "I can't see a light" renames one (a hold
    until the light changes, timed by the clock instead), so the rest is not worked out."""
    timed_by_light = step.timer is not None and step.timer.until is not None
    if timed_by_light and _no_light(plan, fold, step):
        return without_light(step, plan.model.hold).title
    return for_the_signed_out(step, plan, fold).title


def _no_light(plan: CameraPlan, fold: SessionFold, step: Step) -> bool:
    """The person said they can't see a light, and this page's light is one they can."""
    return any(h.answer == NO_LIGHT_ID for h in fold.history) and not _light_elsewhere(plan, step)


def _found_for(detour: StepRef, answer: str, page: StepRef) -> bool:
    """`page` is the attempt's page whose help finding the button just ended in "found"."""
    found = (detour.kind, detour.ref, answer) == ("detour", FIND_HELP, "found")
    return found and _same_page(page, _interrupted(detour))


def _interrupted(detour: StepRef) -> StepRef:
    """The attempt's page a detour interrupts."""
    return StepRef(detour.seq, "action", detour.subject or "", detour.stage)


def _stopped_by_something_else(fold: SessionFold) -> str | None:
    """The title of the page the last answer, "Something else stops me", was about."""
    last = fold.history[-1] if fold.history else None
    if last is None or (last.ref.kind, last.ref.ref, last.answer) != ("detour", WHY_CANT, OTHER):
        return None
    about = _interrupted(last.ref)
    page = next((h for h in reversed(fold.history) if _same_page(h.ref, about)), None)
    return page.title if page is not None else None


def _same_page(a: StepRef, b: StepRef) -> bool:
    return (a.kind, a.ref, a.stage) == (b.kind, b.ref, b.stage)


def _recovery_failed(plan: CameraPlan, fold: SessionFold) -> bool:
    """The person said the maker's recovery did not work: on its opening page, or as an
    attempt through it whose check said no (a code refused or expired)."""
    for h in fold.history:
        if h.ref.ref == ROUTES["forgot-password"] and h.answer == ROUTE_NEXT:
            return True
        through_recovery = h.ref.kind == "action" and plan.by_recovery(h.ref.ref)
        if through_recovery and h.result is not None and h.answer == "no":
            return True
    return False


def _declined_route_back(plan: CameraPlan, fold: SessionFold, step: Step) -> bool:
    """The maker's recovery as an attempt, after the person said on the recovery page that it
    is not for them."""
    if not plan.by_recovery(step.ref.ref):
        return False
    return any(
        h.ref.ref == ROUTES["forgot-password"] and h.answer == NOT_FOR_ME for h in fold.history
    )


def _back_in(plan: CameraPlan, fold: SessionFold) -> bool:
    """The session ended on the maker's recovery as an attempt (not on its opening page),
    or on a last look at its check."""
    if not fold.history:
        return False
    last = fold.history[-1].ref
    return plan.by_recovery({"action": last.ref, "detour": last.subject}.get(last.kind))


def _why_recovery(plan: CameraPlan, fold: SessionFold) -> str:
    """Why the recovery turned down is on screen again: no button, nothing to press it with,
    or the button's ways used up."""
    if not plan.model.has_button:
        return NO_BUTTON_RECOVERY
    return NO_PIN_RECOVERY if Have.pin.value in fold.cannot else BUTTON_LOST_RECOVERY


def _light_elsewhere(plan: CameraPlan, step: Step) -> bool:
    """A question about a light that is not the camera's (the PoE switch's port)."""
    spec = plan.questions.get(step.ref.ref) if step.ref.kind == "question" else None
    return spec is not None and spec.light_elsewhere


def _page(plan: CameraPlan, ref: StepRef) -> StepSpec | None:
    """The attempt's page a step shows (None for a question, a detour or an end)."""
    spec = plan.actions.get(ref.ref) if ref.kind == "action" else None
    return spec.steps[ref.stage] if spec is not None else None


def _said_nothing_happened(fold: SessionFold) -> bool:
    """The last answer was "No, nothing happened" when asked how to tell the hold worked: a
    restart wait's words ("while it restarts") would then read as if it had."""
    last = fold.history[-1] if fold.history else None
    told = (last.ref.kind, last.ref.ref, last.answer) if last is not None else None
    return told == ("detour", TELL_HOLD, "nothing") or (
        last is not None and last.ref.kind == "action" and last.result == detours.NO_REACTION
    )


def _login(plan: CameraPlan, step: Step) -> bool:
    """A page asking whether the new password logs in: on the camera's page as in the app."""
    page = _page(plan, step.ref)
    return page is not None and page.check == "new_password"


def _asks_the_app(step: Step, app: str) -> bool:
    """Whether a page asks what the app shows (a check, or a question answered from it)."""
    words = f"{step.title} {step.text}"
    generic = " in the app" in words or "the app show" in words
    return uses_app(step, app) or (generic and step.ref.kind not in NOT_IN_AN_APP)


def uses_app(step: Step, app: str | None) -> bool:
    """Whether a page is done in the camera's app (its name, then "app", in its words)."""
    if app is None or step.ref.kind in NOT_IN_AN_APP:
        return False
    return f"{app} app" in f"{step.title} {step.text}"
