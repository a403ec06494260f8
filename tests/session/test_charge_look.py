"""A battery camera's charge is asked before support (support-report review 67, I #1): a Ring,
eufy or EZVIZ whose button gave no click went to support with "Is the battery full enough?"
never asked, though Ring's own article has a customer charge first."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, on_to, pages_shown, replayed_under

from camreset.core.session.rules import CHARGE_LOOK_RULES

MakeDriver = Callable[..., Driver]
BATTERY = ("ring-battery-doorbell", "eufy-eufycam-3", "ezviz-bc1")
TOLD = ("wont-reset", "few-seconds", "nothing", "no-restart")
"""The opening as the review told it: it won't reset, held a few seconds, nothing happened."""


def _after_the_opening(make_driver: MakeDriver, model: str) -> Driver:
    d = make_driver(model=model, have=("pin", "app"), opening=True)
    for answer in TOLD:
        d.send(answer)
    return d


@pytest.mark.parametrize("model", BATTERY)
def test_no_click_on_a_battery_camera_asks_its_charge_before_support(
    make_driver: MakeDriver, model: str
) -> None:
    d = _after_the_opening(make_driver, model)
    shown = pages_shown(d, {"felt-click": "no"})
    assert d.state.current.ref.ref == "escalate"
    assert "battery-level" in shown


@pytest.mark.parametrize("model", BATTERY)
def test_a_low_battery_said_before_support_is_charged_first(
    make_driver: MakeDriver, model: str
) -> None:
    d = _after_the_opening(make_driver, model)
    shown = pages_shown(d, {"felt-click": "no", "battery-level": "low"})
    assert shown.index("charge-battery") > shown.index("battery-level")
    assert d.state.current.ref.ref == "escalate"


def test_a_camera_on_mains_power_is_not_asked_about_a_battery(make_driver: MakeDriver) -> None:
    d = _after_the_opening(make_driver, "tapo-c200")
    assert "battery-level" not in pages_shown(d, {"felt-click": "no"})


def test_a_log_started_before_goes_to_support_as_it_did(make_driver: MakeDriver) -> None:
    d = _after_the_opening(make_driver, "ring-battery-doorbell")
    on_to(d, "battery-level")
    assert replayed_under(d, CHARGE_LOOK_RULES - 1).current.ref.ref != "battery-level"


def test_the_charge_question_counts_the_pages_still_to_come_before_support(
    make_driver: MakeDriver,
) -> None:
    """Merged-diff review 67, N #11: "Is the battery full enough?" read "last question before
    support", then a last look and two rechecks came. It now counts them, as they count
    themselves."""
    d = _after_the_opening(make_driver, "ring-battery-doorbell")
    counted: dict[str, int] = {}
    for _ in range(40):
        step = d.state.current
        if step.kind == "outcome":
            break
        counted[step.ref.ref] = d.state.progress.time_left.before_support
        if step.ref.ref == "battery-level":
            said_at, before = len(d.state.history), counted["battery-level"]
        ids = [a.id for a in step.answers]
        d.send(next((a for a in ("no", "not_sure", "done", "cant") if a in ids), ids[0]))
    assert d.state.current.ref.ref == "escalate"
    assert before == len(d.state.history) - said_at > 1
