"""A hold timer started is logged (session 71, helpdesk leftover 2), so the other screen sees
a hold going on; the event is a side event: it changes no step, no answer's reading and no
next step, and keeps nothing but where it was started."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

import pytest
from tests.session.conftest import Driver

from camreset.core.present.holding_words import holding_here_words, holding_words
from camreset.core.session import Command
from camreset.core.session.holding import BY_HAND, running_hold
from camreset.core.session.screens import SCREEN, STARTER
from camreset.errors import InvalidAnswerError, StaleStepError


def _at_the_hold(make_driver: Any) -> Driver:
    d = make_driver(model="reolink-rlc-510a", have=("pin", "original_adapter", "other_outlet"))
    for _ in range(12):
        if d.state.current.timer is not None:
            return d
        d.pick("done", "no", "not_sure", "cant")
    raise AssertionError("no hold page")


def _started(d: Driver, seconds: float = 2.0, **data: str) -> None:
    at = d.state.current_since + timedelta(seconds=seconds)
    command = Command("holding", d.state.current.id, data=dict(data))
    d.state = d.guide.extend(d.state, [d.guide.command(d.state, command, at)])


def test_a_started_timer_changes_no_step_nor_what_comes_after(make_driver: Any) -> None:
    plain, timed = _at_the_hold(make_driver), _at_the_hold(make_driver)
    _started(timed, **{SCREEN: STARTER, "password": "hunter2"})
    event = timed.state.events[-1]
    assert event.type == "holding" and event.data == {SCREEN: STARTER}  # nothing typed kept
    assert timed.state.current.id == plain.state.current.id
    for d in (plain, timed):  # "Done, I let go" 30 s after the page showed, on both
        at = d.state.current_since + timedelta(seconds=30)
        command = Command("answer", d.state.current.id, "done")
        d.state = d.guide.extend(d.state, [d.guide.command(d.state, command, at)])
    assert timed.state.current.id == plain.state.current.id
    assert timed.state.history[-1].seconds == plain.state.history[-1].seconds  # pace as ever
    replayed = timed.guide.replay(list(timed.state.events))  # an old log's replay: the same
    assert replayed.current.id == timed.state.current.id
    assert [h.answer for h in replayed.history] == [h.answer for h in plain.state.history]


def test_only_the_step_on_screen_with_a_timer_takes_one(make_driver: Any) -> None:
    d = make_driver(model="reolink-rlc-510a", have=("pin", "original_adapter", "other_outlet"))
    assert d.state.current.timer is None
    with pytest.raises(InvalidAnswerError, match="no hold timer"):
        _started(d)
    d = _at_the_hold(make_driver)
    page = d.state.current.id
    d.send("done")
    with pytest.raises(StaleStepError):
        d.guide.command(d.state, Command("holding", page), d.state.current_since)


def test_the_words_say_since_when_and_where_until_the_hold_is_saved(make_driver: Any) -> None:
    d = _at_the_hold(make_driver)
    _started(d, **{SCREEN: STARTER})
    started = d.state.events[-1].at
    soon = started + timedelta(seconds=5)
    said = holding_words(d.state, soon, UTC)
    when = started.astimezone(UTC).strftime("%H:%M:%S")
    assert (
        said == f"Holding the button since {when} (timer on the screen that started the session)."
    )
    assert holding_words(d.state, soon, UTC, mine=frozenset({len(d.state.events)})) == ""
    assert holding_here_words(d.state, soon, UTC).startswith(f"You started holding at {when}")
    later = started + timedelta(minutes=30)  # a timer never stopped is not a hold going on
    assert holding_words(d.state, later, UTC).startswith(f"A hold timer started at {when}")
    d.send(None, type="hold", step=d.state.current.id, data={"seconds": 12.0})
    assert running_hold(d.state) is None and holding_words(d.state, soon, UTC) == ""


def test_a_press_said_without_a_timer_is_never_a_timer_left_running(make_driver: Any) -> None:
    """Merged-diff review 71 N, F7: a press said on a page without JavaScript read "timer on
    the screen that …" and, later, "A hold timer … was never stopped: no hold was saved",
    though no timer ever ran; and the page said "You started holding" for good."""
    d = _at_the_hold(make_driver)
    at = d.state.current_since + timedelta(seconds=2)
    command = Command("holding", d.state.current.id, data={SCREEN: STARTER, BY_HAND: True})
    d.state = d.guide.extend(d.state, [d.guide.command(d.state, command, at)])
    assert d.state.events[-1].data == {SCREEN: STARTER, BY_HAND: True}
    when = at.astimezone(UTC).strftime("%H:%M:%S")
    soon, later = at + timedelta(seconds=5), at + timedelta(minutes=30)
    assert holding_words(d.state, soon, UTC) == (
        f"Holding the button since {when} (on the screen that started the session, no timer there)."
    )
    assert holding_words(d.state, later, UTC) == (
        f"Started holding at {when} on the screen that started the session; no time was measured."
    )
    assert holding_here_words(d.state, soon, UTC).startswith(f"You started holding at {when}")
    assert holding_here_words(d.state, later, UTC) == ""  # the press is long over
