"""A flat Ring Stick Up Cam Battery: how to charge it on the page, and no "not on" after it came on.

A person whose camera would not switch on read "Charge the camera's battery fully (about 5-10
hours), with the cable that came with it": how to get the battery out was only in the page's
"Where this comes from", and Ring says any common micro-USB cable. After "Not sure" the page
came back saying "“Not sure” skips it"; after "Done waiting" on the start-up wait, the hold
said "Nothing yet says it is on" (session-71 review E, #9)."""

from __future__ import annotations

from tests.session.conftest import answered

from camreset.core.session import Guide, SessionState

RING = {"model": "ring-stick-up-cam-battery", "have": ("app",)}


def _on(guide: Guide, *answers: str) -> SessionState:
    return answered(guide, ("no-power", *answers), **RING)


def test_the_charge_page_says_how_the_battery_comes_out_and_charges(guide: Guide) -> None:
    step = _on(guide).current
    assert step.title == "Charge it"
    assert "twist the cover off, press the release tab" in step.text
    assert "micro-USB" in step.text and "solid green light" in step.text
    assert "the cable that came with it" not in step.text


def test_the_page_kept_after_not_sure_says_why_it_is_back(guide: Guide) -> None:
    step = _on(guide, "not_sure").current
    assert step.title == "Charge it"
    said = " ".join(step.notices)
    assert "Back after “Not sure”" in said and "(“Not sure” skips it)" not in said


def test_the_hold_after_done_waiting_does_not_say_nothing_says_it_is_on(guide: Guide) -> None:
    state = _on(guide, "done")
    assert state.current.title == "Let the camera start up"
    assert state.current.offers("still-dark")
    hold = _on(guide, "done", "done").current
    assert hold.timer is not None
    assert not any("Nothing yet says it is on" in n for n in hold.notices)


def test_the_hold_after_not_sure_on_the_wait_still_says_so(guide: Guide) -> None:
    hold = _on(guide, "done", "not_sure", "not_sure").current  # the wait is kept once
    assert hold.timer is not None
    assert any("Nothing yet says it is on" in n for n in hold.notices)
