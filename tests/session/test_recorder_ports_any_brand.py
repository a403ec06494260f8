"""A Hikvision, Dahua or Amcrest camera said to be on its recorder's own PoE ports is not offered
camreset's check over the network (a computer on the person's network cannot reach the
recorder's), while resetting it or adding it again, and its reset's check says why, as a Lorex
on its NVR already was; on a switch it is offered both. Before, one of these brands said to be
on "A recorder (NVR)" was offered "Let camreset check the camera over the network" while adding
it (session 75 B, left over). A log started before ANY_RECORDER_PORTS_RULES runs as it ran."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, as_started_under, reset_check

from camreset.core.kb.power_values import PowerKind
from camreset.core.present.step import Step
from camreset.core.session.later_rules import ANY_RECORDER_PORTS_RULES
from camreset.core.session.recorder_back import LOOK_AND_CHECK_THERE

MakeDriver = Callable[..., Driver]
BRANDS = ["hikvision-ds-2cd2143g2-i", "dahua-ipc-hfw2431t-zs-s2", "amcrest-ip5m-t1179ew"]
OPENING = ("wont-reset", "until-change", "reacted", "came-back")
WHY_NOT = "on its recorder's own ports the camera is on the recorder's network"
NETWORK_CHECK = "network-check"


def _at_the_reset_check(d: Driver, feed: str) -> Step:
    """The technician's walk: a PoE camera, a computer at hand, its port's light on, its cable
    said to plug into `feed`; the first attempt done up to its check that it reset."""
    for answer in OPENING:
        d.send(answer)
    told = {"poe-port-light": "on", "poe-source": feed}
    for _ in range(20):
        step = d.state.current
        if reset_check(d, step.ref):
            return step
        d.send(told.get(step.ref.ref, "done"))
    raise AssertionError("no reset check")


def _while_adding(d: Driver, steps: int = 12) -> list[Step]:
    """The reset taken (Yes at its checks), then the pages shown while adding it again, until
    the check over the network or `steps` pages: it is never added, the app never finds it."""
    for _ in range(8):
        if d.state.phase == "setup":
            break
        d.send("yes")
    assert d.state.phase == "setup"
    shown: list[Step] = []
    for _ in range(steps):
        step = d.state.current
        shown.append(step)
        if step.ref.ref == NETWORK_CHECK or step.kind == "outcome":
            break
        d.send("not-found") if step.offers("not-found") else d.pick("no", "done", "have")
    return shown


def _start(make_driver: MakeDriver, model: str) -> Driver:
    return make_driver(model=model, power=PowerKind.poe, have=("computer", "pin"), opening=True)


@pytest.mark.parametrize("model", BRANDS)
def test_on_its_recorders_ports_no_check_over_the_network_is_offered(
    make_driver: MakeDriver, model: str
) -> None:
    d = _start(make_driver, model)
    check = _at_the_reset_check(d, "recorder")
    assert not check.network
    assert LOOK_AND_CHECK_THERE in check.notices  # where it can be checked, and why not here
    shown = _while_adding(d)
    assert NETWORK_CHECK not in [s.ref.ref for s in shown]
    assert not any(s.network for s in shown)


@pytest.mark.parametrize("model", BRANDS)
def test_on_a_switch_it_is_offered_while_resetting_and_adding_it(
    make_driver: MakeDriver, model: str
) -> None:
    d = _start(make_driver, model)
    check = _at_the_reset_check(d, "switch")
    assert check.network
    assert not any(WHY_NOT in n or n == LOOK_AND_CHECK_THERE for n in check.notices)
    assert _while_adding(d)[-1].ref.ref == NETWORK_CHECK


@pytest.mark.parametrize("model", BRANDS)
def test_a_log_started_before_is_offered_it_on_the_recorders_ports(
    make_driver: MakeDriver, model: str
) -> None:
    d = as_started_under(_start(make_driver, model), ANY_RECORDER_PORTS_RULES - 1)
    check = _at_the_reset_check(d, "recorder")
    assert check.network
    assert not any(WHY_NOT in n or n == LOOK_AND_CHECK_THERE for n in check.notices)
    assert _while_adding(d)[-1].ref.ref == NETWORK_CHECK
