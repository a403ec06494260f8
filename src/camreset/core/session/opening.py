"""A session's opening: why the person is here and what their own try showed, before any step.

One skippable run of questions (issue 11, point 2; issue 13, point 3). The first asks what
brings them: a camera that will not reset, one that reset but cannot be added again (the
session then starts at adding it), one that came from someone else (asked whether it has been
reset since: if so, adding it is next, else the reset; where its sources say a reset leaves it
on its first owner's account, whether they took it off first), or a reason that may not need a
reset at all — a forgotten password (the vendor's recovery route, where the knowledge base
has one), a move to another Wi-Fi network (the app's own route, where sourced), or selling it
(remove it from the account first; the job then ends once it is reset, and where the
sources say removing it is itself a reset, a look at it in setup mode ends it). Where no route is
sourced the session says so and goes on to the reset. Then, if they already tried, the
knowledge base's `first_try` questions (how long they held, whether it reacted, whether it
restarted) are asked as evidence the engine weighs, so the first step is not a blind repeat.

The state lives in the fold (`Opening`); this module only moves it on. It is shared by the
session and the benchmark's simulated sessions, so both make the same decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from camreset.core.engine.evidence import ActionFailed
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.connection import without_wifi
from camreset.core.kb.power_values import JOINS_ITS_HUB
from camreset.core.kb.troubleshooting import Capability, Have, Phase
from camreset.core.present.account_words import (
    STILL_BOUND,
    cant_sign_in_words,
    hub_for_buyer,
    may_stay_bound,
    not_freed_by_reset,
)
from camreset.core.present.detour_steps import NO_POWER, WONT_SWITCH_ON
from camreset.core.present.end_messages import ACCOUNT_END
from camreset.core.present.first_owner_step import (
    OWNER_NO_HUB,
    OWNER_REMOVED,
    OWNER_UNREACHABLE,
    not_yet_words,
    unreachable_words,
    without_hub_words,
)
from camreset.core.present.opening_answers import ACCOUNT_HELP, CANT_SIGN_IN
from camreset.core.present.opening_answers import NOT_FOR_ME as NOT_FOR_ME_ANSWER
from camreset.core.present.opening_steps import account_only
from camreset.core.present.words import CANT, NOT_SURE, SKIP
from camreset.core.session.dark import unpowered
from camreset.core.session.rules import (
    HUB_OWNER_RULES,
    LOCKED_OUT_SKIP_RULES,
    NETWORK_MOVE_RULES,
)
from camreset.core.session.said import Derived
from camreset.core.session.signed_out import note_signed_out

ADD_AGAIN = "add-again"
"""Adding it as a new camera: what "It reset, but I can't add it" says was tried and failed,
so it is not the likeliest way on (a reviewer's Reolink, "I can't do this" on "Add it again",
went to support with "it only has to be added" still at 81 %: helpdesk review 40)."""

if TYPE_CHECKING:
    from camreset.core.session.fold import Fold

REASON, TRIED, RESET_SINCE, DONE = "reason", "tried", "reset-since", "done"
REMOVAL_RESET = "removal-reset"
"""After taking a camera off the account where the sources say that resets it (Kasa, Nest,
Arlo; the Tapo seed: "may trigger a reset"): is it in setup mode now? A phone reviewer's
Nest, taken off the account, was sent to its reset hole all the same."""
IN_SETUP_MODE = "yes"
REASONS = (
    "wont-reset", "no-power", "cant-add", "second-hand", "forgot-password", "new-wifi",
    "selling", "other-fault",
)  # fmt: skip
ROUTES = {"forgot-password": "recovery", "new-wifi": "wifi-route", "selling": "unbind"}
"""The opening step that shows a way round (or before) the reset, for each reason."""
ROUTE_WORKED, ROUTE_NEXT, REMOVED = "worked", "reset-it", "removed"
OFF_ACCOUNT = "off the account: the app cannot reset it now"
MAYBE_RESET = "off the account: removing it may have reset it"
SINCE_RESET, SINCE_FAILED, SINCE_NOT = "reset", "didnt-take", "no"
"""Has a second-hand camera been reset since it changed hands: yes, tried without luck, no."""
UNREACHABLE_ALONE = (
    "No source we have gives a way for a new owner alone: ask {brand} support to release it, "
    "giving the serial number from its label."
)
FIRST_OWNER = "first-owner"
"""Then, where every source says a reset leaves it on its first owner's account (Ring): have
they taken it off? (web review 56, F6: the warning had no answer to match it)."""
NOT_FOR_ME = NOT_FOR_ME_ANSWER.id
"""On the recovery page: reset it, without saying the maker's recovery failed."""
HUB_ROUTE = "hub-route"
"""The way round a reset for a camera that joins its own hub, moving to new Wi-Fi: move the
hub (an Arlo Pro on its base station was sent to "Remove Device" and a reset instead: product
review 49)."""
NO_ROUTE = {"recovery": "no-recovery", "wifi-route": "no-wifi-route"}
MOVE_ROUTE = "move-route"
"""Moving a camera no sourced route moves (on its cable, or with no app): connect it there, or
look in its settings, and say whether that worked (E F4; the notice it replaces had no answer
for it)."""
"""The notice for the next step when a route's facts are missing (no source gives one)."""


