"""The report says where a session was started and marks answers given elsewhere, without
guessing who the other screen was (helpdesk review 70, H #1: a desk started the session and
read its code out, and the customer's own answers read "(a helper, for example)")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from camreset.core.report import build_report, render_text
from camreset.core.session import Command, Guide
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def test_a_desk_started_session_answered_on_the_phone_and_through_the_api() -> None:
    kb = load_kb()
    guide = Guide(kb)
    state = guide.replay(
        [guide.start(model="tapo-c200", have=parse_have(["pin"]), at=T0, via="web")]
    )
    said = [{"screen": "other"}, {"via": "api"}, {"via": "api", "by": "helpdesk"}]
    for n, data in enumerate(said, start=1):
        step = state.current
        command = Command("answer", step.id, step.answers[0].id, data)
        state = guide.extend(state, [guide.command(state, command, T0 + timedelta(minutes=n))])
    report = build_report(kb, state)
    assert [(s.screen, s.by) for s in report.steps] == [
        ("other", None),
        ("other", None),  # the API on a session a web page started: another client
        ("other", "helpdesk"),
    ]
    text = render_text(report)
    assert text.count("(entered on another screen)") == 2
    assert text.count("(entered by the helpdesk)") == 1
    started = next(line for line in text.splitlines() if line.lstrip().startswith("Started"))
    assert "on a web page" in started
    key = next(line for line in text.splitlines() if "Another screen" in line)
    assert "helper" not in key and "for example" not in key
