"""A reset on a battery the person said is low and could not renew (session-73 review F, #2):
a Blink Outdoor 4 owner answered "Low" and "I can't do this" to "New batteries", and the next
page said "Make sure it has power: good batteries in place" with no word of what they had
just said, nor that the low batteries may be why the reset fails."""

from __future__ import annotations

from typing import Any

SAID = "You said its battery is low and you can't charge it or put in new batteries now."
OWN_TRY = ("wont-reset", "few-seconds", "nothing", "no-restart", "battery")


def _get_ready(make_driver: Any, level: str, *then: str) -> Any:
    d = make_driver(model="blink-outdoor-4", have=("pin", "app", "batteries"), opening=True)
    for answer in (*OWN_TRY, level, *then):
        assert d.state.current.offers(answer), (d.state.current.id, answer)
        d.send(answer)
    step = d.state.current
    assert (step.ref.kind, step.ref.ref, step.ref.stage) == ("action", "guided-reset", 0)
    assert "Make sure it has power: good batteries in place" in step.text
    return step


def test_low_batteries_not_renewed_are_said_on_the_page_that_asks_for_good_ones(
    make_driver: Any,
) -> None:
    step = _get_ready(make_driver, "low", "cant")
    said = " ".join(step.notices)
    assert SAID in said and "On a low battery a reset may not finish" in said


def test_batteries_said_charged_get_no_such_notice(make_driver: Any) -> None:
    step = _get_ready(make_driver, "charged")
    assert SAID not in " ".join(step.notices)
