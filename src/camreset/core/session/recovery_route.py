"""The recovery-code page's route for someone the brand's app cannot help: the page is built
once per camera with the route through the app first (a home owner's easiest way back in),
but a buyer whose camera is still on its first owner's account, with a computer and no
Hik-Connect app at hand, was sent to the Hik-Connect app (phone review 60, #8). The opening's
own recovery page already leaves out the app's route without the app (steps.py). The attempt
also says why a password is offered to someone who came for a reset (`why_offered`)."""

from __future__ import annotations

from dataclasses import replace

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.values import RecoveryKind
from camreset.core.present.setup_words import through_app
from camreset.core.present.step import Step
from camreset.core.session.first_owner import on_first_owners_account
from camreset.core.session.state import SessionFold

RECOVERY = "vendor-code-reset"
FORGOT = "forgot-password"
COMPUTER_ROUTE = "The {app} app is not at hand, so this is {brand}'s way back in without it."
"""Not "you have a computer": EZVIZ's way without the app is a QR scanner (diff review 61)."""
WHY_OFFERED = (
    "Why a password step: {brand}'s own way back in sets a new password without pressing "
    "the reset button. If a lost password is why you wanted the reset, it saves you one. If "
    "you need the reset itself (to sell the camera or to start afresh), choose “I can't do "
    "this”."
)
"""Above the maker's recovery as an attempt, for someone who never said they forgot a password:
"It won't reset" on a Hikvision went straight to "Recovery code from Hikvision" with no word
why (KB source audit 68, R13)."""
NOT_THEIR_ROUTE = (
    "The {app} app's way works only for the account the camera is on, likely its first "
    "owner's: this is {brand}'s way back in without the app."
)


def route_without_app(plan: CameraPlan, fold: SessionFold, step: Step) -> Step:
    """The recovery-code page with the first route that does not go through the app, where a
    computer is at hand and the camera is still on someone else's account or the app is not
    at hand (`route_notice` says why)."""
    routes = _routes(plan, fold, step)
    if routes is None:
        return step
    through, other = routes
    return replace(step, text=step.text.replace(through, other, 1))


def route_notice(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """Why the recovery-code page gives the route without the app, or None."""
    app = plan.model.app
    if app is None or _routes(plan, fold, step) is None:
        return None
    words = NOT_THEIR_ROUTE if on_first_owners_account(fold) else COMPUTER_ROUTE
    return words.format(app=app, brand=plan.model.line.brand)


def _routes(plan: CameraPlan, fold: SessionFold, step: Step) -> tuple[str, str] | None:
    """(the app's route on the page, the first route without the app) where the page should
    give the second, else None."""
    ref, app = step.ref, plan.model.app
    if (ref.kind, ref.ref, ref.stage) != ("action", RECOVERY, 0) or not app:
        return None
    if "computer" not in fold.have:  # the other routes are a computer's (SADP, web page)
        return None
    if not on_first_owners_account(fold) and not (fold.asked and "app" not in fold.have):
        return None
    routes = [r.route for r in plan.model.recovery(RecoveryKind.device)]
    through = [r for r in routes if through_app(r, app)]
    other = [r for r in routes if not through_app(r, app)]
    if not through or not other or (through[0] not in step.text and other[0] not in step.text):
        return None  # the page's words are the KB's own (no route filled in)
    return through[0], other[0]


def why_offered(plan: CameraPlan, fold: SessionFold, step: Step) -> str | None:
    """Why the maker's recovery, as an attempt's first page, is offered to someone who came
    for something other than a forgotten password (one who did is told on its opening page)."""
    ref = step.ref
    if ref.kind != "action" or ref.stage != 0 or not plan.by_recovery(ref.ref):
        return None
    if fold.opening.reason == FORGOT:
        return None
    return WHY_OFFERED.format(brand=plan.model.line.brand)
