"""A full reset done while adding the camera again asks whether it is in setup mode before the
add steps, and a No goes back to resetting (after-reset review 58, #12: a Ring and a Tapo went
from the 30-second hold straight to "Add it again", never asked what the camera showed)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.session.conftest import Driver

from camreset.core.session.events import SessionEvent

TAPO = "tapo-c200"
ADDED = "Is it added in the Tapo app, showing live video?"


def _logged(at: datetime, step: str, answer: str, title: str) -> SessionEvent:
    """An answer as a log written before the setup-mode check came in kept it."""
    return SessionEvent(type="answered", at=at, step=step, answer=answer, data={"title": title})


def _to_full_reset_check(d: Driver) -> Any:
    """From "It reset, but I can't add it" to the full reset's setup-mode page."""
    d.send("cant-add")
    for _ in range(30):
        now = d.state.current
        if (now.ref.ref, now.ref.stage) == ("full-reset", 2):
            return now
        if now.ref.ref == "add-trouble":
            d.send("not-found")
        else:
            d.pick("done", "no", "not_sure")
    raise AssertionError("the full reset never came")


def test_a_full_reset_while_adding_it_asks_for_setup_mode_before_the_add_steps(
    make_driver: Any,
) -> None:
    d = make_driver(model=TAPO, have=("pin", "app", "original_adapter"), opening=True)
    check = _to_full_reset_check(d)
    assert check.title == "Is the camera in setup mode now?"
    assert "red and green, alternating" in check.text  # the Tapo's own setup light
    d.send("yes")
    assert d.state.phase == "setup"
    assert (d.state.current.ref.ref, d.state.current.title) == ("full-reset", "Add it again")


def test_not_in_setup_mode_after_it_goes_back_to_resetting_and_says_why(
    make_driver: Any, kb: Any
) -> None:
    from camreset.core.report import BEFORE_BACK_TITLE, build_report, render_text

    d = make_driver(model=TAPO, have=("pin", "app", "original_adapter"), opening=True)
    _to_full_reset_check(d)
    d.send("no")
    assert d.state.phase == "reset"
    assert d.state.current.ref.ref != "full-reset"
    assert d.state.current.notices[0] == (
        "You said it is not in setup mode after that reset, so the reset has not taken yet. "
        "Back to the reset steps, to find what stops it."
    )
    # support reads what stopped adding it before it went back, not only the reset's causes
    text = render_text(build_report(kb, d.state))
    assert BEFORE_BACK_TITLE.upper() in text
    assert "not in setup mode: back to resetting" in text


def test_can_not_tell_is_not_taken_as_not_in_setup_mode(make_driver: Any) -> None:
    """ "I can't" there goes on to adding it, whose own check tells: it is no failed full
    reset, and no "could not tell whether it is added" (diff review 59)."""
    from camreset.core.engine.evidence import ActionFailed

    d = make_driver(model=TAPO, have=("pin", "app", "original_adapter"), opening=True)
    _to_full_reset_check(d)
    d.send("cant")
    assert d.state.phase == "setup"
    assert (d.state.current.ref.ref, d.state.current.title) == ("full-reset", "Add it again")
    assert ActionFailed("full-reset") not in d.state.fold.evidence
    assert d.state.history[-1].result is None


def test_a_log_written_before_the_check_came_in_replays_as_it_ran(make_driver: Any) -> None:
    """A full reset's "Add it again" was its page 2 before the setup-mode check came in ahead
    of it: a stored session answered "Done" there and "No" on "Is it added…" (page 3). Read
    by the page titles it kept, it replays as it ran, not as a "Done" on the check."""
    d = make_driver(model=TAPO, have=("pin", "app", "original_adapter"), opening=True)
    check = _to_full_reset_check(d)
    seq = check.ref.seq
    at = d.state.events[-1].at
    old = [
        _logged(at, f"{seq}.a.full-reset.2", "done", "Add it again"),
        _logged(at, f"{seq + 1}.a.full-reset.3", "no", ADDED),
    ]
    state = d.guide.replay([*d.state.events, *old])
    assert [(h.ref.stage, h.answer) for h in state.history[-2:]] == [(3, "done"), (4, "no")]
    assert state.history[-1].result == "not added yet"
    assert state.phase == "setup" and state.current.ref.ref == "add-trouble"


def test_a_logged_answer_the_moved_page_also_offers_follows_its_title(make_driver: Any) -> None:
    """ "I can't" fits the setup-mode check as well as "Add it again": the title it was given
    under decides, so an old log's "I can't" on "Add it again" stays one."""
    d = make_driver(model=TAPO, have=("pin", "app", "original_adapter"), opening=True)
    check = _to_full_reset_check(d)
    old = _logged(d.state.events[-1].at, f"{check.ref.seq}.a.full-reset.2", "cant", "Add it again")
    state = d.guide.replay([*d.state.events, old])
    assert (state.history[-1].ref.stage, state.history[-1].title) == (3, "Add it again")
    assert state.history[-1].answer == "cant" and state.phase == "setup"
