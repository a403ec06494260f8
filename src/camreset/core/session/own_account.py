"""An account the person holds themselves comes before any other way to add the camera.

When the app said the camera belongs to another account and the person said it has always
been theirs, that account is most likely one of their own (another e-mail address, an old
sign-in) or a household member's: signing in there and removing it takes minutes. The engine
prices the release from another account as a previous owner's or the vendor's half hour, so
it ranked a 30-second full reset, then "Remove the old entry" from their own app, first,
under a notice that said to sign in to the other account (phone review 60, #7).
"""

from __future__ import annotations

from camreset.core.engine.evidence import Answered, Evidence, belief
from camreset.core.engine.policy import Recommendation
from camreset.core.engine.why import why_action
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import Phase
from camreset.core.session.fold import Fold
from camreset.core.session.rules import OWN_ACCOUNT_FIRST_RULES
from camreset.core.session.said import latest_is

RELEASE = "release-account"
"""The knowledge base's attempt that takes the camera off the other account."""
ANOTHER_ACCOUNT = Answered("add-trouble", "another-account")
ALWAYS_THEIRS = Answered("second-hand", "no")


def release_first(
    plan: CameraPlan,
    fold: Fold,
    rec: Recommendation,
    evidence: tuple[Evidence, ...],
    acts: frozenset[str],
) -> Recommendation:
    """The release instead of `rec` (another attempt, or support), while it is still to be
    tried for an account that is likely the person's own; a question is left to be asked."""
    if rec.kind not in ("action", "service") or rec.step_id == RELEASE:
        return rec
    if fold.rules < OWN_ACCOUNT_FIRST_RULES:  # an older log replays the steps it was given
        return rec
    if fold.phase is not Phase.setup or RELEASE not in acts or RELEASE in fold.tried:
        return rec
    if not (latest_is(fold, ANOTHER_ACCOUNT) and latest_is(fold, ALWAYS_THEIRS)):
        return rec
    model = plan.phases[fold.phase].engine
    why = why_action(model, belief(model, evidence), RELEASE)
    return Recommendation("action", RELEASE, rec.expected_cost, why)
