""" "What went wrong when you added it?" comes before a reset again (after-reset review 58: a
Reolink PoE bullet just said to have reset was first sent to hold its button for 30 seconds,
and asked what went wrong only after refusing)."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import Driver, pages_shown

REOLINK = "reolink-rlc-510a"


def _walk(d: Driver, trouble: str) -> list[str]:
    """Adding fails with `trouble` each time it is asked; every check says no."""
    return pages_shown(d, {"add-trouble": trouble}, steps=30)


def test_a_camera_said_to_have_reset_is_asked_what_went_wrong_before_a_reset_again(
    make_driver: Any,
) -> None:
    d = make_driver(model=REOLINK, have=("pin", "computer", "app"), opening=True)
    d.send("cant-add")
    assert d.state.current.ref.ref == "add-trouble"
    shown = _walk(d, "asks-password")
    resets = [i for i, ref in enumerate(shown) if ref in ("full-reset", "reset-again")]
    assert resets, shown
    for at in resets:  # each reset again: the question came since the last adding went wrong
        before = shown[:at]
        last_reset = max((i for i in resets if i < at), default=-1)
        assert "add-trouble" in before[last_reset + 1 :], shown


def test_an_answer_that_still_holds_is_not_asked_again_before_the_reset(
    make_driver: Any,
) -> None:
    d = make_driver(model=REOLINK, have=("pin", "computer", "app"), opening=True)
    d.send("cant-add")
    d.send("asks-password")  # a recorder's password? (review 69, U #4: whose_password.py)
    assert d.state.current.ref.ref == "on-recorder"
    d.send("no")  # a partial reset: the 30-second hold fits it
    assert d.state.current.ref.ref == "full-reset"
    asked = [e for e in d.state.history if e.ref.ref == "add-trouble"]
    assert [e.answer for e in asked] == ["asks-password"]
