"""A Reolink RLC-510A owner with the Reolink app and no computer is offered the app's way.

They ticked the app and not "A computer on the same network", and read only "On a computer on
the same network (or the recorder), open the camera's page …" (session-71 review E, #4). Its
line's guide (cleveland-reolink-reset, section 2, Re-Initialize) sets a reset camera up in the
Reolink app, where it shows as Uninitialized. Sessions started before see the steps they saw."""

from __future__ import annotations

import pytest
from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
from camreset.core.session.later_rules import KB_APP_WAY_RULES
from camreset.core.session.rules import RULES

REOLINK = {"model": "reolink-rlc-510a", "have": ("app", "pin")}
TO_SETUP_MODE = (
    *("wont-reset", "not_sure", "not_sure", "not_sure"),
    *("network-cable", "steady", "done", "done", "done"),
)


def _after_yes(guide: Guide) -> SessionState:
    return answered(guide, (*TO_SETUP_MODE, "yes"), **REOLINK)


def test_its_app_is_where_the_reset_is_checked_and_it_is_added(guide: Guide) -> None:
    assert RULES >= 69
    state = _after_yes(guide)
    assert "Reolink app" in state.current.title
    add = answered(guide, (*TO_SETUP_MODE, "yes", "yes"), **REOLINK).current
    assert add.title == "Add it again"
    phone = add.text.index("On a phone on the same network, in the Reolink app")
    assert phone < add.text.index("On a computer on the same network")


def test_a_session_started_before_keeps_the_page_check(guide: Guide) -> None:
    old = started_under(guide, _after_yes(guide), 68)
    assert old.current.title == "Does it ask for a new password on its page?"


@pytest.mark.parametrize("model", ["reolink-rlc-520a", "reolink-rlc-811a"])
def test_the_other_reolink_poe_cameras_the_guide_names_get_the_app_way_too(
    guide: Guide, model: str
) -> None:
    """Session 72 (review 71 E #4, leftover): only the RLC-510A had the app's way, though the
    same guide says it for every Reolink IP camera, bullet and dome by name ("Re-Initialize:
    Open the Reolink app. The camera will show as Uninitialized"). A new session of the RLC-520A
    (dome) or RLC-811A (bullet) with the app checks and adds it there; one started under rules
    69 reads as it ran, with the computer's way alone."""
    start = {"model": model, "have": ("app", "pin")}
    state = answered(guide, (*TO_SETUP_MODE, "yes"), **start)
    assert "Reolink app" in state.current.title
    add = answered(guide, (*TO_SETUP_MODE, "yes", "yes"), **start).current
    assert add.title == "Add it again"
    assert "On a phone on the same network, in the Reolink app" in add.text
    old = started_under(guide, state, KB_APP_WAY_RULES - 1).current
    assert old.title == "Add it again"
    assert "in the Reolink app: the reset camera" not in old.text
