"""Each attempt's first row in the report says what the attempt asked for.

Support-report review 75 G, #3: "19. Enough power — Answer: I can't do this" told an agent who
never saw camreset nothing of what that page said (switch the breaker off, read the
transformer's label). The first page of each attempt now says "Asked for: <the attempt>: <what
it is for>", as the page said it when answered, in every format; a hold keeps its own.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
ASKED = "Reset it from the Tapo app: a software reset that does not need the button"


def _to_the_hold(guide: Guide) -> SessionState:
    """A Tapo C200 session: reset in the app, then another adapter, up to its hold."""
    state = guide.replay([guide.start(model="tapo-c200", have=parse_have(["pin"]), at=T0)])
    at = T0
    for _ in range(30):
        if state.current.timer is not None:
            return state
        ids = [a.id for a in state.current.answers]
        kinds = ("done",) if state.current.kind in ("action", "wait") else ("cant", "no", "yes")
        pick = next((a for a in kinds if a in ids), ids[0])  # no app: the button's reset
        at += timedelta(seconds=30)
        state = guide.extend(
            state, [guide.command(state, Command("answer", state.current.id, pick), at)]
        )
    raise AssertionError("no hold within 30 steps")


def test_the_first_page_of_an_attempt_says_what_the_attempt_asked_for() -> None:
    kb = load_kb()
    guide = Guide(kb)
    state = _to_the_hold(guide)
    report = build_report(kb, state)
    first = next(s for s in report.steps if s.title == "Reset in the app")
    assert first.attempt == ASKED and first.told is None
    text = render_text(report)
    assert f"Reset in the app\n    Answer: Done   Time spent: 30 s\n    Asked for: {ASKED}" in text
    assert f"Reset in the app (asked for: {ASKED})" in render_markdown(report)
    assert json.loads(report.model_dump_json())["steps"][first.number - 1]["attempt"] == ASKED
    # only its first page: the wait after it asks for nothing of its own; the next attempt
    # says its own
    assert report.steps[first.number].title == "Let the camera restart"
    assert report.steps[first.number].attempt is None
    assert any((s.attempt or "").startswith("Power it from another adapter") for s in report.steps)

    # a log written before kept no such words: none are made up for it
    events = [
        e.model_copy(update={"data": {k: v for k, v in e.data.items() if k != "attempt"}})
        for e in state.events
    ]
    report = build_report(kb, guide.replay(events))
    assert ASKED not in render_text(report)
