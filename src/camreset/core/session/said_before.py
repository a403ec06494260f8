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
from camreset.core.kb.troubleshooting import StepSpec, WaitFor
from camreset.core.kb.values import RecoveryKind
from camreset.core.present.account_words import (
    buyer_routes,
    first_owner_at_support,
    hub_for_buyer,
    hub_for_owner,
    still_signed_out_words,
)
from camreset.core.present.detour_steps import (
    OFFLINE,
    not_at_hand,
)
from camreset.core.present.device_noun import in_its_own_words
from camreset.core.present.fingertip import for_a_fingertip
from camreset.core.present.lights import sign_showing, without_light
from camreset.core.present.network_words import on_factory_address
from camreset.core.present.said_notices import (
    CLICK_FELT_NOTICE,
    FOR_NEW_OWNER_CHECK,
    FOR_NEW_OWNER_QR_CHECK,
    FOUND_BUTTON_NOTICE,
    NO_APP_NOTICE,
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
from camreset.core.session.app_pages import asks_the_app, uses_app
from camreset.core.session.asked_again import asked_again
from camreset.core.session.behind_recorder import recorder_notices
from camreset.core.session.cut_short import wait_cut_short
from camreset.core.session.dark_notice import dark_notice, hold_while_dark, wait_while_dark
from camreset.core.session.detours_said import (
    found_for,
    said_nothing_happened,
    same_page,
    stopped_by_something_else,
)
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
from camreset.core.session.light_said import no_light, setup_light_picked, sign_already_shown
from camreset.core.session.longer_hold import longer_hold_notice
from camreset.core.session.low_battery import low_battery_notice
from camreset.core.session.no_hub_yet import with_no_hub_answer
from camreset.core.session.no_sight import can_wait_again
from camreset.core.session.not_sure_kept import kept_notice
from camreset.core.session.opening import (
    ADD_AGAIN,
)
from camreset.core.session.poe_feed import feed_notice
from camreset.core.session.power_said import not_said_notice
from camreset.core.session.recovery_route import route_notice, route_without_app, why_offered
from camreset.core.session.recovery_said import (
    declined_route_back,
    ended_on_recovery,
    recovery_failed,
    why_recovery,
)
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


def as_said(step: Step, plan: CameraPlan, fold: SessionFold) -> Step:
    """`step` fitted to what the person said before it: no light, no app, nothing seen while
    holding, a seller's app check, a recovery that failed, an app showing the camera
    offline, a wait not sat out, no hub of their own yet."""
    step = with_no_hub_answer(plan, route_without_app(plan, fold, step))
    if no_light(plan, fold, step):
        step = without_light(step, plan.model.hold)
    elif sign_already_shown(plan, fold):
        step = sign_showing(step)
    if not_at_hand(fold.history):  # the pin of someone who presses the button by hand
        step = replace(step, text=for_a_fingertip(step.text))
    app = plan.model.app
    if "app" in fold.cannot and uses_app(step, app) and not app_used_since_refused(fold, app):
        step = step.noted(NO_APP_NOTICE.format(app=app))
    elif (
        app
        and on_first_owners_account(fold)
        and asks_the_app(step, app)
        and not _login(plan, step)
        and not (checks_the_app(plan, step) and freed_by_its_reset(fold, plan.model))
    ):
        step = step.noted(not_in_your_app(plan, fold, step, app))
    page = _page(plan, step.ref)
    if page is not None and page.wait is WaitFor.reboot and said_nothing_happened(fold):
        step = step.noted(NOTHING_SEEN_NOTICE)
    if fold.reset_only and page is not None and page.check == "app_finds":
        qr = reads_app_qr(plan.model)
        step = step.noted(FOR_NEW_OWNER_QR_CHECK if qr else FOR_NEW_OWNER_CHECK)
    if (
        step.kind == "outcome"
        and step.ref.ref.startswith("escalate")
        and not fold.reset  # reset since: its password is the factory one, no code needed
        and recovery_failed(plan, fold)
    ):
        own = bool(plan.model.recovery(RecoveryKind.device))
        step = step.noted(RECOVERY_FAILED_NOTICE[own].format(brand=plan.model.line.brand))
    if step.ref.ref == "reset-for-sale" and could_not_sign_in(fold):
        step = step.noted(still_signed_out_words(plan.model))
    if first_owner_may_hold_it(plan, fold, step):
        step = step.noted(first_owner_at_support(plan.model))
    if step.kind == "outcome" and step.ref.ref == "not-needed" and ended_on_recovery(plan, fold):
        step = replace(step, title=NOT_RESET_TITLE)
        step = step.noted(NOT_RESET_NOTICE.format(brand=plan.model.line.brand))
    if page is not None and step.ref.stage == 0 and declined_route_back(plan, fold, step):
        step = step.noted(why_recovery(plan, fold).format(brand=plan.model.line.brand))
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
    if last is not None and last.result == RECORDER_DOUBT and same_page(last.ref, step.ref):
        step = step.noted(RECORDER_DOUBT_NOTICE)
    if last is not None and last.result == NOT_IN_SETUP_MODE:
        step = step.noted(NOT_IN_SETUP_NOTICE)
    if last is not None and last.result == WAITING_AGAIN and same_page(last.ref, step.ref):
        step = step.noted(WAITING_AGAIN_NOTICE)
    if last is not None and found_for(last.ref, last.answer, step.ref):
        step = step.noted(FOUND_BUTTON_NOTICE)
    stopped = stopped_by_something_else(fold)
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
    if last is not None and setup_light_picked(plan, last.answer, last.ref):
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
    if timed_by_light and no_light(plan, fold, step):
        return without_light(step, plan.model.hold).title
    return for_the_signed_out(step, plan, fold).title


def _page(plan: CameraPlan, ref: StepRef) -> StepSpec | None:
    """The attempt's page a step shows (None for a question, a detour or an end)."""
    spec = plan.actions.get(ref.ref) if ref.kind == "action" else None
    return spec.steps[ref.stage] if spec is not None else None


def _login(plan: CameraPlan, step: Step) -> bool:
    """A page asking whether the new password logs in: on the camera's page as in the app."""
    page = _page(plan, step.ref)
    return page is not None and page.check == "new_password"
