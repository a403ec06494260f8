""" "Yes, it is in setup mode" where setup mode is its page's new-password prompt: not asked again.

A Reolink RLC-510A on PoE answered "Yes" to "Is the camera in setup mode now? In setup mode it
asks for a new admin password again …" and was asked "Does it ask for a new password on its
page?" (session-71 review E, #4; the 510A, 520A and 811A are now also set up in the Reolink
app: the Video Doorbell PoE, set up on its page alone, shows it). Logs started before
ASKED_ONCE_RULES replay as they ran."""

from __future__ import annotations

from tests.session.conftest import answered, started_under

from camreset.core.session import Guide, SessionState
from camreset.core.session.later_rules import ASKED_ONCE_RULES
from camreset.core.session.rules import RULES

REOLINK = {"model": "reolink-video-doorbell-poe", "have": ("app", "pin")}
TO_SETUP_MODE = (
    *("wont-reset", "not_sure", "not_sure", "not_sure"),
    *("network-cable", "steady", "done", "done", "done"),
)


def _yes(guide: Guide) -> SessionState:
    state = answered(guide, TO_SETUP_MODE, **REOLINK)
    assert state.current.title == "Is the doorbell in setup mode now?"
    assert "asks for a new admin password" in state.current.text
    return answered(guide, (*TO_SETUP_MODE, "yes"), **REOLINK)


def test_yes_goes_on_to_adding_it_again(guide: Guide) -> None:
    assert RULES >= ASKED_ONCE_RULES
    state = _yes(guide)
    assert state.phase == "setup"
    assert state.current.title != "Does it ask for a new password on its page?"


def test_a_log_started_before_asks_it_again(guide: Guide) -> None:
    old = started_under(guide, _yes(guide), ASKED_ONCE_RULES - 1)
    assert old.current.title == "Does it ask for a new password on its page?"


def test_an_app_camera_still_has_its_app_check(guide: Guide) -> None:
    state = answered(
        guide, ("wont-reset", "few-seconds", "nothing", "no-restart"), model="tapo-c200"
    )
    titles = []
    for _ in range(12):
        step = state.current
        titles.append(step.title)
        if step.title.startswith("Is the camera in setup mode"):
            break
        pick = next(a for a in ("have", "done", "not_sure") if step.offers(a))
        state = answered(guide, [*_said(state), pick], model="tapo-c200")
    state = answered(guide, [*_said(state), "yes"], model="tapo-c200")
    assert "app" in state.current.title.lower()


def _said(state: SessionState) -> list[str]:
    return [e.answer for e in state.events[1:] if e.type == "answered" and e.answer]
