"""The recovery-code page gives a way back in the person can use (phone review 60, #8): a
buyer of a Hikvision still on its first owner's account, with a computer and no Hik-Connect
app, was sent to the Hik-Connect app."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import Driver

HIK = "hikvision-ds-2cd2143g2-i"
APP_ROUTE = "Hik-Connect app: QR scan"
SADP_ROUTE = "SADP > Forgot Password > Export XML"


def _to_recovery(d: Driver, story: dict[str, str]) -> None:
    for _ in range(40):
        step = d.state.current
        if step.ref.ref == "vendor-code-reset":
            return
        d.send(story.get(step.ref.ref) or next(a for a in ("no", "done", "cant") if step.offers(a)))
    raise AssertionError("no recovery-code page")


def test_a_buyer_with_a_computer_gets_the_computers_route(make_driver: Any) -> None:
    d = make_driver(model=HIK, have=("pin", "computer"), opening=True)
    _to_recovery(d, {"reason": "second-hand", "reset-since": "no"})
    step = d.state.current
    assert SADP_ROUTE in step.text and APP_ROUTE not in step.text
    said = " ".join(step.notices)
    assert "works only for the account the camera is on" in said
    assert "your Hik-Connect app cannot show it" not in said
    d.send("done")
    login = d.state.current
    assert login.title == "Can you log in with the new password?"
    assert not any("cannot show it" in n for n in login.notices)  # a password, not the app


def test_someone_with_only_a_computer_at_hand_gets_the_route_without_the_app(
    make_driver: Any,
) -> None:
    d = make_driver(model=HIK, have=("pin", "computer"), opening=True)
    d.send("skip-questions")
    _to_recovery(d, {})
    step = d.state.current
    assert SADP_ROUTE in step.text and APP_ROUTE not in step.text
    assert any("The Hik-Connect app is not at hand, so this is" in n for n in step.notices)


def test_an_owner_with_the_app_keeps_the_apps_route(make_driver: Any) -> None:
    d = make_driver(model=HIK, have=("pin", "computer", "app"), opening=True)
    d.send("skip-questions")
    _to_recovery(d, {})
    step = d.state.current
    assert APP_ROUTE in step.text
    assert not any("way back in without" in n for n in step.notices)
