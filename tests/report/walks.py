"""A walk to the end at support, as the support-report review (67, I) told it: it won't reset,
held a few seconds, nothing happened, then every attempt done and failed, with `told` answers
where their pages come."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.intake import parse_have

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def to_support(kb: KnowledgeBase, model: str, told: dict[str, str]) -> SessionState:
    """The session at its end at support, a paperclip and the app at hand, five minutes a page."""
    guide = Guide(kb)
    state = guide.replay([guide.start(model=model, have=parse_have(["pin", "app"]), at=T0)])
    opening = ["wont-reset", "few-seconds", "nothing", "no-restart"]
    for n in range(60):
        step = state.current
        if step.kind == "outcome":
            break
        first = opening.pop(0) if step.ref.kind == "opening" else told.get(step.ref.ref, "")
        answer = next(a for a in (first, "no", "done", "not_sure", "cant") if step.offers(a))
        at = T0 + timedelta(minutes=5 * (n + 1))
        state = guide.extend(state, [guide.command(state, Command("answer", step.id, answer), at)])
    assert state.current.ref.ref == "escalate"
    return state
