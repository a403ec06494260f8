"""A battery camera's charge is asked before support (support-report review 67, I #1): a Ring,
eufy or EZVIZ whose button gave no click went to support with "Is the battery full enough?"
never asked, though Ring's own article has a customer charge first."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, after_the_opening, on_to, pages_shown, replayed_under

from camreset.core.session.later_rules import CHARGE_ASKED_RULES
from camreset.core.session.rules import CHARGE_LOOK_RULES, LOOKED_ON_CHARGE_RULES

MakeDriver = Callable[..., Driver]
BATTERY = ("ring-battery-doorbell", "eufy-eufycam-3", "ezviz-bc1")


def _unsure_of_restart(make: MakeDriver, model: str) -> Driver:
    """Past an opening that did not say it did not restart: its charge is not asked before the
    first press (after "nothing" and "no restart" CHARGE_ASKED_RULES asks it there), so it is
    the last look before support these tests are about."""
    d = make(model=model, have=("pin", "app"), opening=True)
    for answer in ("wont-reset", "few-seconds", "nothing", "not_sure"):
        d.send(answer)
    return d


@pytest.mark.parametrize("model", BATTERY)
def test_no_click_on_a_battery_camera_asks_its_charge_before_support(
    make_driver: MakeDriver, model: str
) -> None:
    d = after_the_opening(make_driver, model)
    shown = pages_shown(d, {"felt-click": "no"})
    assert d.state.current.ref.ref == "escalate"
    assert "battery-level" in shown


@pytest.mark.parametrize("model", BATTERY)
def test_a_low_battery_said_before_support_is_charged_first(
    make_driver: MakeDriver, model: str
) -> None:
    d = after_the_opening(make_driver, model)
    shown = pages_shown(d, {"felt-click": "no", "battery-level": "low"})
    assert shown.index("charge-battery") > shown.index("battery-level")
    assert d.state.current.ref.ref == "escalate"


def test_a_camera_on_mains_power_is_not_asked_about_a_battery(make_driver: MakeDriver) -> None:
    d = after_the_opening(make_driver, "tapo-c200")
    assert "battery-level" not in pages_shown(d, {"felt-click": "no"})


def test_a_log_started_before_goes_to_support_as_it_did(make_driver: MakeDriver) -> None:
    d = after_the_opening(make_driver, "ring-battery-doorbell")
    on_to(d, "battery-level")
    assert replayed_under(d, CHARGE_LOOK_RULES - 1).current.ref.ref != "battery-level"


def test_the_charge_question_counts_the_pages_still_to_come_before_support(
    make_driver: MakeDriver,
) -> None:
    """Merged-diff review 67, N #11: "Is the battery full enough?" read "last question before
    support", then a last look and two rechecks came. It now counts them, as they count
    themselves."""
    d = after_the_opening(make_driver, "ring-battery-doorbell")
    # a log from before its charge was asked first after this opening (CHARGE_ASKED_RULES):
    # the walk where it is asked last, before support, as these pages count it
    d.state = replayed_under(d, CHARGE_ASKED_RULES - 1)
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


def _walked(d: Driver, told: dict[str, str]) -> list[tuple[str, str]]:
    """Every page to the end, as (kind:ref, title): `told` where named, else as `on_to`."""
    seen: list[tuple[str, str]] = []
    for _ in range(40):
        step = d.state.current
        if step.kind == "outcome":
            break
        seen.append((f"{step.ref.kind}:{step.ref.ref}", step.title))
        if step.ref.ref in told:
            d.send(told[step.ref.ref])
        else:
            d.pick("no", "done", "not_sure")
    return seen


@pytest.mark.parametrize("model", BATTERY)
def test_the_charged_reset_is_the_second_look_before_support(
    make_driver: MakeDriver, model: str
) -> None:
    """Merged-diff review 67, N #5: after "Charge it" and a full reset ended "Is the doorbell
    in setup mode now? — No" (the attempt before it had said "No" to it too), "One more look
    before support" asked the same at once, four pages stacked before support."""
    d = _unsure_of_restart(make_driver, model)
    seen = _walked(d, {"felt-click": "no", "battery-level": "low"})
    refs = [ref for ref, _ in seen]
    assert "action:charge-battery" in refs and d.state.current.ref.ref == "escalate"
    assert "detour:last-look" not in refs
    charged_check = max(i for i, r in enumerate(refs) if r == "action:charge-battery")
    assert "setup mode" in seen[charged_check][1]
    old = replayed_under(d, LOOKED_ON_CHARGE_RULES - 1)
    assert old.current.ref.ref == "last-look"  # an older log goes on as it ran


def test_without_a_charge_the_last_look_is_still_taken(make_driver: MakeDriver) -> None:
    d = after_the_opening(make_driver, "ring-battery-doorbell")
    seen = _walked(d, {"felt-click": "no", "battery-level": "not_sure"})
    assert "detour:last-look" in [ref for ref, _ in seen]


@pytest.mark.parametrize("model", BATTERY)
def test_charge_it_shows_minutes_as_the_pages_after_it_do(
    make_driver: MakeDriver, model: str
) -> None:
    """Merged-diff review 68, N #13: "Charge it" read "last question before support", then its
    start-up, hold, restart and check followed, the next reading "about 22–35 min left". It
    now shows its minutes, no fewer than the page after it."""
    d = _unsure_of_restart(make_driver, model)
    shown: list[tuple[str, float, float, int]] = []
    for _ in range(40):
        step = d.state.current
        if step.kind == "outcome":
            break
        left = d.state.progress.time_left
        shown.append((f"{step.ref.kind}:{step.ref.ref}", left.low, left.high, left.before_support))
        told = {"felt-click": "no", "battery-level": "low"}
        if step.ref.ref in told:
            d.send(told[step.ref.ref])
        else:
            d.pick("no", "done", "not_sure")
    at = next(i for i, s in enumerate(shown) if s[0] == "action:charge-battery")
    (_, low, high, pages), (ref, next_low, next_high, _) = shown[at], shown[at + 1]
    assert ref == "action:charge-battery"
    assert pages == 0 and low >= next_low and high >= next_high
