"""An answer just given is not asked once more before support (phone review 60, #5): a
eufyCam 3 whose HomeBase pairing failed was asked "What went wrong when you added it?" twice in
a row, the second time as "One more look before you contact support", nothing tried between."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import Driver

from camreset.core.session.rules import FRESH_ANSWER_RULES

STORY = {
    "reason": "second-hand",
    "reset-since": "reset",
    "add-again": "cant",
    "add-trouble": "join-failed",
}


def _to_support(d: Driver) -> None:
    """Second-hand, reset since, adding it again fails: pairing with the HomeBase failed."""
    for _ in range(10):
        step = d.state.current
        if step.kind == "outcome" or step.ref.ref == "recheck":
            return
        d.send(STORY[step.ref.ref])
    raise AssertionError("the session did not reach support")


def test_the_answer_given_on_the_page_before_support_is_not_asked_again(
    make_driver: Any,
) -> None:
    d = make_driver(model="eufy-eufycam-3", have=("pin", "app"), opening=True)
    _to_support(d)
    step = d.state.current
    assert d.state.history[-1].ref.ref == "add-trouble"
    assert (step.kind, step.ref.ref) == ("outcome", "escalate-after-reset")
    assert not [h for h in d.state.history if h.ref.ref == "recheck"]


def test_a_log_written_before_that_rule_still_asks_it_again(make_driver: Any) -> None:
    d = make_driver(model="eufy-eufycam-3", have=("pin", "app"), opening=True)
    _to_support(d)
    started, *rest = d.state.events
    assert started.data["rules"] >= FRESH_ANSWER_RULES
    old = started.model_copy(update={"data": {**started.data, "rules": FRESH_ANSWER_RULES - 1}})
    before = d.guide.replay([old, *rest])
    assert (before.current.ref.ref, before.current.ref.subject) == ("recheck", "add-trouble")
