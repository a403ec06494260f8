"""A camera whose own sources give it a network cable and no Wi-Fi stays on that cable for its
data whatever powers it: a Hikvision DS-2CD2143G2-I said to be on "A power adapter in a wall
socket" lost the ways over its cable (finding it at its factory address with SADP, its page)
and went to support (technician review 74, G #7); an EZVIZ C3T PoE whose power was never asked
was sent to "Does your Wi-Fi have a separate 2.4 GHz network?" on its line's Wi-Fi fact
(session 74 A, left over). Logs started before CABLE_ANY_POWER_RULES and OWN_NO_WIFI_RULES
replay as they ran."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import WIFI_STEPS, Driver, as_started_under, reset_check

from camreset.core.kb.power_values import PowerKind
from camreset.core.report import build_report
from camreset.core.session.later_rules import CABLE_ANY_POWER_RULES, OWN_NO_WIFI_RULES

MakeDriver = Callable[..., Driver]
OPENING = ("wont-reset", "few-seconds", "nothing", "no-restart")


def _shown(d: Driver, told: dict[str, str], steps: int = 60) -> list[str]:
    """Every attempt and question as it first shows, to the end: `told` answered where asked,
    each reset's check said to have taken, every other page "no", "done" or "not sure"."""
    shown: list[str] = []
    for _ in range(steps):
        step = d.state.current
        if d.state.finished:
            break
        if step.ref.stage == 0 and step.ref.kind in ("action", "question"):
            shown.append(step.ref.ref)
        if step.ref.ref in told and step.offers(told[step.ref.ref]):
            d.send(told[step.ref.ref])
        elif step.network and step.ref.kind == "question":  # camreset's own check: skipped
            d.send("not_sure")
        elif reset_check(d, step.ref) and step.offers("yes"):
            d.send("yes")
        else:
            d.pick("no", "done", "not_sure")
    return shown


def _hikvision_on_its_adapter(make_driver: MakeDriver, rules: int | None = None) -> list[str]:
    """The technician's walk: a 12 V Hikvision dome, a computer, its app; reset, and then its
    app does not find it."""
    d = make_driver(
        model="hikvision-ds-2cd2143g2-i",
        power=PowerKind.adapter,
        have=("computer", "pin", "app"),
        opening=True,
    )
    if rules is not None:
        as_started_under(d, rules)
    for answer in OPENING:
        d.send(answer)
    return _shown(d, {"add-trouble": "not-found"})


def test_on_its_adapter_a_wired_only_camera_is_still_found_over_its_cable(
    make_driver: MakeDriver,
) -> None:
    shown = _hikvision_on_its_adapter(make_driver)
    assert "find-on-network" in shown  # "Find the camera at its factory address" (SADP)


def test_a_log_started_before_is_not_offered_its_cables_ways_on_an_adapter(
    make_driver: MakeDriver,
) -> None:
    assert "find-on-network" not in _hikvision_on_its_adapter(
        make_driver, CABLE_ANY_POWER_RULES - 1
    )


@pytest.mark.parametrize("power", [None, PowerKind.adapter, PowerKind.poe])
def test_no_wifi_step_whatever_its_power(make_driver: MakeDriver, power: PowerKind | None) -> None:
    """An EZVIZ C3T PoE (PoE or 12 V, no Wi-Fi of its own): no Wi-Fi step on either power, nor
    before anyone says how it is powered."""
    d = make_driver(model="ezviz-c3t-poe", have=("pin", "app"), power=power, opening=True)
    for answer in OPENING:
        d.send(answer)
    shown = _shown(d, {"add-trouble": "not-found"})
    assert "add-again" in shown
    assert WIFI_STEPS & set(shown) == set()


def test_a_log_started_before_with_its_power_unsaid_is_asked_about_the_wifi(
    make_driver: MakeDriver,
) -> None:
    d = as_started_under(
        make_driver(model="ezviz-c3t-poe", have=("pin", "app"), opening=True),
        OWN_NO_WIFI_RULES - 1,
    )
    for answer in OPENING:
        d.send(answer)
    assert WIFI_STEPS & set(_shown(d, {"add-trouble": "not-found"}))


def test_its_trouble_adding_it_offers_no_wifi_answer(make_driver: MakeDriver) -> None:
    """ "What went wrong when you added it?" offers no "joining the Wi-Fi failed" for it."""
    d = make_driver(model="ezviz-c3t-poe", have=("pin", "app"), opening=True)
    d.send("cant-add")
    for _ in range(100):
        if d.state.current.ref.ref == "add-trouble":
            break
        d.pick("not_sure", "done")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.ref != 'add-trouble'")
    assert not d.state.current.offers("join-failed")
    old = as_started_under(d, OWN_NO_WIFI_RULES - 1)
    assert old.state.current.ref.ref == "add-trouble"
    assert old.state.current.offers("join-failed")


def test_a_camera_of_no_sourced_power_is_left_as_it_was(make_driver: MakeDriver) -> None:
    """A Swann NHD-818, whose own sources give no way of powering it, says nothing either way:
    its Wi-Fi steps stay until it is said to be on PoE (WIRED_WIFI_RULES)."""
    d = make_driver(model="swann-nhd-818", have=("pin", "app"), opening=True)
    plan, _ = d.guide.plan(d.state.model)
    assert plan.wifi_steps == frozenset()


WIFI_CAUSES = {"wifi-band", "wifi-details", "wifi-security", "phone-permissions"}


def _causes_named(d: Driver) -> set[str]:
    """Every cause a page's "Why this step" named, to the end, and those the report lists."""
    named: set[str] = set()
    for _ in range(60):
        step = d.state.current
        named |= {c.id for c in step.why.causes} if step.why else set()
        if d.state.finished:
            break
        if step.network and step.ref.kind == "question":
            d.send("not_sure")
        elif reset_check(d, step.ref) and step.offers("yes"):
            d.send("yes")
        else:
            d.pick("no", "done", "not_sure")
    report = build_report(d.guide.kb, d.state)
    return named | {c.id for c in report.still_likely}


def test_its_wifi_causes_are_not_named_either(make_driver: MakeDriver) -> None:
    """The EZVIZ C3T PoE, its power never asked: "Why this step" named "the phone's Wi-Fi is
    5 GHz only" first, and the report listed it; a log started before still does."""
    d = make_driver(model="ezviz-c3t-poe", have=("pin", "app"), opening=True)
    for answer in OPENING:
        d.send(answer)
    assert _causes_named(d) & WIFI_CAUSES == set()
    old = as_started_under(
        make_driver(model="ezviz-c3t-poe", have=("pin", "app"), opening=True), OWN_NO_WIFI_RULES - 1
    )
    for answer in OPENING:
        old.send(answer)
    assert _causes_named(old) & WIFI_CAUSES
