"""Whether a second-hand camera is still on its first owner's account, as the person said it:
its app pages then say their own app cannot reach it yet. And what else the person said of
its owners (always theirs, could not sign in to the old account) that decides a page's note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from camreset.core.engine.evidence import Answered
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.present.account_words import Unbinding, hub_for_buyer, may_stay_bound, unbinding
from camreset.core.present.first_owner_step import OWNER_NO_HUB, OWNER_REMOVED
from camreset.core.present.names import with_article
from camreset.core.present.opening_answers import CANT_SIGN_IN
from camreset.core.present.said_notices import HUB_NOT_IN_YOUR_APP_NOTICE, NOT_IN_YOUR_APP_NOTICE
from camreset.core.present.step import Step
from camreset.core.session.opening import FIRST_OWNER, RESET_SINCE, ROUTES, SINCE_FAILED, SINCE_NOT
from camreset.core.session.rules import HUB_OWNER_RULES
from camreset.core.session.said import latest_is

if TYPE_CHECKING:
    from camreset.core.session.state import SessionFold


def on_first_owners_account(fold: SessionFold) -> bool:
    """Not reset since it changed hands, not reset here yet, and not said to be taken off
    the first owner's account (web review 56, F6)."""
    said, history = (SINCE_FAILED, SINCE_NOT), fold.history
    removed = any((h.ref.ref, h.answer) == (FIRST_OWNER, OWNER_REMOVED) for h in history)
    return (
        not fold.reset
        and not removed
        and any(h.ref.ref == RESET_SINCE and h.answer in said for h in history)
    )


def came_without_hub(fold: SessionFold) -> bool:
    """The buyer said the camera came without the hub it pairs through: the one they add it
    through is their own, never on the first owner's account."""
    return any((h.ref.ref, h.answer) == (FIRST_OWNER, OWNER_NO_HUB) for h in fold.history)


def freed_by_its_reset(fold: SessionFold, model: ResolvedModel) -> bool:
    """A camera whose sources all say a reset frees it from its owner's account, with no hub
    that stays on one (none, or one of the buyer's own): the app's check after its reset can
    tell (second-hand review 64, F2: an Arlo Pro 3 was told its app cannot show it on the
    page asking whether the app finds it, and an honest "No" was read as "cannot tell")."""
    frees = unbinding(model) is Unbinding.frees
    no_hub = hub_for_buyer(model) is None or came_without_hub(fold)
    return fold.rules >= HUB_OWNER_RULES and frees and no_hub


def not_in_your_app(plan: CameraPlan, fold: SessionFold, step: Step, app: str) -> str:
    """Why the person's app cannot show the camera yet: its first owner's account, and a hub
    sold with it that is on that account too; on a reset's check of a camera its sources say
    a reset frees, only the hub (second-hand review 64, F2)."""
    paired = plan.model.pairs_via  # a hub sold with it is on that account too
    hub = paired.name if paired is not None and paired.name in step.text else None
    hub = None if came_without_hub(fold) else hub  # theirs: never on that account
    frees = unbinding(plan.model) is Unbinding.frees and fold.rules >= HUB_OWNER_RULES
    if hub and frees and checks_the_app(plan, step):
        return HUB_NOT_IN_YOUR_APP_NOTICE.format(hub=with_article(hub), app=app)
    also = f", and so is {with_article(hub)} sold with it" if hub else ""
    return NOT_IN_YOUR_APP_NOTICE.format(app=app, hub=also, it="them" if also else "it")


def checks_the_app(plan: CameraPlan, step: Step) -> bool:
    """Whether the page is a reset's check done in the app ("Does the app find it?")."""
    spec = plan.actions.get(step.ref.ref) if step.ref.kind == "action" else None
    return spec is not None and spec.steps[step.ref.stage].check == "app_finds"


def first_owner_may_hold_it(plan: CameraPlan, fold: SessionFold, step: Step) -> bool:
    """A support page for a camera that came from someone else, whose sources do not all say
    a reset takes it off its first owner's account."""
    escalated = step.kind == "outcome" and step.ref.ref.startswith(("escalate", "stopped"))
    return escalated and fold.opening.reason == "second-hand" and may_stay_bound(plan.model)


def could_not_sign_in(fold: SessionFold) -> bool:
    return any(h.ref.ref == ROUTES["selling"] and h.answer == CANT_SIGN_IN for h in fold.history)


def always_theirs(fold: SessionFold) -> bool:
    """The person's latest answer to "did the camera come from someone else?" was no."""
    return latest_is(fold, Answered("second-hand", "no"))


def still_bound(plan: CameraPlan, fold: SessionFold) -> bool:
    """The app's last word was "another account", and no source says a reset of this camera
    frees it from one."""
    said = latest_is(fold, Answered("add-trouble", "another-account"))
    found = plan.model.facts.get("reset_unbinds_account")
    claims = found.fact.all_claims if found is not None else []
    return said and not any(claim.value is True for claim in claims)
