"""A report quotes the answer a person chose in the words they saw: each answer event keeps
its words, and a log from before that, whose label was renamed since, reads in the words of
the day it was given (session-65 diff review, H #12: saved sessions' reports quoted "I can't
see this camera's light, or it has none", a label renamed after they tapped "I can't see a
light on this camera")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from camreset.core.kb import KnowledgeBase
from camreset.core.report import build_report, render_text
from camreset.core.session import Guide, SessionEvent

LABEL = "label"  # events.LABEL: the key an answer event keeps its words under

NOW = "I can't see this camera's light, or it has none"
THEN = "I can't see a light on this camera"
LIGHT_TITLE = "What is the status light doing right now?"


def _no_light_log(make_driver: Any) -> list[SessionEvent]:
    d = make_driver(model="amcrest-ip4m-1046ew", have=("pin",), opening=True)
    for answer in ("wont-reset", "until-change", "nothing", "no-restart"):
        d.send(answer)
    assert d.state.current.title == LIGHT_TITLE
    d.send("no-light")
    return list(d.state.events)


def _as_written(events: list[SessionEvent], at: datetime | None, label: str | None) -> list:
    """The same log with its answers' words as an older camreset wrote them (none), or as
    a later one may have (`label`), its times moved to start at `at`."""
    shift = (at - events[0].at) if at else timedelta(0)
    out = []
    for e in events:
        data = {k: v for k, v in e.data.items() if k != LABEL}
        if label is not None and e.answer == "no-light":
            data[LABEL] = label
        out.append(e.model_copy(update={"at": e.at + shift, "data": data}))
    return out


def _said(guide: Guide, events: list[SessionEvent]) -> str:
    return next(h.answer_label for h in guide.replay(events).history if h.title == LIGHT_TITLE)


def test_an_answer_keeps_its_words_in_its_event(make_driver: Any, guide: Guide) -> None:
    events = _no_light_log(make_driver)
    assert [e.data.get(LABEL) for e in events if e.answer == "no-light"] == [NOW]
    # a label renamed later: the log still reads as chosen
    assert _said(guide, _as_written(events, None, "Some words shown then")) == (
        "Some words shown then"
    )


def test_an_older_log_reads_in_the_words_of_the_day_it_was_answered(
    make_driver: Any, guide: Guide, kb: KnowledgeBase
) -> None:
    events = _no_light_log(make_driver)
    before = _as_written(events, datetime(2026, 12, 5, 9, 0, tzinfo=UTC), None)
    assert _said(guide, before) == THEN
    report = render_text(build_report(kb, guide.replay(before), session_id="s1"))
    assert THEN in report and NOW not in report
    after = _as_written(events, datetime(2026, 12, 6, 9, 0, tzinfo=UTC), None)
    assert _said(guide, after) == (  # a camreset of that day may not have had the new words
        f"{NOW} (its words since 6 December 2026; before then “{THEN}”)"
    )


def test_older_logs_quote_the_answers_this_session_renamed_in_their_words_then(
    make_driver: Any, guide: Guide
) -> None:
    """A Tapo log's report quoted "The camera itself asks for a password: reset it" where the
    person tapped "It's the camera's own password: reset it" (or, on a Ring, "It isn't for
    me: reset it"), and every older skip read "Skip: go straight to the reset" (merged-diff
    review 66, I #2)."""
    d = make_driver(model="tapo-c200", have=("pin",), opening=True)
    d.send("forgot-password")
    d.send("not-for-me")
    old = [
        e.model_copy(update={"data": {k: v for k, v in e.data.items() if k != LABEL}})
        for e in d.state.events
    ]
    said = [h.answer_label for h in guide.replay(old).history]
    assert said[1] == (
        "“It's the camera's own password: reset it” or “It isn't for me: reset it” "
        "(worded “The camera itself asks for a password: reset it” since 6 December 2026)"
    )
    d = make_driver(model="tapo-c200", have=("pin",), opening=True)
    d.send("skip-questions")
    skipped = d.state.events[-1].model_copy(update={"data": {}})
    assert guide.replay([*d.state.events[:-1], skipped]).history[0].answer_label == (
        "Skip these questions"
    )
