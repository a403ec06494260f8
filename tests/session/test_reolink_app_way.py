"""A Reolink RLC-510A owner with the Reolink app and no computer is offered the app's way.

They ticked the app and not "A computer on the same network", and read only "On a computer on
the same network (or the recorder), open the camera's page …" (session-71 review E, #4). Its
line's guide (cleveland-reolink-reset, section 2, Re-Initialize) sets a reset camera up in the
Reolink app, where it shows as Uninitialized. Sessions started before see the steps they saw."""

from __future__ import annotations

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
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
