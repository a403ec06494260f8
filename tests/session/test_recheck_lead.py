"""A second look at the answer given on the page just before says why it comes at once
(phone review 60, #5: a eufyCam 3 whose HomeBase pairing failed was asked "What went wrong
when you added it?" twice in a row, the second time as if by mistake)."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import as_started_under

from camreset.core.session.later_rules import KB_SINCE_71_RULES

STORY = {"reason": "second-hand", "reset-since": "reset", "first-owner": "removed"}
STORY |= {"add-again": "cant"}
STORY |= {"add-trouble": "join-failed"}


def test_a_look_at_the_answer_just_given_says_it_comes_at_once(make_driver: Any) -> None:
    d = make_driver(model="eufy-eufycam-3", have=("pin", "app"), opening=True)
    # Since KB_SINCE_71_RULES a failed HomeBase pairing leads to the HomeBase (session 73, F #3):
    # the look at once comes, as it did, in a session started before.
    as_started_under(d, KB_SINCE_71_RULES - 1)
    for _ in range(100):
        if d.state.current.ref.ref == "recheck":
            break
        d.send(STORY[d.state.current.ref.ref])
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.ref != 'recheck'")
    step = d.state.current
    assert d.state.history[-1].ref.ref == step.ref.subject == "add-trouble"
    assert step.text.startswith("You answered this a moment ago, and that answer alone leaves")
    assert "One more look before you contact support" not in step.text
    assert step.notices == (
        "Your answer was: “It found it, but pairing with the eufy HomeBase S380 (HomeBase 3) "
        "failed”.",
    )