@dataclass
class Opening:
    """Where the opening stands: its stage, the reason given, the next first-try question,
    and a notice for the next step (a route no source gives)."""

    stage: str = REASON
    reason: str | None = None
    index: int = 0
    notice: str | None = None
    since: str | None = None
    """The answer to "Have you reset it since you got it?", acted on after FIRST_OWNER."""

    @property
    def done(self) -> bool:
        return self.stage == DONE


def has_route(plan: CameraPlan, route: str) -> bool:
    """Whether the knowledge base gives this camera the route (unbinding always has the app)."""
    model = plan.model
    if route == "recovery":  # or only the app account's, for a camera added in an app
        return bool(model.lists.get("password_recovery")) or account_only(model)
    if route == "wifi-route":  # a camera on a cable (PoE, or added only over it): no Wi-Fi
        return "wifi_change" in model.facts and not without_wifi(model)
    return True


def first_try(plan: CameraPlan) -> tuple[str, ...]:
    """The opening's questions about the person's own try with the button, for a camera that
    has one (nobody held the button of a camera without)."""
    button = plan.model.button
    if button is None or not button.present:
        return ()
    return tuple(q for q in plan.first_try if q in plan.reset.questions)


def current(plan: CameraPlan, opening: Opening) -> str:
    """The id of the opening step on screen: a stage, or a first-try question's id."""
    if opening.stage == "first-try":
        return first_try(plan)[opening.index]
    return opening.stage


def _first_try_or_done(plan: CameraPlan, opening: Opening, index: int = 0) -> None:
    questions = first_try(plan)
    if index < len(questions):
        opening.stage, opening.index = "first-try", index
    else:
        opening.stage = DONE


def answer(fold: Fold, plan: CameraPlan, step: str, given: str) -> str | None:
    """Move the opening on after `given` on its step `step`; the result words, if any."""
    opening = fold.opening
    opening.notice = None
    if step == FIRST_OWNER:  # the answer about the reset since is acted on now
        return _first_owner(fold, plan, given)
    if opening.stage == FIRST_OWNER:  # a first-try question from a log saved before it
        older_log(fold, plan)
    if given == SKIP:
        opening.stage = DONE
        if step == ROUTES["forgot-password"] and fold.rules >= LOCKED_OUT_SKIP_RULES:
            _locked_out(fold, plan)  # the app's reset needs an account they may be out of
        return None
    if step == REASON:
        return _reason(fold, plan, given)
    if step == ROUTES["forgot-password"] and given == "second-hand":  # a buyer: never knew it
        return _reason(fold, plan, given)
    if step in (*ROUTES.values(), HUB_ROUTE, MOVE_ROUTE):
        if given == ROUTE_WORKED:
            fold.outcome = "not-needed"
            opening.stage = DONE
            return "no reset needed"
        if given == ACCOUNT_HELP.id:  # a reset changes no account password: its support
            fold.outcome, opening.stage = ACCOUNT_END, DONE
            return "the account's way back in did not work"
        result = None
        if given == REMOVED:  # off the account: the app can no longer reach it to reset it
            fold.off_account = True
            by_app = _through_the_app(plan)
            result = OFF_ACCOUNT if by_app - fold.ruled_out else None
            fold.excluded.update(by_app)
        if given == CANT_SIGN_IN:  # reset it without the app, and the way back in said
            fold.excluded.update(_through_the_app(plan))
            opening.notice = cant_sign_in_words(plan.model)
        if given == ROUTE_NEXT and step == ROUTES["forgot-password"]:  # tried, did not work:
            fold.excluded.update(_attempts_needing(plan, Capability.recovery))  # not offered again
        if given == REMOVED and plan.model.reset_by_removal():
            if plan.model.value("reset_after_removal") is not True:
                opening.stage = REMOVAL_RESET  # "the app can no longer reset it" once it did not
                return MAYBE_RESET if result else None
            # the maker says to reset it as well (Google, for a Nest not used again), whatever
            # a guide says of removing it: a light after removal is not taken for a reset
            opening.notice = "reset-after-removal"
        _tried_or_done(plan, opening)
        return result
    if step == REMOVAL_RESET:
        if given != IN_SETUP_MODE:  # not in setup mode, or not sure: the reset is next (the
            _tried_or_done(plan, opening)  # removal said the app can no longer reset it)
            return None
        fold.reset = fold.done = True  # a seller's job ends once it is reset (reset_only)
        opening.stage = DONE
        return "camera reset"
    if step == RESET_SINCE:
        return _reset_since(fold, plan, given)
    if step == TRIED:
        if given == "yes":
            _first_try_or_done(plan, opening)
        else:
            fold.untried = given == "no"
            opening.stage = DONE
        return None
    fold.question(plan, step, given)  # a first-try question: evidence like any answer
    _first_try_or_done(plan, opening, opening.index + 1)
    return None


