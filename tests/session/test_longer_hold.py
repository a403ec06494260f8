"""A usual hold after a longer one that did not reset the camera says why it is shorter."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import Driver, as_started_under

from camreset.core.session.later_rules import KB_SINCE_71_RULES

LONGER = "You held the button for 30 seconds before (“Hold the reset button for 30 seconds”)"


def test_an_unplugged_hold_after_a_longer_one_says_nothing_of_it(make_driver: Any) -> None:
    """Diff review 61: after a 60 s full reset that did not take, the unplugged 15 s hold of
    "Let it drain" read "what counts is that the camera is on and fully started"."""
    have = ("admin_password", "app", "computer", "original_adapter", "other_outlet", "pin")
    have += ("poe_port", "short_cable")  # a PoE camera's items too (installer review 66, D #8)
    d = make_driver(model="amcrest-ip4m-1026e", have=(*have, "spare_adapter"), opening=True)
    as_started_under(d, KB_SINCE_71_RULES - 1)  # added in its app then; cable-only since
    # not sure whether its cable runs to a recorder, asked since review 69 (U #4)
    story = "second-hand reset done no still-listed done no asks-password not_sure done done no"
    # its light said blinking: no port light asked, its cable's end straight after (LIGHT_ON_RULES)
    story += " network-cable blinking injector done done done done no nothing no done done done"
    story += " no fine no done no done done"
    for answer in story.split():
        d.send(answer)
    step = d.state.current
    plan, _ = d.guide.plan(d.state.model)
    assert (step.ref.ref, step.timer is not None) == ("drained-power-cycle", True)
    assert plan.actions[step.ref.ref].steps[step.ref.stage].unplugged
    assert any(h.title == "Hold the reset button for 60 seconds" for h in d.state.history)
    assert not any(n.startswith("You held the button for") for n in step.notices)


def _to_hold(d: Driver, stop_at: str) -> None:
    """Walk the helpdesk review's Arlo path (can't add; no, done, can't) until `stop_at`'s
    hold page."""
    for _ in range(40):
        step = d.state.current
        if step.ref.ref == stop_at and step.timer is not None:
            return
        d.pick("cant-add", "have", "done", "no", "cant")
    raise AssertionError(f"never reached {stop_at}'s hold")


def test_a_usual_hold_after_a_30_second_one_that_failed_says_why_it_is_shorter(
    make_driver: Any,
) -> None:
    """Helpdesk review 60, #15: an Arlo held 30 s for a full reset that did not take was then
    told "Hold the reset button for 10 seconds" with no word of the 30 before."""
    d = make_driver(model="arlo-essential-spotlight", have=("pin", "app"), opening=True)
    _to_hold(d, "full-reset")
    assert d.state.current.title == "Hold the reset button for 30 seconds"
    assert not any(LONGER in n for n in d.state.current.notices)  # nothing longer before
    _to_hold(d, "guided-reset")
    step = d.state.current
    # its sources differ on the usual hold (10 or 15 s: KB audit 67, F3), so the page holds until
    # the camera reacts
    assert step.title == "Hold the reset button until the camera reacts"
    said = " ".join(step.notices)
    assert LONGER in said
    assert "and the camera did not go into setup mode. This page asks for its usual hold" in said
    assert "is not what it needs" not in said  # the page's own reason may say it could be


def test_a_longer_hold_let_go_early_is_not_said_as_held(make_driver: Any) -> None:
    """A 30 s hold the timer measured at 12 s was not a 30 s hold: the later 10 s hold page
    says nothing of a longer one."""
    d = make_driver(model="arlo-essential-spotlight", have=("pin", "app"), opening=True)
    _to_hold(d, "full-reset")
    d.send(None, type="hold", data={"seconds": 12})
    d.send("done")
    assert d.state.current.title == "That was a short hold"
    d.send("go-on")  # "It reacted anyway": not held again
    for _ in range(40):
        step = d.state.current
        if step.timer is not None and step.ref.ref != "full-reset":
            break
        d.pick("cant-add", "have", "done", "no", "cant")
    assert d.state.current.timer is not None
    assert not any(LONGER in n for n in d.state.current.notices)


def test_a_whole_30_second_hold_let_go_early_is_reported_short_of_30_not_29(
    make_driver: Any,
) -> None:
    """A Tapo C200's "Hold the reset button for 30 seconds" timed at 8 s: its page said "The
    timer stopped before 30 seconds", its report "shorter than the 29 s asked for" (the
    session's slack for a tap that lags the finger), one hold told in two numbers
    (merged-diff review 69, N #11). Timed on the other screen after "Done", the notice
    above the next page names the 30 s too."""
    d = make_driver(model="tapo-c200", have=("pin", "original_adapter", "app"), opening=True)
    for answer in ("cant-add", "asks-password"):
        d.send(answer)
    page = d.state.current
    assert page.title == "Hold the reset button for 30 seconds"
    d.send(None, type="hold", data={"seconds": 8.0})
    d.send("done")
    assert d.state.current.text.startswith("The timer stopped before 30 seconds")
    assert d.state.history[-1].held_note == "shorter than the 30 s asked for"
    late = make_driver(model="tapo-c200", have=("pin", "original_adapter", "app"), opening=True)
    for answer in ("cant-add", "asks-password", "done"):
        late.send(answer)
    late.send(None, type="hold", step=page.id, data={"seconds": 8.0})
    said = " ".join(late.state.current.notices)
    assert "The timer stopped at 8 s, and the hold takes at least 30 s." in said
