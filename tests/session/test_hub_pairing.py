"""A camera that joins its own hub or HomeBase, whose pairing with it failed, is sent to that hub
(session-73 review F #3: a eufyCam 2's "It found it, but pairing with the eufy HomeBase or
HomeBase 2 failed" kept the Wi-Fi reading of "joining the Wi-Fi failed", causes such a camera
cannot have, and was told it "leaves nothing more to try at home: support comes next")."""

from __future__ import annotations

from typing import Any

import pytest
from tests.session.conftest import Driver, replayed_under
from tests.session.test_no_hub_yet import _on_to_add_trouble

from camreset.core.session.later_rules import KB_SINCE_71_RULES

NOTHING_AT_HOME = "leaves nothing more to try at home"


def _pairing_failed(make_driver: Any, model: str) -> Driver:
    d = _on_to_add_trouble(make_driver(model=model, have=("pin", "app")))
    d.send("join-failed")
    return d


@pytest.mark.parametrize(
    ("model", "hub"),
    [("eufy-eufycam-2", "The eufy HomeBase or HomeBase 2"), ("arlo-pro-3", "The Arlo SmartHub")],
)
def test_a_failed_pairing_with_the_hub_leads_to_the_hub(
    make_driver: Any, model: str, hub: str
) -> None:
    d = _pairing_failed(make_driver, model)
    step = d.state.current
    assert step.title == hub
    assert "plugged in and the app shows it online" in step.text
    assert NOTHING_AT_HOME not in step.text


def test_a_log_started_before_reads_it_as_it_ran(make_driver: Any) -> None:
    d = _pairing_failed(make_driver, "eufy-eufycam-2")
    old = replayed_under(d, KB_SINCE_71_RULES - 1)
    assert old.current.title == "What went wrong when you added it?"
    assert NOTHING_AT_HOME in old.current.text


def test_a_camera_on_the_wi_fi_still_reads_a_failed_join_as_the_wi_fi(make_driver: Any) -> None:
    d = _pairing_failed(make_driver, "tapo-c200")
    assert "Wi-Fi" in d.state.current.title + d.state.current.text
    assert "hub" not in d.state.current.title.lower()