BACK_IN = "new password set: no reset needed"


def back_in(fold: Fold, plan: CameraPlan, ref: str) -> bool:
    """The maker's recovery (attempt `ref`) gave the camera a new password: the person is
    back in, and nothing was reset that would need adding again (the end page says it was not
    reset). Not so for a camera that came from someone else, which may still be on their
    account, nor for one being sold (its recovery is never offered)."""
    return plan.by_recovery(ref) and fold.opening.reason not in ("second-hand", "selling")


def _locked_out(fold: Fold, plan: CameraPlan) -> None:
    """Skipped on a forgotten password: without the resets made in the brand's app (which
    need its account), where another way to reset it is left, and the next step says why."""
    app = _through_the_app(plan)
    if app and set(plan.reset.actions) - app - fold.excluded:
        fold.excluded.update(app)
        fold.opening.notice = "locked-out-skip"
        note_signed_out(fold)


def _attempts_needing(plan: CameraPlan, need: Capability) -> set[str]:
    """The reset attempts that go through `need`, e.g. the maker's password recovery."""
    return {a for a in plan.reset.actions if need in plan.actions[a].needs}


def _through_the_app(plan: CameraPlan) -> set[str]:
    """The reset attempts made in the maker's app (its reset, removing the camera there):
    only an account the camera is on can make them."""
    return {a for a, spec in plan.reset.actions.items() if Have.app in spec.requires}


def _reason(fold: Fold, plan: CameraPlan, given: str) -> str | None:
    opening = fold.opening
    opening.reason = given if given in REASONS else None
    if given in (NOT_SURE, CANT) or given not in REASONS:
        opening.stage = DONE
        return None
    if given == "wont-reset":
        _first_try_or_done(plan, opening)
        return None
    if given == NO_POWER:  # a dark camera: its power first (a battery's charge, its outlet)
        opening.stage = DONE
        fold.untried = True  # no press could have reset it
        fold.evidence.extend(unpowered(fold, plan))
        return WONT_SWITCH_ON
    if given == "second-hand":  # reset by its first owner, or still on their Wi-Fi?
        if "second-hand" in plan.setup.questions:  # evidence for adding it, whatever comes
            fold.parked.setdefault(Phase.setup, []).append(Derived("second-hand", "yes"))
        opening.stage = RESET_SINCE
        return None
    if given == "cant-add":
        said = _start_at_adding(fold, opening)
        if ADD_AGAIN in plan.setup.actions:  # they tried adding it: it did not take
            fold.evidence.append(ActionFailed(ADD_AGAIN))
        return said
    if given == "selling":  # a new password is no reset for the buyer
        fold.reset_only = True
        fold.excluded.update(_attempts_needing(plan, Capability.recovery))
    if given == "forgot-password":  # what they lack was just said: never asked "do you know it?"
        password = Have.admin_password.value
        fold.have.discard(password)
        fold.cannot.add(password)
        fold.refused.add(password)
    route = ROUTES.get(given)
    if route is not None and has_route(plan, route):
        opening.stage = route
        return None
    wired = route == "wifi-route" and without_wifi(plan.model)
    hub = plan.model.pairs_via  # it reaches the network through its hub (a eufy HomeBase)
    if route == "wifi-route" and not wired and hub is not None and hub.kind in JOINS_ITS_HUB:
        opening.stage = HUB_ROUTE  # the hub moves to the new network, not the camera
        return None
    if route == "wifi-route" and not wired and account_only(plan.model):
        opening.stage = route  # the app's settings first, with "that worked" to answer
        return None
    if route == "wifi-route" and fold.rules >= NETWORK_MOVE_RULES:
        opening.stage = MOVE_ROUTE
        return None
    opening.notice = "wired-move" if wired else NO_ROUTE.get(route or "")
    _tried_or_done(plan, opening)
    return None


