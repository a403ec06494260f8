"""A hold timed from its start on one screen to "Done, I let go" on another (helpdesk review
74 F, #3): the customer started the timer on the laptop, picked up the phone mid-hold and
answered there. The log has the start and the answer's time; the report said "none timed"."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.session.conftest import Driver
from tests.session.test_late_hold import at_the_hold

from camreset.core.report import build_report, render_text
from camreset.core.session import Command
from camreset.core.session.later_rules import HELD_ELSEWHERE_RULES

LAPTOP = {"screen": "starter"}
PHONE = {"screen": "other"}


def _held_then_answered(
    make_driver: Any, seconds: float, *, rules: int | None = None, start=LAPTOP, answer=PHONE
) -> tuple[Driver, str]:
    """A Reolink RLC-510A session (hold at least 10 s): its timer started on one screen, then
    "Done, I let go" given on another `seconds` later, with no hold of its own."""
    d = at_the_hold(make_driver, rules)
    page = d.state.current
    pressed = d.state.current_since + timedelta(seconds=20)
    holding = d.guide.command(d.state, Command("holding", page.id, data=dict(start)), pressed)
    d.state = d.guide.extend(d.state, [holding])
    at = pressed + timedelta(seconds=seconds)
    done = d.guide.command(d.state, Command("answer", page.id, "done", data=dict(answer)), at)
    d.state = d.guide.extend(d.state, [done])
    return d, page.title


def _report_row(d: Driver, title: str) -> Any:
    return next(s for s in build_report(d.guide.kb, d.state).steps if s.title == title)


def test_the_answer_on_another_screen_carries_the_hold_from_its_start(make_driver: Any) -> None:
    d, title = _held_then_answered(make_driver, 14.2)
    entry = d.state.history[-1]
    assert entry.held == 14.2 and entry.held_start == "starter"
    row = _report_row(d, title)
    assert row.held == 14.2 and row.held_start == "starter" and not row.held_late
    assert d.state.current.title != "That was a short hold"  # 14 s of at least 10: enough


def test_a_short_hold_timed_so_is_asked_about(make_driver: Any) -> None:
    """6 s from the laptop's start to the phone's "Done": the page after asks about a short
    hold, as it does after a short hold timed on the page itself."""
    d, _ = _held_then_answered(make_driver, 6.0)
    assert d.state.current.title == "That was a short hold"
    assert d.state.history[-1].held == 6.0


def test_an_older_log_answered_so_has_no_hold(make_driver: Any) -> None:
    """A log started under the rules before replays as it ran: no hold, and the 6 s answer
    is no short hold."""
    d, title = _held_then_answered(make_driver, 6.0, rules=HELD_ELSEWHERE_RULES - 1)
    assert d.state.history[-1].held is None
    assert _report_row(d, title).held is None
    assert d.state.current.title != "That was a short hold"


def test_the_same_screen_that_said_it_pressed_measured_nothing(make_driver: Any) -> None:
    """A page with no timer that said "I'm pressing the button now", then "Done" on the same
    screen: nothing was timed, and nothing is said to have been."""
    hand = {**PHONE, "by_hand": True}
    d, _ = _held_then_answered(make_driver, 14.2, start=hand, answer=PHONE)
    assert d.state.history[-1].held is None


def test_the_helpdesk_screen_that_started_the_timer_is_named(make_driver: Any) -> None:
    desk = {"screen": "other", "by": "helpdesk"}
    d, title = _held_then_answered(make_driver, 12.0, start=desk, answer=PHONE)
    assert _report_row(d, title).held_start == "helpdesk"


def test_the_report_says_where_the_hold_was_timed_from(make_driver: Any) -> None:
    d, title = _held_then_answered(make_driver, 14.2)
    text = render_text(build_report(d.guide.kb, d.state))
    row = text.split(title)[1].split("\n\n")[0]
    assert "14 s (timed from the start on the screen that started the session to this answer)" in (
        " ".join(row.split())
    ), row
