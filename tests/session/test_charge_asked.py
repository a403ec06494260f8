"""A camera that may run on a battery is asked about its charge before a press where the story
points to a flat battery, and a button pressed by hand is not warned about a microphone hole
(session-69 review U, #7: a flat Ring Video Doorbell 3 whose own try neither reacted nor
restarted went to "Get ready", and "Not sure" there to "Finding the reset button", which said
"Use the reset hole, not another small hole such as the microphone's" to someone who had said
"It's a button I can press without a tool")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.session.conftest import Driver, replayed_under

from camreset.core.present.fingertip import MICROPHONE
from camreset.core.session.later_rules import CHARGE_ASKED_RULES, LOW_FIRST_RULES

MakeDriver = Callable[..., Driver]
RING = "ring-video-doorbell-3"


def _ring(make_driver: MakeDriver, reacted: str) -> Driver:
    """The doorbell of the review, with the app at hand, after its opening: it won't reset,
    held a few seconds, then `reacted` ("nothing" or "reacted"), no restart."""
    d = make_driver(model=RING, have=("app",), opening=True)
    d.gap = timedelta(minutes=10)
    for answer in ("wont-reset", "few-seconds", reacted, "no-restart"):
        d.send(answer)
    return d


def test_a_doorbell_that_neither_reacted_nor_restarted_is_asked_its_charge_first(
    make_driver: MakeDriver,
) -> None:
    d = _ring(make_driver, "nothing")
    assert d.state.current.title == "How is the doorbell powered?"
    d.send("battery")
    assert d.state.current.title == "Is the battery full enough?"
    d.send("low")
    assert (d.state.current.ref.ref, d.state.current.title) == ("charge-battery", "Charge it")


def test_a_low_battery_is_charged_before_the_paperclip_is_asked_for(
    make_driver: MakeDriver,
) -> None:
    """ "Low", then "Find a paperclip or a SIM tool" before "Charge it": charging takes hours,
    the paperclip can wait. It is asked for at the charged doorbell's hold (session 70)."""
    d = _ring(make_driver, "nothing")
    assert d.state.events[0].data["rules"] >= LOW_FIRST_RULES  # logged the new way
    d.send("battery")
    d.send("low")
    assert d.state.current.title == "Charge it"
    d.send("done")  # charged
    assert d.state.current.title == "Let the doorbell start up"
    d.send("done")
    assert d.state.current.ref.kind == "tool" and d.state.current.ref.ref == "pin"
    d.send("have")
    page = d.state.current
    assert (page.ref.ref, page.ref.stage) == ("charge-battery", 2) and page.timer is not None


def test_a_low_battery_in_a_log_started_before_is_asked_for_the_paperclip_first(
    make_driver: MakeDriver,
) -> None:
    d = _ring(make_driver, "nothing")
    d.send("battery")
    d.send("low")
    old = replayed_under(d, LOW_FIRST_RULES - 1)
    assert (old.current.ref.kind, old.current.ref.ref) == ("tool", "pin")


def test_a_log_started_before_goes_to_the_button_as_it_did(make_driver: MakeDriver) -> None:
    d = _ring(make_driver, "nothing")
    assert replayed_under(d, CHARGE_ASKED_RULES - 1).current.ref.ref == "pin"


def _get_ready(make_driver: MakeDriver) -> Driver:
    """Its own try reacted (no charge asked first); a button pressed by hand; on "Get ready"."""
    d = _ring(make_driver, "reacted")
    d.send("by-hand")
    assert d.state.current.title == "Get ready"
    assert "Make sure it has power" in d.state.current.text
    return d


def test_not_sure_on_get_ready_asks_about_its_power_then_shows_it_again(
    make_driver: MakeDriver,
) -> None:
    d = _get_ready(make_driver)
    d.send("not_sure")
    assert d.state.current.title == "How is the doorbell powered?"
    d.send("battery")
    assert d.state.current.title == "Is the battery full enough?"
    d.send("charged")
    assert d.state.current.title == "Get ready"
    d.send("not_sure")  # its power is known now: the button it is
    assert d.state.current.title == "Finding the reset button"


def test_a_log_started_before_sends_not_sure_to_the_button_as_it_did(
    make_driver: MakeDriver,
) -> None:
    d = _get_ready(make_driver)
    d.send("not_sure")
    assert replayed_under(d, CHARGE_ASKED_RULES - 1).current.title == "Finding the reset button"


def test_a_camera_on_an_adapter_is_helped_with_its_button(make_driver: MakeDriver) -> None:
    d = make_driver(model="wyze-cam-v3", have=("pin", "app"))
    for _ in range(100):
        if d.state.current.title == "Get ready":
            break
        d.pick("no", "done")
    else:
        raise AssertionError("100 steps and still: d.state.current.title != 'Get ready'")
    d.send("not_sure")
    assert d.state.current.title == "Finding the reset button"


def _finding_help(make_driver: MakeDriver, item: str) -> str:
    """ "Finding the reset button" for a wired doorbell whose sources do not say what presses
    its button, after "Find a paperclip" answered `item`."""
    d = make_driver(model="eufy-video-doorbell-2k-wired", have=("app",))
    d.send(item)
    assert d.state.current.title == "Get ready"
    d.send("not_sure")
    assert d.state.current.title == "Finding the reset button"
    return d.state.current.text


def test_a_button_pressed_by_hand_is_not_told_of_a_microphone_hole(
    make_driver: MakeDriver,
) -> None:
    assert MICROPHONE not in _finding_help(make_driver, "by-hand")


def test_a_pin_holder_is_still_told_of_it(make_driver: MakeDriver) -> None:
    assert MICROPHONE in _finding_help(make_driver, "have")
