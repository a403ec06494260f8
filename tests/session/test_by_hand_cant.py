""" "What stops you?" after "It's a button I can press without a tool": no paperclip answer.

A Wyze Cam v3 (its SETUP button: its sources do not say whether it sits in a hole) answered
by hand on "Find a paperclip or a SIM tool", then "I can't do this" on "Get ready", was
offered "I don't have a paperclip or a pin" (session 70, left over). Logs started before
BY_HAND_RULES show the page as it was."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver, replayed_under

from camreset.core.session.later_rules import BY_HAND_RULES

MakeDriver = Callable[..., Driver]
NO_PIN = "no-pin"


def _cant_after_by_hand(make_driver: MakeDriver) -> Driver:
    d = make_driver(model="wyze-cam-v3", have=("app",))
    assert d.state.current.ref.kind == "tool" and d.state.current.ref.ref == "pin"
    d.send("by-hand")
    assert d.state.current.title == "Get ready"
    d.send("cant")
    assert d.state.current.title == "What stops you?"
    return d


def test_what_stops_you_offers_no_paperclip_for_a_button_pressed_by_hand(
    make_driver: MakeDriver,
) -> None:
    d = _cant_after_by_hand(make_driver)
    assert d.state.events[0].data["rules"] >= BY_HAND_RULES  # a new log reads it the new way
    offered = [a.id for a in d.state.current.answers]
    assert NO_PIN not in offered
    assert "no-button" in offered and "other" in offered
    assert not any("paperclip" in a.label for a in d.state.current.answers)


def test_a_log_started_before_still_offers_it(make_driver: MakeDriver) -> None:
    d = _cant_after_by_hand(make_driver)
    old = replayed_under(d, BY_HAND_RULES - 1)
    assert old.current.offers(NO_PIN)
