"""A question the engine asks again shows the answer given to it last time."""

from __future__ import annotations

from collections.abc import Callable

from tests.session.conftest import Driver


def test_a_question_asked_again_says_what_was_picked_last_time(
    make_driver: Callable[..., Driver],
) -> None:
    """Web review 55: "What went wrong when you added it?" came six times in eighteen pages
    of a Tapo whose Wi-Fi joining failed, each time as if never asked."""
    d = make_driver(model="tapo-c200", have=("pin", "app", "original_adapter"), opening=True)
    d.send("cant-add")
    first = d.state.current
    assert first.ref.ref == "add-trouble" and not first.notices
    d.send("join-failed")
    for _ in range(10):
        if d.state.current.ref.ref == "add-trouble":
            break
        d.pick("no", "done")
    again = d.state.current
    assert again.ref.ref == "add-trouble"
    assert again.notices == (
        "Last time you picked “It found it, but joining the Wi-Fi failed”. If the same "
        "happened this time, pick it again.",
    )
    d.send("not_sure")  # "Not sure" is nothing to pick again
    for _ in range(10):
        if d.state.current.ref.ref == "add-trouble":
            break
        d.pick("no", "done")
    assert d.state.current.ref.ref == "add-trouble" and not d.state.current.notices
