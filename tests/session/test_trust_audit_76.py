"""A UniFi G4 Doorbell's "Get ready" no longer says its reset button is next to an Ethernet
port it does not have (KB trust audit, session 76 F): the line's place is from Ubiquiti's page
about its older UniFi Video cameras. A session started before replays as it ran."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import replayed_under

from camreset.core.session.later_rules import KB_SINCE_74_RULES


def _get_ready(make_driver: Any) -> Any:
    d = make_driver(model="unifi-g4-doorbell", have=("pin", "app"))
    for _ in range(4):
        if d.state.current.title == "Get ready":
            return d
        answers = [a.id for a in d.state.current.answers]
        d.send("cant" if "cant" in answers else answers[0])
    raise AssertionError(d.state.current.title)


def test_a_g4_doorbells_get_ready_says_no_source_gives_its_button(make_driver: Any) -> None:
    text = _get_ready(make_driver).state.current.text
    assert "Ethernet" not in text
    assert "Where the button is on the UniFi Protect G4 Doorbell: no source says for this" in text


def test_a_g4_doorbell_session_started_before_keeps_the_ethernet_port(make_driver: Any) -> None:
    old = replayed_under(_get_ready(make_driver), KB_SINCE_74_RULES - 1).current
    assert old.title == "Get ready"
    assert "next to the Ethernet port" in old.text
