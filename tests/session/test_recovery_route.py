"""The recovery-code page gives a way back in the person can use (phone review 60, #8): a
buyer of a Hikvision still on its first owner's account, with a computer and no Hik-Connect
app, was sent to the Hik-Connect app. Hikvision's app route is a recorder's since (KB source
audit 68, R1): an EZVIZ camera, whose app way and QR-scanner way are both its own, now tells
the story, and a Hikvision session started before replays as it ran."""

from __future__ import annotations

from typing import Any

from tests.session.conftest import Driver, replayed_under

from camreset.core.session.later_rules import RECORDER_ROUTE_RULES

HIK = "hikvision-ds-2cd2143g2-i"
HIK_APP_ROUTE = "Hik-Connect app: QR scan"
SADP_ROUTE = "SADP > Forgot Password > Export XML"
EZVIZ = "ezviz-c6n"
APP_ROUTE = "EZVIZ app > camera Settings"
SCANNER_ROUTE = "scan the QR code on the manual cover with a third-party QR scanner"


def _to_recovery(d: Driver, story: dict[str, str]) -> None:
    for _ in range(40):
        step = d.state.current
        if step.ref.ref == "vendor-code-reset":
            return
        d.send(story.get(step.ref.ref) or next(a for a in ("no", "done", "cant") if step.offers(a)))
    raise AssertionError("no recovery-code page")


def test_a_buyer_with_a_computer_gets_the_computers_route(make_driver: Any) -> None:
    d = make_driver(model=EZVIZ, have=("pin", "computer"), opening=True)
    _to_recovery(d, {"reason": "second-hand", "reset-since": "no"})
    step = d.state.current
    assert SCANNER_ROUTE in step.text and APP_ROUTE not in step.text
    said = " ".join(step.notices)
    assert "works only for the account the camera is on" in said
    assert "your EZVIZ app cannot show it" not in said
    d.send("done")
    login = d.state.current
    assert login.title == "Can you log in with the new password?"
    assert not any("cannot show it" in n for n in login.notices)  # a password, not the app


def test_someone_with_only_a_computer_at_hand_gets_the_route_without_the_app(
    make_driver: Any,
) -> None:
    d = make_driver(model=EZVIZ, have=("pin", "computer"), opening=True)
    d.send("skip-questions")
    _to_recovery(d, {})
    step = d.state.current
    assert SCANNER_ROUTE in step.text and APP_ROUTE not in step.text
    assert any("The EZVIZ app is not at hand, so this is" in n for n in step.notices)


def test_an_owner_with_the_app_keeps_the_apps_route(make_driver: Any) -> None:
    d = make_driver(model=EZVIZ, have=("pin", "computer", "app"), opening=True)
    d.send("skip-questions")
    _to_recovery(d, {})
    step = d.state.current
    assert APP_ROUTE in step.text
    assert not any("way back in without" in n for n in step.notices)


def test_a_hikvision_camera_is_given_its_own_sadp_route_even_with_the_app(
    make_driver: Any,
) -> None:
    """KB source audit 68, R1: Hik-Connect's QR way works on a recorder's screen only (a DVR
    or NVR), yet it was a dome's first way back in, with the app at hand; a session started
    before keeps the page it was shown."""
    d = make_driver(model=HIK, have=("pin", "computer", "app"), opening=True)
    d.send("skip-questions")
    _to_recovery(d, {})
    step = d.state.current
    assert SADP_ROUTE in step.text and HIK_APP_ROUTE not in step.text
    assert not any("way back in without" in n for n in step.notices)
    old = replayed_under(d, RECORDER_ROUTE_RULES - 1).current
    assert old.id == step.id and HIK_APP_ROUTE in old.text
