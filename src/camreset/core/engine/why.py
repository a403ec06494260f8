"""The short "why" carried by every recommendation: what is likely, what this step would tell.

Structured first (adapters render it their own way), with a one-line English summary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from camreset.core.engine.model import Number, TroubleshootingModel

LEADING = 3
"""How many causes a why lists."""


@dataclass(frozen=True)
class AnswerShift:
    """If the question is answered `answer` (probability now), the leading cause becomes this."""

    answer: str
    probability: Number
    leading: str
    leading_probability: Number
    rises: str = ""
    """The cause this answer makes likelier by the most (probability gained; "" if none)
    among those that make the answer at least 1.5 times as likely as it is overall: what the
    answer points to, where every answer may leave the same cause first."""


@dataclass(frozen=True)
class Why:
    """Leading causes now, plus the step's effect: causes it fixes, or how answers shift belief."""

    leading: tuple[tuple[str, Number], ...]
    fixes: tuple[tuple[str, Number], ...] = ()
    """For an action: (cause, P(fix | cause)) for each cause it can fix, likeliest cause first."""
    p_success: Number | None = None
    """For an action: P(it fixes the device | evidence); for service: 1."""
    answers: tuple[AnswerShift, ...] = ()
    summary: str = ""


def leading(b: Mapping[str, Number], n: int = LEADING) -> tuple[tuple[str, Number], ...]:
    """The `n` likeliest causes, ties by id."""
    return tuple(sorted(b.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def _pct(p: Number) -> str:
    return f"{float(p) * 100:.0f}%"


def _causes(pairs: tuple[tuple[str, Number], ...]) -> str:
    return ", ".join(f"{k} ({_pct(p)})" for k, p in pairs)


def why_action(model: TroubleshootingModel, b: Mapping[str, Number], action_id: str) -> Why:
    action = model.action(action_id)
    fixes = tuple(
        (k, action.fixes[k])
        for k, _ in sorted(b.items(), key=lambda kv: (-kv[1], kv[0]))
        if action.fixes.get(k, 0) > 0
    )
    p: Number = sum(b[k] * q for k, q in fixes)
    lead = leading(b)
    text = (
        f"Most likely: {_causes(lead)}. This step fixes {_causes(fixes)}: "
        f"{_pct(p)} chance it works now."
    )
    return Why(lead, fixes=fixes, p_success=p, summary=text)


def why_question(model: TroubleshootingModel, b: Mapping[str, Number], question_id: str) -> Why:
    question = model.question(question_id)
    shifts: list[AnswerShift] = []
    for ans, table in question.answers.items():
        joint = {k: p * table.get(k, 0) for k, p in b.items()}
        total: Number = sum(joint.values())
        if total <= 0:
            continue
        top, top_p = leading(joint, 1)[0]
        # only a cause the answer is evidence for: "a clear click" rules the broken button
        # out and so raises every other cause a little, but points to none of them
        gains = {
            k: p / total - b[k]
            for k, p in joint.items()
            if p / total > b[k] and 2 * table.get(k, 0) >= 3 * total
        }
        rises = leading(gains, 1)[0][0] if gains else ""
        shifts.append(AnswerShift(ans, total, top, top_p / total, rises))
    lead = leading(b)
    parts = "; ".join(f"if {s.answer}: {s.leading} ({_pct(s.leading_probability)})" for s in shifts)
    text = f"Most likely: {_causes(lead)}. The answer narrows it down: {parts}."
    return Why(lead, answers=tuple(shifts), summary=text)


def why_service(b: Mapping[str, Number]) -> Why:
    lead = leading(b)
    text = (
        f"Most likely: {_causes(lead)}. Calling service now is cheaper on average than "
        "the steps left."
    )
    return Why(lead, p_success=1, summary=text)


def why_none(b: Mapping[str, Number]) -> Why:
    lead = leading(b)
    return Why(lead, summary=f"Most likely: {_causes(lead)}. No step left could fix it.")
