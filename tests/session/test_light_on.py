"""The camera's own light on: no question about its outlet or its PoE port's light.

A Reolink RLC-510A on PoE, its status light "On and steady", was asked "Is the light on at the
camera's port?" (session-71 review E, smaller notes). Logs started before LIGHT_ON_RULES replay
as they ran."""

from __future__ import annotations

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
from camreset.core.session.later_rules import LIGHT_ON_RULES
from camreset.core.session.rules import RULES

REOLINK = {"model": "reolink-rlc-510a", "have": ("app", "pin")}
STEADY = ("wont-reset", "not_sure", "not_sure", "not_sure", "network-cable", "steady")


def _steady(guide: Guide) -> SessionState:
    state = answered(guide, STEADY[:-1], **REOLINK)
    assert state.current.ref.ref == "status-light"
    return answered(guide, STEADY, **REOLINK)


def test_a_steady_light_is_not_followed_by_the_ports_light(guide: Guide) -> None:
    assert RULES >= LIGHT_ON_RULES
    state = _steady(guide)
    assert state.current.ref.ref != "poe-port-light"
    assert state.current.title == "Get ready"


def test_a_log_started_before_still_asks_it(guide: Guide) -> None:
    old = started_under(guide, _steady(guide), LIGHT_ON_RULES - 1)
    assert old.current.ref.ref == "poe-port-light"


def test_an_off_light_still_asks_of_its_feed(guide: Guide) -> None:
    state = answered(guide, (*STEADY[:-1], "off"), **REOLINK)
    assert state.current.ref.ref in ("poe-port-light", "poe-source")
