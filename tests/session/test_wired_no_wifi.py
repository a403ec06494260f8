"""A camera said to be on its network cable (PoE), whose own sources give it no Wi-Fi, is not
asked about the Wi-Fi while it is added again: a Swann NHD-818 on its recorder's port was asked
"Does your Wi-Fi have a separate 2.4 GHz network?", then sent to "2.4 GHz Wi-Fi" and "Password
and distance" (phone review 73 F, left over), and an EZVIZ C3T PoE bullet alike, on its line's
Wi-Fi fact (a rebranded Wi-Fi camera's). A log started before WIRED_WIFI_RULES keeps them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import WIFI_STEPS, Driver, as_started_under, replayed_under, reset_check

from camreset.core.session.later_rules import OWN_NO_WIFI_RULES, WIRED_WIFI_RULES

MakeDriver = Callable[..., Driver]


def _adding(d: Driver, told: dict[str, str], steps: int = 40) -> list[str]:
    """The attempts and questions shown while adding it again, `told` answered where asked,
    the first reset said to have taken, every other page "no", "done" or "not sure"."""
    shown: list[str] = []
    for _ in range(steps):
        step = d.state.current
        if d.state.finished:
            break
        if d.state.phase == "setup" and step.ref.stage == 0:
            shown.append(step.ref.ref)
        if step.ref.ref in told and step.offers(told[step.ref.ref]):
            d.send(told[step.ref.ref])
        elif reset_check(d, step.ref) and step.offers("yes"):
            d.send("yes")
        else:
            d.pick("no", "done", "not_sure")
    return shown


@pytest.mark.parametrize(
    ("model", "have", "told"),
    [  # the review's walk: no app, on its recorder's port, no light seen
        (
            "swann-nhd-818",
            ("pin",),
            {"app": "cant", "poe-source": "recorder", "status-light": "no-light"},
        ),
        ("ezviz-c3t-poe", ("pin", "app"), {"poe-source": "switch"}),
    ],
)
def test_on_its_cable_no_wifi_step_is_offered_while_adding_it(
    make_driver: MakeDriver, model: str, have: tuple[str, ...], told: dict[str, str]
) -> None:
    d = make_driver(model=model, have=have)
    shown = _adding(d, {**told, "power-kind": "network-cable"})
    assert shown and shown[0] == "add-again"
    assert WIFI_STEPS & set(shown) == set()


def test_a_log_started_before_is_still_asked_about_the_wifi(make_driver: MakeDriver) -> None:
    """Started under the rules before, the Swann's adding goes on to the 2.4 GHz question, as
    it did."""
    d = make_driver(model="swann-nhd-818", have=("pin",))
    told = {"app": "cant", "power-kind": "network-cable", "poe-source": "recorder"}
    for _ in range(40):
        if d.state.phase == "setup":
            break
        _adding(d, told, steps=1)
    d.state = replayed_under(d, WIRED_WIFI_RULES - 1)
    shown = _adding(d, told, steps=12)
    assert "two-bands" in shown or "use-2g-network" in shown


def test_on_an_adapter_a_log_started_before_is_still_asked_about_the_wifi(
    make_driver: MakeDriver,
) -> None:
    """An EZVIZ C3T PoE on its 12 V adapter was taken to be maybe on Wi-Fi: its Wi-Fi steps
    stayed, and stay for a log started before OWN_NO_WIFI_RULES (test_own_cable.py: none
    since, its own sources giving it no Wi-Fi)."""
    d = as_started_under(
        make_driver(model="ezviz-c3t-poe", have=("pin", "app")), OWN_NO_WIFI_RULES - 1
    )
    shown = _adding(d, {"power-kind": "adapter"})
    assert WIFI_STEPS & set(shown)
