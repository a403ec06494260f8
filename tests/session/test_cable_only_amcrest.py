"""An Amcrest PoE camera whose record lists Ethernet as its only connectivity is added again
over its cable on any power: on a 12 V adapter an IP5M-B1186EW was asked "Does the Amcrest
Smart Home app find it as a new camera?" and told to add it in that app, which no source names
for it (installer review 71, I #6; the KB's `provisioning`, since: 70). A log started before
CABLE_ONLY_RULES keeps the app's words it was shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.session.conftest import Driver, replayed_under

from camreset.core.kb.power_values import PowerKind
from camreset.core.session.later_rules import CABLE_ONLY_RULES, KB_SINCE_71_RULES
from camreset.core.session.rules import RULES

MakeDriver = Callable[..., Driver]
PAGE_CHECK = "Does it ask for a new password on its page?"
ON_ITS_PAGE = "Does its page (or your recorder) show the camera, with your new password?"
MODELS = ["amcrest-ip5m-b1186ew", "amcrest-ip5m-t1179ew", "amcrest-ip8m-2493ew"]
LATER = ["amcrest-ipm-743e", "amcrest-ip8m-2496eb", "amcrest-ip4m-1026e"]
"""Told to be added in the app until session 73 (`since: 71`): their records list Ethernet
alone as well."""


def _titles(d: Driver) -> list[str]:
    """The titles of the pages to the end, answered "done" / "yes"."""
    titles: list[str] = []
    for _ in range(25):
        step = d.state.current
        if step.kind == "outcome":
            return titles
        titles.append(step.title)
        d.pick("yes", "done", "on", "steady")
    raise AssertionError("no end")


@pytest.mark.parametrize("model", [*MODELS, *LATER[1:]])
def test_on_its_adapter_no_step_names_an_app(model: str, make_driver: MakeDriver) -> None:
    d = make_driver(model=model, have=("pin",), power=PowerKind.adapter)
    titles = _titles(d)
    assert not [t for t in titles if "Smart Home" in t or " app" in t], titles
    assert PAGE_CHECK in titles
    assert "Add it again" in titles


def test_a_log_started_before_keeps_the_apps_words(make_driver: MakeDriver) -> None:
    assert RULES >= CABLE_ONLY_RULES == 70
    d = make_driver(model="amcrest-ip5m-b1186ew", have=("pin",), power=PowerKind.adapter)
    for _ in range(12):
        if d.state.current.title == PAGE_CHECK:
            break
        d.pick("yes", "done", "on", "steady")
    assert d.state.current.title == PAGE_CHECK
    old = replayed_under(d, CABLE_ONLY_RULES - 1).current
    assert old.title.startswith("Does the Amcrest Smart Home app find it as a new camera")


@pytest.mark.parametrize("model", LATER)
def test_not_found_after_its_reset_it_is_looked_for_on_its_page_not_in_the_app(
    model: str, make_driver: MakeDriver
) -> None:
    """ "I can't add it" / "The app does not find it": until session 73 the next step was "Get
    the Amcrest Smart Home app on a phone", then "Is it added in the Amcrest Smart Home app";
    a log started before keeps that step."""
    d = make_driver(model=model, have=("pin",), power=PowerKind.adapter, opening=True)
    d.send("cant-add")
    d.send("not-found")
    titles = []
    while d.state.current.title != ON_ITS_PAGE and len(titles) < 25:
        titles.append(d.state.current.title)
        d.pick("yes", "done", "on", "steady")
    assert d.state.current.title == ON_ITS_PAGE
    assert not [t for t in titles if "Smart Home" in t], titles
    old = replayed_under(d, KB_SINCE_71_RULES - 1).current
    assert "Amcrest Smart Home app" in old.title
