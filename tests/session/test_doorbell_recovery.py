"""An Amcrest doorbell is not offered the line's web-page password recovery: the guide that
gives it speaks of cameras and recorders opened in a browser, and the AD110's own source does
not show that it has a full web page (KB audit 68, R12)."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import answered, replayed_under

from camreset.core.session import Guide

ROUTE = "Login page > Forgot Password > scan the QR code"


def test_a_doorbell_that_forgot_its_password_is_not_sent_to_a_login_page(
    make_driver: Any, guide: Guide
) -> None:
    """Its first page read "Try Amcrest's own way back in first … • Login page > Forgot
    Password > scan the QR code …"."""
    d = make_driver(model="amcrest-ad110", have=("pin", "app"), opening=True)
    d.send("forgot-password")
    assert ROUTE not in d.state.current.text
    assert d.state.current.title == "Which password did you forget?"
    older = replayed_under(d, 65).current  # a log started before keeps its page
    assert older.title == "Try Amcrest's own way back in first" and ROUTE in older.text
    bullet = answered(guide, ("forgot-password",), model="amcrest-ip4m-1026e", have=("app",))
    assert ROUTE in bullet.current.text  # a camera still has it
