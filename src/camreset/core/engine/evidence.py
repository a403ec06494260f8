"""Evidence (failed actions, answers) and the Bayes updates it causes on the fault belief.

Single-fault model: after an action that did not fix, b'(k) ∝ b(k)·(1 − P(fix | k)); after an
action done only in part, the same for the faults that part addresses and b'(k) = b(k) for the
rest; after an answer, b'(k) ∝ b(k)·P(answer | k). Updates multiply, so their order does not
matter, except that an answer (or a failed action) followed by one of its `stale_after`
actions (done in full or in part) is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from camreset.core.engine.model import Number, TroubleshootingModel
from camreset.errors import EvidenceError

NOT_SURE = "not_sure"


@dataclass(frozen=True)
class ActionFailed:
    """The person did the action and the device still does not work."""

    action_id: str


@dataclass(frozen=True)
class Answered:
    """The person answered a question; `answer` "not_sure" is recorded but changes nothing."""

    question_id: str
    answer: str


@dataclass(frozen=True)
class PartlyDone:
    """The person did the part of an action that addresses `faults` and the device still does
    not work, but never got to the rest: a power step after which a camera stayed dark rules
    its power cause down, and says nothing of the reset it never reached."""

    action_id: str
    faults: frozenset[str]


Evidence = ActionFailed | Answered | PartlyDone
Done = ActionFailed | PartlyDone
"""Evidence that an action was done (in full or in part)."""


def normalise(weights: Mapping[str, Number]) -> dict[str, Number]:
    """Scale to sum 1; all-zero weights mean the evidence is impossible under the model."""
    total = sum(weights.values())
    if total <= 0:
        raise EvidenceError("the evidence has probability zero under the model")
    return {k: w / total for k, w in weights.items()}


def update_after_failure(
    model: TroubleshootingModel, b: Mapping[str, Number], action_id: str
) -> dict[str, Number]:
    """Belief after `action_id` was done and did not fix the device."""
    action = model.action(action_id)
    return normalise({k: p * (1 - action.p_fix(k)) for k, p in b.items()})


def update_after_part(
    model: TroubleshootingModel, b: Mapping[str, Number], done: PartlyDone
) -> dict[str, Number]:
    """Belief after the part of an action that addresses `done.faults` did not fix."""
    action = model.action(done.action_id)
    return normalise(
        {k: p * (1 - action.p_fix(k)) if k in done.faults else p for k, p in b.items()}
    )


def update_after_answer(
    model: TroubleshootingModel, b: Mapping[str, Number], question_id: str, answer: str
) -> dict[str, Number]:
    """Belief after `question_id` was answered `answer` ("not_sure" leaves it unchanged)."""
    question = model.question(question_id)
    if answer == NOT_SURE:
        return dict(b)
    return normalise({k: p * question.likelihood(answer, k) for k, p in b.items()})


def stale_positions(model: TroubleshootingModel, evidence: Sequence[Evidence]) -> set[int]:
    """Positions of answers and failed actions that a later action listed in their
    `stale_after` made stale."""
    stale: set[int] = set()
    for i, item in enumerate(evidence):
        if isinstance(item, Answered):
            after = model.question(item.question_id).stale_after
        else:
            after = model.action(item.action_id).stale_after
        if not after:
            continue
        later = (e.action_id for e in evidence[i + 1 :] if isinstance(e, Done))
        if any(a in after for a in later):
            stale.add(i)
    return stale


def live_evidence(model: TroubleshootingModel, evidence: Sequence[Evidence]) -> list[Evidence]:
    """The evidence still believed: answers made stale by a later repair are dropped."""
    stale = stale_positions(model, evidence)
    return [item for i, item in enumerate(evidence) if i not in stale]


def belief(model: TroubleshootingModel, evidence: Sequence[Evidence]) -> dict[str, Number]:
    """P(fault | live evidence), starting from the model's priors (rescaled to sum 1)."""
    b = normalise(model.faults)
    for item in live_evidence(model, evidence):
        if isinstance(item, ActionFailed):
            b = update_after_failure(model, b, item.action_id)
        elif isinstance(item, PartlyDone):
            b = update_after_part(model, b, item)
        else:
            b = update_after_answer(model, b, item.question_id, item.answer)
    return b


def done_steps(model: TroubleshootingModel, evidence: Sequence[Evidence]) -> frozenset[str]:
    """Ids of actions done and questions with a live answer: never proposed again.

    A question whose every answer went stale may be asked again: the repair changed the
    device, so asking observes something new (the light after another adapter). So may an
    action whose every failure went stale (adding the camera after it was reset again).
    """
    stale = stale_positions(model, evidence)
    out: set[str] = set()
    for i, item in enumerate(evidence):
        if isinstance(item, Done):
            model.action(item.action_id)
            step = item.action_id
        else:
            model.question(item.question_id)
            step = item.question_id
        if i not in stale:
            out.add(step)
    return frozenset(out)
