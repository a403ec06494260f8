"""A camera whose known trouble after a reset is one the full reset fixes, and whose own
sources give a sign to let go at, is reset again its own way, not held for the general
guides' 30 s "even after the camera reacts" (session-69 review, N #5: a Wyze Cam OG whose
known fix did not get it added was sent to that very hold)."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import Driver, replayed_under, setup_mode_check

from camreset.core.session.later_rules import KNOWN_FIX_RULES

HAVE = ("pin", "original_adapter", "app")


def _to_full_reset(d: Driver) -> None:
    d.send("cant-add")
    for _ in range(40):
        step = d.state.current
        if step.ref.ref == "full-reset":
            return
        if step.ref.ref == "add-trouble":
            d.send("not-found")
        elif d.state.phase == "setup" and setup_mode_check(d, step.ref):
            d.send("yes")
        else:
            d.pick("no", "done", "not_sure")
    raise AssertionError("no full reset")


def test_the_wyze_og_after_its_known_fix_is_held_until_its_steady_red(make_driver: Any) -> None:
    d = make_driver(model="wyze-cam-og", have=HAVE, opening=True)
    _to_full_reset(d)
    page = d.state.current
    assert page.title == "Hold the reset button until the camera reacts"
    assert "even after the camera reacts" not in page.text
    assert "Watch for this: the light turns to steady red" in page.text
    assert "a known trouble after a reset of the Wyze Cam OG is “Holding SETUP 30 s" in page.text
    assert page.timer is not None
    assert (page.timer.min, page.timer.max) == (10, 20)  # its source's 10-20 s
    d.send(None, type="hold", data={"seconds": 12.0})  # let go at the steady red
    d.send("done")  # not a short hold
    assert d.state.current.ref.ref == "full-reset", d.state.current.ref
    assert d.state.current.ref.stage == 1  # on to the restart


def test_a_camera_without_such_a_fact_is_still_held_for_the_whole_long_hold(
    make_driver: Any,
) -> None:
    d = make_driver(model="wyze-cam-v3", have=HAVE, opening=True)
    _to_full_reset(d)
    page = d.state.current
    assert page.title == "Hold the reset button for 30 seconds"
    assert "even after the camera reacts" in page.text


def test_an_older_log_is_held_for_30_seconds_as_it_was(make_driver: Any) -> None:
    d = make_driver(model="wyze-cam-og", have=HAVE, opening=True)
    d.state = replayed_under(d, KNOWN_FIX_RULES - 1)  # started before: no known fix either
    _to_full_reset(d)
    assert d.state.current.title == "Hold the reset button for 30 seconds"
