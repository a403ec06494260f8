"""The reason a later page of an attempt gives: its first page's, until a check of it said
yes (diff review 61: after "setup mode: yes" it still read "about 34 % chance it resets")."""

from __future__ import annotations

from typing import Any


def test_the_attempts_reason_stops_once_its_setup_mode_check_said_yes(make_driver: Any) -> None:
    d = make_driver(model="arlo-essential-spotlight", have=("pin", "app"), opening=True)
    for _ in range(40):
        step = d.state.current
        if step.ref.ref == "full-reset" and step.timer is not None:
            break
        d.pick("cant-add", "have", "done", "no", "cant")
    first = d.state.current.why
    assert first is not None
    d.send("done")  # the hold
    assert d.state.current.why is not None and d.state.current.why.summary == first.summary
    d.send("done")  # the restart
    assert d.state.current.title == "Is the camera in setup mode now?"
    d.send("yes")
    assert d.state.current.ref.ref == "full-reset" and d.state.current.title == "Add it again"
    assert d.state.current.why is None