def _first_owner(fold: Fold, plan: CameraPlan, given: str) -> str | None:
    """Taken off the first owner's account, or not (yet): the reset or adding it comes next,
    as "reset since?" said; the warning stays above it unless they took it off, and one the
    new owner cannot reach is told what the sources say they can do alone."""
    result = _reset_since(fold, plan, fold.opening.since or SINCE_NOT, ask_owner=False)
    if given == SKIP:
        fold.opening.stage = DONE  # no more questions: not the first-try ones either
    if given == OWNER_REMOVED:
        fold.opening.notice = None
    elif given == OWNER_UNREACHABLE:  # what a new owner can do alone, else its maker
        routes = unreachable_words(
            plan.model, UNREACHABLE_ALONE.format(brand=plan.model.line.brand)
        )
        fold.opening.notice = f"You said you can't reach its first owner. {routes}"
    elif given == OWNER_NO_HUB:  # their own hub: the first owner's is none of theirs
        fold.opening.notice = without_hub_words(plan.model)
    elif given:  # not yet, not sure, or skipped: a short reminder ("" replays an old log)
        fold.opening.notice = not_yet_words(plan.model)
    return result


def _reset_since(fold: Fold, plan: CameraPlan, given: str, *, ask_owner: bool = True) -> str | None:
    """A second-hand camera: start at adding it once it has been reset since it changed hands,
    else at the reset (a camera still set up for its first owner's Wi-Fi is not found by the
    app as new). That it came from someone else is already evidence for adding it (never
    asked again, nor checked once more). Where its sources say a reset leaves it on its first
    owner's account, or it pairs through a hub that stays on it, whether they took it off is
    asked first (`ask_owner`)."""
    if ask_owner and (not_freed_by_reset(plan.model) or hub_on_an_account(fold, plan)):
        fold.opening.since, fold.opening.stage = given, FIRST_OWNER
        return None
    # said first where it needs them whatever comes next, and before any reset where the
    # sources do not all say a reset frees it (a buyer's Wyze met its first owner's account
    # only when adding it failed: owner review 45)
    before_reset = given != SINCE_RESET and may_stay_bound(plan.model)
    if not_freed_by_reset(plan.model) or before_reset:
        fold.opening.notice = STILL_BOUND
    if given == SINCE_RESET:
        return _start_at_adding(fold, fold.opening)
    # Not reset since it changed hands: it is still in its first owner's app, not theirs.
    fold.excluded.update(_through_the_app(plan))
    if given == SINCE_FAILED:  # their own try did not take: as "it won't reset"
        _first_try_or_done(plan, fold.opening)
        return None
    fold.untried = given == SINCE_NOT
    fold.opening.stage = DONE
    return "starts at the reset"


def hub_on_an_account(fold: Fold, plan: CameraPlan) -> bool:
    """A camera that pairs through a hub a buyer needs too: whatever a reset does to the
    camera, a hub sold with it stays on its first owner's account until they remove it, and
    the buyer's app cannot show either (second-hand review 64, F1: a Tapo C420 was sent to
    add itself "through the Tapo H200 hub" with nothing asked about that hub)."""
    return fold.rules >= HUB_OWNER_RULES and hub_for_buyer(plan.model) is not None


def older_log(fold: Fold, plan: CameraPlan) -> None:
    """A step answered while "Have you reset it since you got it?" is open comes from a log
    saved before that question existed, when "It came from someone else" began at adding the
    camera: the session is folded as it was then (so stored sessions replay as they ran)."""
    if fold.opening.stage == RESET_SINCE:
        _reset_since(fold, plan, SINCE_RESET, ask_owner=False)
    elif fold.opening.stage == FIRST_OWNER:  # saved before that question: as it ran then,
        _first_owner(fold, plan, "")  # its warning shown on the page now answered
        fold.opening.notice = None


def _start_at_adding(fold: Fold, opening: Opening) -> str:
    fold.reset = True  # a camera that was not really reset fails to add: back to the reset
    fold.switch(Phase.setup)
    opening.stage = DONE
    return "starts at adding it again"


def _tried_or_done(plan: CameraPlan, opening: Opening) -> None:
    """Ask whether they already tried the button, where there is one to try."""
    opening.stage = TRIED if first_try(plan) else DONE
