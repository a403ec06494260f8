"""After going on with a reset a source found is only in part, the pages say what it kept.

A Tapo C200 let go at 7 s, before the 10 s its page asks for (a source found letting go at 5 s
keeps the local admin password), took "It reacted: go on, with it reset only in part"; the
next page, "Let the camera restart", and "Add it again … (and a new password, if it asks for
one)" said nothing of the admin password it kept: a login with a new one failed, and nothing
said why (session 70, left over from review 69, N #2)."""

from __future__ import annotations

from typing import Any

from tests.session.test_not_before_hold import _at_the_hold, _held

from camreset.core.report import build_report, render_text

KEPT_PASSWORD_SUMMARY = "reset only in part: the camera still has its old admin password"
KEPT = "You went on with a reset only in part, so the camera still has its old admin password."
FOUND = (
    "A source found that letting go at 5 s resets it only in part (the local admin password is "
    "kept)."
)
WHAT_TO_DO = (
    "If it asks for that password and you do not know it, it needs the full reset, a hold for "
    "the whole 30 seconds: answer “It asks for a password I don't have” when asked what went "
    "wrong."
)


def _notices(d: Any) -> str:
    return " ".join(d.state.current.notices)


def _went_on_in_part(make_driver: Any) -> Any:
    d = _at_the_hold(make_driver)
    _held(d, 7.0)
    d.send("go-on")
    return d


def test_the_page_after_going_on_says_so_and_after_holding_again_long_enough_none_does(
    make_driver: Any, kb: Any
) -> None:
    """The same 7 s hold held again for 12 s resets it in full: no page about adding it again,
    nor the report, says the old password is kept."""
    d = _went_on_in_part(make_driver)
    assert d.state.current.title == "Let the camera restart"
    said = _notices(d)
    assert KEPT in said and FOUND in said and WHAT_TO_DO in said
    again = _at_the_hold(make_driver)
    _held(again, 7.0)
    again.send("again")
    _held(again, 12.0)
    for _ in range(100):
        if again.state.current.ref.ref == "add-again":
            break
        assert "only in part" not in _notices(again)
        again.pick("yes", "done")
    else:
        raise AssertionError("100 steps and still: again.state.current.ref.ref != 'add-again'")
    assert "admin password" not in _notices(again)
    assert KEPT_PASSWORD_SUMMARY not in build_report(kb, again.state).summary


def test_adding_it_again_says_so_too_and_the_full_reset_after_it_does_not(
    make_driver: Any, kb: Any
) -> None:
    """The add page, "what went wrong?" and the report say it; "It asks for a password I don't
    have" then leads to the full reset the notice names, and once its 30 s hold is done its own
    "Add it again" and the report no longer say it."""
    d = _went_on_in_part(make_driver)
    for _ in range(100):
        if d.state.current.ref.ref == "add-again":
            break
        d.pick("yes", "done")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.ref != 'add-again'")
    assert d.state.current.title == "Add it again" and KEPT in _notices(d)
    d.send("done")
    d.send("no")  # not added
    assert d.state.current.ref.ref == "add-trouble" and KEPT in _notices(d)
    report = build_report(kb, d.state)
    assert KEPT_PASSWORD_SUMMARY in report.summary
    assert KEPT_PASSWORD_SUMMARY in render_text(report)
    d.send("asks-password")
    assert d.state.current.ref.ref == "full-reset"
    assert d.state.current.title == "Hold the reset button for 30 seconds"
    _held(d, 31.0)
    for _ in range(100):
        if not (d.state.current.ref.stage < 3):
            break
        d.pick("yes", "done")
    else:
        raise AssertionError("100 steps and still: d.state.current.ref.stage < 3")
    assert d.state.current.title == "Add it again"
    assert "admin password" not in _notices(d)
    assert KEPT_PASSWORD_SUMMARY not in build_report(kb, d.state).summary
