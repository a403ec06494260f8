"""A camera whose setup light was confirmed, but whose app then did not find it, is offered the
fix its known trouble facts give before any further reset (session-69 review, U #1, the "It
won't reset" road: a Wyze Cam OG seen "red blinking", its QR code not read, was sent to
"Unplug … let it drain", another reset)."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import T0, answered, pages_shown, started_under

from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.later_rules import SETUP_LIGHT_FIX_RULES

HAVE = ("pin", "original_adapter", "app")
WONT_RESET = ("wont-reset", "until-change", "reacted", "not_sure")
"""Held it until the light changed, it reacted, not sure it restarted."""
LIGHT_THEN_NO_QR = ("done", "done", "done", "done", "yes", "no")
"""The guided reset: setup light "Yes, it looks like this", then the app's QR code: No."""
RESETS = ("full-reset", "reset-again", "drained-power-cycle", "swap-adapter")


def _light_then_no_qr(guide: Guide, model: str) -> SessionState:
    state = answered(guide, WONT_RESET, model=model, have=HAVE)
    assert state.current.ref.ref == "swap-adapter", state.current.ref
    return answered_on(guide, state, LIGHT_THEN_NO_QR)


def answered_on(guide: Guide, state: SessionState, answers: tuple[str, ...]) -> SessionState:
    for answer in answers:
        assert state.current.offers(answer), (state.current.id, answer)
        cmd = Command("answer", state.current.id, answer)
        state = guide.extend(state, [guide.command(state, cmd, T0)])
    return state


def test_a_wyze_og_in_setup_mode_whose_qr_is_not_read_gets_its_known_fix_before_a_reset(
    guide: Guide, make_driver: Any
) -> None:
    state = _light_then_no_qr(guide, "wyze-cam-og")
    assert state.phase == "setup"  # its light said it reset: now adding it
    assert state.current.ref.ref not in RESETS, state.current.ref
    d = make_driver(model="wyze-cam-og", have=HAVE, opening=True)
    d.state = state
    shown = pages_shown(d, {"add-trouble": "not-found"}, steps=40)
    assert "known-fix" in shown, shown
    resets = [shown.index(r) for r in RESETS if r in shown]
    assert all(shown.index("known-fix") < at for at in resets), shown


def test_an_older_log_is_reset_again_as_it_was(guide: Guide) -> None:
    state = _light_then_no_qr(guide, "wyze-cam-og")
    old = started_under(guide, state, SETUP_LIGHT_FIX_RULES - 1)
    assert old.phase == "reset"
    assert old.current.ref.ref == "drained-power-cycle", old.current.ref


def test_a_camera_without_a_known_fix_is_still_taken_as_not_reset(guide: Guide) -> None:
    state = _light_then_no_qr(guide, "wyze-cam-v3")
    assert state.phase == "reset"  # the app is the better test of a reset (light_seen.py)
