"""The support page's words: said plainly when going to support is not yet the next thing to
do (the likeliest cause needs only an attempt done again in full, or something the person
lacks), when every reset at home needed the password they forgot, and when the maker's own
reset steps for the model were never read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from camreset.core.engine.evidence import ActionFailed, PartlyDone
from camreset.core.guide.adding import added_in_app
from camreset.core.guide.plan import CameraPlan, PhasePlan
from camreset.core.kb.resolved import Origin
from camreset.core.kb.troubleshooting import Have, Phase, StepSpec
from camreset.core.kb.values import Hold
from camreset.core.present.detour_steps import STILL_OFF
from camreset.core.present.end_messages import ACCOUNT_END
from camreset.core.present.have_items import have_label
from camreset.core.present.holds import inside_hold_words
from camreset.core.present.in_a_sentence import mid_sentence, without_full_stop
from camreset.core.present.number_words import percent
from camreset.core.present.said_notices import SAID, UNTICKED, VENDOR_PAGE_NOTICE
from camreset.core.present.step import Cause, Step, SupportInstead
from camreset.core.present.support_notices import (
    INSIDE_WAY_NOTICE,
    ONLY_THE_APP_NOTICE,
    PASSWORD_ONLY_NOTICE,
    REDO_WORTH_NOTICE,
    SOMEONE_ELSE_NOTICE,
    TRIED_FOR_IT_NOTICE,
    UNTRIED_WORTH_GETTING_NOTICE,
    WORTH_GETTING_INSIDE_NOTICE,
    WORTH_GETTING_NOTICE,
    WORTH_WHY,
)
from camreset.core.present.why import PLAIN_RESET
from camreset.core.present.words import CANT
from camreset.core.session import detours
from camreset.core.session.causes import NO_FAULT
from camreset.core.session.dark import said_dark
from camreset.core.session.rules import APP_REOPENS_RULES
from camreset.core.session.shown_on import shown_on_for
from camreset.core.session.state import HistoryEntry, SessionFold

WORTH_GETTING = 0.15
"""How likely a cause must be, and how well one attempt must fix it, for the support page to
say that getting what that attempt needs is worth trying first."""


LACKING_REPLACES = ("escalate", "escalate-untried")
"""The support pages that blame the camera, or say nothing could be done: where what is
lacking would deal with the likeliest cause, neither is true (a dead outlet and no other one
was sent to a warranty repair)."""
REDO_REPLACES = (*LACKING_REPLACES, "escalate-after-reset")
"""The same, where a step cut short is worth doing again in full: also the page after the
reset, which says the steps for adding it are used up (web review 55: it said so under "Try
it again")."""
NO_BUTTON = "no-button"
"""The cause that stands in for a missing button's (troubleshooting.yaml): only a reset that
needs no button deals with it, the way inside the camera its sources give among them."""
VENDOR_PAGE = "vendor-instructions"
"""The attempt that reads the vendor's own reset steps for the model."""


Instead = SupportInstead
SUPPORT_INSTEAD: tuple[Instead, ...] = ("lacking", "lacking_after_reset", "redo")
"""The support pages' other words (the KB's `escalation` messages): "worth one more try"
once something lacking is got (before or after the reset), or once a step cut short is done
again in full."""


def before_support(
    step: Step,
    plan: CameraPlan,
    fold: SessionFold,
    likely: list[Cause],
    instead: Mapping[Instead, tuple[str, str] | None],
) -> Step:
    """The support page, saying so when the likeliest cause could be dealt with at home by an
    attempt done again in full, or one the person could not do only for want of something
    they said they can't get (in `instead`'s words, filled, where the page would blame the
    camera or say nothing was tried), and when the vendor's own steps were never tried."""
    if step.kind != "outcome" or not step.ref.ref.startswith("escalate"):
        return step
    if step.ref.ref == ACCOUNT_END:  # locked out of the account: no press is worth trying
        return step  # first, nor getting an outlet for one (diff review 55)
    phase = plan.phases[fold.phase]
    # "nothing stands in the way" is no cause to name (phone review 60, #4)
    top = next((c for c in likely if c.id in phase.engine.faults and c.id not in NO_FAULT), None)
    top = top if top is not None and top.probability >= WORTH_GETTING else None
    kind: Instead = "redo"
    dark = said_dark(plan, fold)  # no press is worth another try on a dark camera
    worth = step if top is None or dark else _worth_redoing(step, phase, fold, top)
    item = ""
    if worth is step and (app := _only_the_app(plan, fold, likely)):
        worth, item = step.noted(ONLY_THE_APP_NOTICE.format(**app)), app["item"]
        kind = "lacking_after_reset"
    elif top is not None and worth is step and not dark and not shown_on_for(plan, fold, top):
        (worth, item), kind = _worth_getting(step, plan, fold, top), "lacking"
    page = instead.get(kind)
    if worth is not step and worth.why is not None:  # not "nothing left to try at home"
        worth = replace(worth, why=replace(worth.why, effect=WORTH_WHY[kind]))
    replaces = REDO_REPLACES if kind != "lacking" else LACKING_REPLACES
    if worth is not step and page is not None and step.ref.ref in replaces:
        lacking = kind != "redo"
        worth = replace(worth, title=page[0], text=page[1], reopens=lacking, redo=not lacking)
        worth = replace(worth, lacking=item if lacking else "")
    if top is not None and worth is step:  # a notice only: the page stays support's
        worth = _someone_else(step, phase, fold, top)
    if top is not None and worth is step:
        worth = _tried_for_it(step, plan, fold, top)
    step = _inside_way(_password_only(worth, plan, fold), plan)
    model, vendor = plan.model, plan.reset.actions.get(VENDOR_PAGE)
    if step.ref.ref != "escalate" or vendor is None or model.generic:
        return step
    if VENDOR_PAGE not in fold.tried and not {h.value for h in vendor.requires} & fold.cannot:
        said = VENDOR_PAGE_NOTICE.format(brand=model.line.brand, model=model.name)
        step = replace(step, text=f"{step.text}\n\n{said}")  # after the contact, not above it
    return step


def _only_the_app(plan: CameraPlan, fold: SessionFold, likely: list[Cause]) -> dict[str, str]:
    """The app in words, and whether the person said they have none, where only the app
    stands between a reset camera and adding it again: it is added in its app, the person
    has none, and nothing found stops it ({} otherwise)."""
    app = Have.app.value
    power = fold.said_power or frozenset(k.value for k in plan.model.power_kinds)
    if fold.phase is not Phase.setup or app not in fold.cannot or not likely:
        return {}
    if fold.rules < APP_REOPENS_RULES:  # an older log: getting the app reopens nothing there
        return {}
    if likely[0].id not in NO_FAULT or not added_in_app(plan.model, power):
        return {}
    said = SAID if app in fold.refused else UNTICKED
    return {"item": mid_sentence(have_label(app, plan.model.app)), "said": said}


FORGOTTEN = Have.admin_password.value
"""What someone who came because they forgot the password cannot get "after all"."""


def _password_only(step: Step, plan: CameraPlan, fold: SessionFold) -> Step:
    """Support with nothing tried, for someone who forgot the password, says why when each
    reset at home needs that password or is the maker's recovery they said did not work."""
    if step.ref.ref != "escalate-untried" or fold.opening.reason != "forgot-password":
        return step
    for action, spec in plan.reset.actions.items():
        tried_recovery = plan.by_recovery(action) and action in fold.excluded
        if not tried_recovery and Have.admin_password not in spec.requires:
            return step
    other = "other " if any(plan.by_recovery(a) for a in plan.reset.actions) else ""
    said, button = PASSWORD_ONLY_NOTICE.format(other=other), plan.model.button
    if button is not None and button.alternative and button.tool is None:
        said = f"{said} No reset button: {without_full_stop(button.alternative)}."
    return step.noted(said)  # a way inside follows on every support page: _inside_way


def _inside_way(step: Step, plan: CameraPlan) -> Step:
    """Every support page of a camera with no button but a way inside it done by hand (the
    IPM-743E's board contacts) names that way and how long, where its sources give a hold
    of its own: it was said only to someone who forgot the password, and without its 5 s,
    while someone whose camera "won't reset" was told the way at home needs that password
    (KB audit 68, R2)."""
    way = inside_way(plan)
    return step.noted(INSIDE_WAY_NOTICE.format(way=way)) if way else step


def inside_way(plan: CameraPlan) -> str:
    """That way inside a camera with no button, with its own hold ("" where there is none)."""
    model, button = plan.model, plan.model.button
    if button is None or button.present or not button.alternative or button.tool is None:
        return ""
    way, hold = without_full_stop(button.alternative), model.value("hold")
    if isinstance(hold, Hold) and model.facts["hold"].origin is Origin.model:
        way = f"{way}, {inside_hold_words(hold)}"
    return way


def _worth_redoing(step: Step, phase: PhasePlan, fold: SessionFold, top: Cause) -> Step:
    """The support page with a notice when its likeliest cause is one an attempt taken in a
    hurry deals with: its failure proved nothing (`fold.doubtful`)."""
    for action in phase.engine.actions:
        doubt = fold.doubtful.get(action.id)
        if doubt and action.fixes.get(top.id, 0) >= WORTH_GETTING:
            cause, chance = mid_sentence(top.name), percent(top.probability)
            first = _last_run_start(fold, action.id)
            title, count = fold.history[first].title, len(fold.history) - first
            said = REDO_WORTH_NOTICE.format(
                cause=cause,
                percent=chance,
                doubt=doubt,
                title=title,
                answers=f"last {count} answers" if count > 1 else "last answer",
                number=first + 1,
            )
            return step.noted(said)
    return step


def _last_run_start(fold: SessionFold, action: str) -> int:
    """Where the latest try of `action` began in the history: its first page of that try."""
    last = max(i for i, h in enumerate(fold.history) if h.ref.ref == action)
    while last > 0 and fold.history[last - 1].ref.ref == action:
        last -= 1
    return last


def _worth_getting(step: Step, plan: CameraPlan, fold: SessionFold, top: Cause) -> tuple[Step, str]:
    """The support page with a notice when its likeliest cause needs only what is lacking,
    and that item in words ("" when nothing is)."""
    phase = plan.phases[fold.phase]
    # not one left, ruled out by the power said, or pressing a button not found
    off = fold.ruled_out | detours.button_lost(plan, fold, frozenset(phase.actions))
    lost = FORGOTTEN if fold.opening.reason == "forgot-password" else None  # no use asking
    for action in phase.engine.actions:
        spec = plan.actions[action.id]
        lacking = [h.value for h in spec.requires if h.value not in fold.have]
        if (
            action.id not in off
            and action.fixes.get(top.id, 0) >= WORTH_GETTING
            and len(lacking) == 1
            and lacking[0] in fold.cannot  # all else it needs is at hand
            and lacking[0] != lost
        ):
            item = mid_sentence(have_label(lacking[0], plan.model.app))
            said = SAID if lacking[0] in fold.refused else UNTICKED
            if step.ref.ref == "escalate-untried":
                return step.noted(UNTRIED_WORTH_GETTING_NOTICE.format(item=item, said=said)), item
            cause, chance = mid_sentence(top.name), percent(top.probability)
            inside = top.id == NO_BUTTON and inside_way(plan)  # it needs neither (R2)
            words = WORTH_GETTING_INSIDE_NOTICE if inside else WORTH_GETTING_NOTICE
            notice = words.format(cause=cause, percent=chance, item=item, said=said)
            return step.noted(notice), item
    return step, ""


def _someone_else(step: Step, phase: PhasePlan, fold: SessionFold, top: Cause) -> Step:
    """The support page with a notice when its likeliest cause is fixed by an attempt the
    person said "I can't do this" to: someone else may do it for them."""
    for action in phase.engine.actions:
        if action.fixes.get(top.id, 0) < WORTH_GETTING:
            continue
        gave_up = [h for h in fold.history if h.ref.ref == action.id and h.answer == CANT]
        if any(h.result == STILL_OFF and h.ref.subject == action.id for h in fold.history):
            continue  # done, and the camera stayed dark: it was not left undone
        if gave_up and action.id in fold.excluded:
            cause, chance = mid_sentence(top.name), percent(top.probability)
            # the attempt by its own page ("Free the switch's power"), not the hold it shares
            # with every other attempt (review 50)
            title = (_acted(phase.actions[action.id].steps, fold, action.id) or gave_up)[0].title
            return step.noted(SOMEONE_ELSE_NOTICE.format(cause=cause, percent=chance, title=title))
    return step


MEANT_FOR = 0.5
"""How well an attempt must fix a cause to count as the step for it."""


def _tried_for_it(step: Step, plan: CameraPlan, fold: SessionFold, top: Cause) -> Step:
    """The support page with a notice when its likeliest cause is what an attempt done in
    full (or, for a camera still dark, its power part) was meant for and that attempt
    failed: the cause leads on the earlier answers, not because the attempt went unheard.
    Named by the page the person acted on (its `do` or hold), not its wait for the camera
    to start."""
    failed = {e.action_id for e in fold.evidence if isinstance(e, ActionFailed)}
    failed |= {  # its power part, for a camera still dark after it
        e.action_id for e in fold.evidence if isinstance(e, PartlyDone) and top.id in e.faults
    }
    for action in plan.phases[fold.phase].engine.actions:
        if action.id not in failed or action.id in fold.doubtful or plan.by_recovery(action.id):
            continue  # a recovery code goes around a cause: it is not the step for it
        if action.fixes.get(top.id, 0) < MEANT_FOR:
            continue
        acted = _acted(plan.actions[action.id].steps, fold, action.id)
        if acted:
            cause, chance = mid_sentence(top.name), percent(top.probability)
            said = TRIED_FOR_IT_NOTICE.format(cause=cause, percent=chance, title=acted[0].title)
            return step.noted(said)
    return step


def _acted(pages: Sequence[StepSpec], fold: SessionFold, action: str) -> list[HistoryEntry]:
    """The answered pages of `action` (its `pages`) the person acted on, its `do` pages or
    hold; the plain reset's hold first: "“Get ready”, the step for it, was done" named
    nothing."""
    acted = [
        h
        for h in fold.history
        if h.kind == "action"
        and h.ref.ref == action
        and h.ref.stage < len(pages)
        and (pages[h.ref.stage].do is not None or pages[h.ref.stage].hold is not None)
    ]
    if action != PLAIN_RESET:
        return acted
    return sorted(acted, key=lambda h: pages[h.ref.stage].hold is None)
