"""Whose password it is, asked first: a reset camera that "asks for a password I don't have".

A camera that asks for a password once reset may have been activated by a recorder, which
sets its own password on the cameras on its ports (Hikvision's and EZVIZ's recorders use
their admin password), or be locked to the provider that supplied it. Either is a question of
half a minute, and the engine may rank a reset again first, where it fixes the likeliest
causes together: a Hikvision dome behind its recorder was sent to hold its button inside the
housing a second time before "Does the camera's cable run to a recorder?", and a provider's
camera of another brand was never asked whether a provider supplied it (review 69, U #4, #5).
So on that road, while the question may be asked and has no answer, it comes before any other
step: for a camera of another or unknown brand, whether a provider supplied it; then, for one
that may be on a network cable, whether that cable runs to a recorder. Once it is said to
run to one, the recorder's step (its admin password first) comes before another press.
A camera a provider supplied is reset fully once, its page saying why, and if it still asks
for a password, sent to that provider at once (PROVIDER_AFTER_RESET_RULES).
"""

from __future__ import annotations

from camreset.core.engine.evidence import ActionFailed, Answered, Evidence, live_evidence
from camreset.core.engine.policy import Recommendation
from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.knowledge import OTHER
from camreset.core.kb.troubleshooting import Capability, Phase
from camreset.core.present.said_notices import PROVIDER_RESET_NOTICE
from camreset.core.present.step import Step
from camreset.core.session.fold import Fold
from camreset.core.session.later_rules import PROVIDER_AFTER_RESET_RULES, WHOSE_PASSWORD_RULES
from camreset.core.session.poe_feed import question_instead
from camreset.core.session.said import last_said
from camreset.core.session.trouble_first import TROUBLE

ASKS_PASSWORD = "asks-password"
"""The answer "It asks for a password I don't have" to "What went wrong when you added it?"."""
FROM_PROVIDER, ON_RECORDER = "from-provider", "on-recorder"
"""The questions that tell whose password a reset camera asks for."""
FULL_RESET = "full-reset"
THROUGH_RECORDER = "add-through-recorder"
"""The attempt that tries the recorder's password, then resets and adds it through the
recorder."""


def ask_first(
    plan: CameraPlan, fold: Fold, rec: Recommendation, evidence: tuple[Evidence, ...],
    questions: frozenset[str],
) -> Recommendation:  # fmt: skip
    """The question that tells whose password it is instead of `rec`, on the road where the
    camera asks for one, while it may be asked and has no answer."""
    if fold.rules < WHOSE_PASSWORD_RULES or fold.phase is not Phase.setup:
        return rec
    if rec.kind not in ("action", "question") or not _asks_password(plan, fold, evidence):
        return rec
    for question in _whose(plan):
        if rec.step_id == question:
            return rec
        if question in questions and last_said(fold, question) is None:
            return question_instead(plan, fold, rec, evidence, question)
    return rec


def _whose(plan: CameraPlan) -> tuple[str, ...]:
    """The questions to ask, in turn: a provider's lock first for a camera of no known brand
    (an alarm company's or internet provider's camera is rarely one of the listed lines)."""
    return (FROM_PROVIDER, ON_RECORDER) if plan.model.line.id == OTHER else (ON_RECORDER,)


def _asks_password(plan: CameraPlan, fold: Fold, evidence: tuple[Evidence, ...]) -> bool:
    """Whether the latest answer to "What went wrong when you added it?" that still holds is
    that it asks for a password."""
    live = live_evidence(plan.phases[fold.phase].engine, evidence)
    said = [e.answer for e in live if isinstance(e, Answered) and e.question_id == TROUBLE]
    return bool(said) and said[-1] == ASKS_PASSWORD


def recorder_first(plan: CameraPlan, fold: Fold, acts: frozenset[str]) -> frozenset[str]:
    """The presses to hold back while a camera that asks for a password is said to be on a
    recorder and the recorder's step is still to be tried: its admin password may be the
    camera's, with no reset at all."""
    if fold.rules < WHOSE_PASSWORD_RULES or fold.phase is not Phase.setup:
        return frozenset()
    if THROUGH_RECORDER not in acts or THROUGH_RECORDER in fold.tried:
        return frozenset()
    said = last_said(fold, ON_RECORDER)
    if said is None or said.answer != "yes" or not _asks_password(plan, fold, tuple(fold.evidence)):
        return frozenset()
    button = (a for a in acts - {THROUGH_RECORDER} if Capability.button in plan.actions[a].needs)
    return frozenset(button)


def to_the_provider(plan: CameraPlan, fold: Fold) -> bool:
    """Whether a camera a provider supplied, fully reset in this session, still asks for a
    password: only that provider can help now (gh-sercomm-api-14: an SFR camera held 30 s,
    then refused; "You will need to speak to SFR"), not Wi-Fi, app or phone steps."""
    if not _provider_road(plan, fold):
        return False
    return ActionFailed(FULL_RESET) in fold.evidence


def provider_notice(plan: CameraPlan, fold: Fold, step: Step) -> str | None:
    """Above the full reset on that road, before it was tried: why it comes first."""
    page = (step.ref.kind, step.ref.ref, step.ref.stage)
    if page != ("action", FULL_RESET, 0) or not _provider_road(plan, fold):
        return None
    return None if ActionFailed(FULL_RESET) in fold.evidence else PROVIDER_RESET_NOTICE


def _provider_road(plan: CameraPlan, fold: Fold) -> bool:
    """A camera said to come from a provider that asks for a password, in a log that reads it
    so (PROVIDER_AFTER_RESET_RULES), while adding it."""
    if fold.rules < PROVIDER_AFTER_RESET_RULES or fold.phase is not Phase.setup:
        return False
    said = last_said(fold, FROM_PROVIDER)
    return (
        said is not None
        and said.answer == "yes"
        and _asks_password(plan, fold, tuple(fold.evidence))
    )
