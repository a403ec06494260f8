"""A camera whose light is said to be off gets its power first, and an outlet a lamp worked in
is not swapped for another (session-69 review U, #6: a Wyze Cam v2 that "plays a sound, shows
solid orange, clicks, then turns off" after a power cut, "Off" at an outlet a lamp worked in,
was asked "Do you feel a click when you press?", held for 30 seconds, then asked "Is there
another power outlet you can use?", and its support page and report left out the microSD
flash its line's sources give for that very symptom)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from tests.session.conftest import Driver, replayed_under

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.end_messages import DARK_TROUBLE
from camreset.core.report import build_report, render_text
from camreset.core.session.later_rules import LIGHT_OFF_FIRST_RULES, OUTLET_WORKS_RULES

MakeDriver = Callable[..., Driver]
FLASH = "Manually flash the firmware from a microSD card"


def _wyze_light_off(make_driver: MakeDriver) -> Driver:
    """The Wyze Cam v2 of the review: its own try held long, nothing, no restart; its light
    "Off", and a lamp works in its outlet."""
    d = make_driver(model="wyze-cam-v2", have=("pin", "original_adapter", "app"), opening=True)
    d.gap = timedelta(minutes=10)
    for answer in ("wont-reset", "until-change", "nothing", "no-restart"):
        d.send(answer)
    assert d.state.current.ref.ref == "status-light"
    d.send("off")
    assert d.state.current.ref.ref == "outlet-test"
    d.send("works")
    return d


def test_a_light_said_off_has_its_power_come_before_a_press(make_driver: MakeDriver) -> None:
    d = _wyze_light_off(make_driver)
    step = d.state.current
    assert (step.ref.kind, step.ref.ref) == ("action", "swap-adapter")
    assert step.title == "Its own adapter, or one with the same rating"
    assert step.timer is None


def test_a_log_started_before_asks_about_the_click_as_it_did(make_driver: MakeDriver) -> None:
    d = _wyze_light_off(make_driver)
    assert replayed_under(d, LIGHT_OFF_FIRST_RULES - 1).current.ref.ref == "felt-click"


def test_once_on_the_presses_come_back(make_driver: MakeDriver) -> None:
    """The adapter brought it on, and its reset did not take: presses are offered again."""
    d = _wyze_light_off(make_driver)
    for _ in range(100):
        if d.state.current.ref.ref != "swap-adapter":
            break
        d.pick("no", "done")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.ref == 'swap-adapter'")
    assert d.state.current.kind != "outcome"
    assert d.state.current.ref.ref != "swap-adapter"


def _still_dark(make_driver: MakeDriver, model: str = "wyze-cam-v2") -> Driver:
    """Said not to switch on; a lamp works in its outlet; its own adapter changed nothing."""
    d = make_driver(model=model, have=("pin", "original_adapter", "app"), opening=True)
    d.gap = timedelta(minutes=10)
    d.send("no-power")
    assert d.state.current.ref.ref == "outlet-test"
    for answer in ("works", "done", "still-dark"):
        d.send(answer)
    return d


def test_an_outlet_a_lamp_worked_in_is_not_asked_for_again(make_driver: MakeDriver) -> None:
    d = _still_dark(make_driver)
    assert d.state.current.ref.ref == "escalate-dark"
    assert "Is there another power outlet you can use?" not in [h.title for h in d.state.history]
    assert replayed_under(d, OUTLET_WORKS_RULES - 1).current.ref.ref == "other_outlet"


def test_a_dark_wyze_support_page_carries_its_firmware_fix(make_driver: MakeDriver) -> None:
    page = _still_dark(make_driver).state.current
    (fact,) = page.facts
    assert fact.label == DARK_TROUBLE
    assert "clicks, then turns off" in fact.text
    assert FLASH in fact.text


def test_a_camera_without_such_a_fix_shows_no_trouble_there(make_driver: MakeDriver) -> None:
    page = _still_dark(make_driver, "tapo-c200").state.current
    assert page.ref.ref == "escalate-dark"
    assert page.facts == ()


def test_its_report_puts_the_firmware_fix_above_a_tested_outlet(
    make_driver: MakeDriver, kb: KnowledgeBase
) -> None:
    text = " ".join(render_text(build_report(kb, _still_dark(make_driver).state)).split())
    likely = text.split("WHAT MOST LIKELY KEEPS IT FROM SWITCHING ON", 1)[1]
    assert likely.startswith(" - Firmware corrupted (after a failed update or power loss) (")
    first = likely.split(" - ")[1]
    assert f"its sources give one to try: {FLASH}" in first
    assert likely.index("Firmware corrupted") < likely.index("The outlet gives no power")
