"""The opening says which try its questions are about: "About your own try" had to be read
out by a helpdesk as "the time before you called us" (helpdesk review 74, #8)."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver

MakeDriver = Callable[..., Driver]


def test_the_opening_says_which_try_it_asks_about(make_driver: MakeDriver) -> None:
    d = make_driver(model="tapo-c200", have=("pin", "app"), opening=True)
    for answer in ("wont-reset", "few-seconds"):
        d.send(answer)
    step = d.state.current
    assert step.title == "Did the camera react while you held the button?"
    assert (step.text or "").startswith(
        "About the last time you tried the reset yourself, before this. "
    )
    assert "own try" not in (step.text or "")
