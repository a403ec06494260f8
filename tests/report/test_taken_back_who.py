"""Three screens on one session: who took an answer back, and when, is said the same way in
the report, on a page and in the terminal (helpdesk review 70, H #9: "The other screen took
back …" with two desks and a phone, and a taken-back row read "(kept; …)" with the answer's
own time)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from camreset.app import SessionService
from camreset.core.present.moved_words import moved_words
from camreset.core.report import build_report, render_text
from camreset.core.session import Command
from camreset.errors import StaleStepError
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

T0 = datetime(2026, 12, 6, 15, 40, tzinfo=UTC)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[SessionService]:
    ticks = iter(range(10_000))
    clock = lambda: T0 + timedelta(seconds=15 * next(ticks))  # noqa: E731
    store = SessionStore.from_url(f"sqlite:///{tmp_path / 's.sqlite3'}")
    svc = SessionService(store, load_kb(), clock=clock)
    yield svc
    svc.close()


def test_a_second_desk_s_undo_is_named_with_its_time(service: SessionService) -> None:
    session_id, state = service.start(model="tapo-c200", have=["pin"], via="web")
    first = state.current  # the phone, which pressed Start
    state = service.apply(
        session_id, Command("answer", first.id, "skip-questions", {"screen": "starter"})
    )
    step = state.current
    a, b = step.answers[0], step.answers[1]
    state = service.apply(
        session_id, Command("answer", step.id, a.id, {"screen": "other"})
    )  # desk A
    with pytest.raises(StaleStepError):  # desk B, at once: noted, not saved
        service.apply(session_id, Command("answer", step.id, b.id, {"screen": "other"}))
    now = service.state(session_id)
    state = service.apply(session_id, Command("undo", now.current.id, None, {"screen": "other"}))
    undo_at = state.events[-1].at
    said = moved_words(state, since=now)
    assert said.said == (f"Another screen took back the answer “{a.label}” to “{step.title}”.")
    report = build_report(service.kb_for(state), state)
    assert report.taken_back[0].undone_at == undo_at
    text = render_text(report)
    row = next(line for line in text.splitlines() if f"— {a.label}" in line)
    assert f"taken back at {undo_at:%H:%M:%S} by another screen" in row
    assert "(kept;" not in row
    assert f"(given first; another screen's “{b.label}” was not saved)" in row


def test_the_helpdesks_undo_says_who_had_entered_the_answer(service: SessionService) -> None:
    """Session 74 B, left over: the phone read "The helpdesk took back the answer …" and not
    whose answer it was; the screen that gave it reads "your answer"."""
    session_id, state = service.start(model="tapo-c200", have=["pin"], via="web")
    first = state.current
    phone = {"screen": "starter"}
    state = service.apply(session_id, Command("answer", first.id, "skip-questions", phone))
    step = state.current
    a = step.answers[0]
    now = service.apply(session_id, Command("answer", step.id, a.id, phone))
    given = len(now.events)  # the phone's answer, as its cookie counts it
    desk = {"screen": "other", "by": "helpdesk"}
    state = service.apply(session_id, Command("undo", now.current.id, None, desk))
    asked = f"“{a.label}” to “{step.title}”"
    said = moved_words(state, since=now).said
    entered = "entered on the screen that started the session"
    assert said == f"The helpdesk took back the answer {asked}, {entered}."
    mine = moved_words(state, since=now, mine=frozenset({given})).said
    assert mine == f"The helpdesk took back your answer {asked}."
