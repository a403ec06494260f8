"""Facts the KB trust audit of session 76 (F) found in their cited sources but left out: each
is said beside the others (`since: 74`), and a session started before sees the KB as it ran.

- Hikvision's own quick start guide holds RESET about 10 s while the camera powers on or
  restarts; the line's hold listed six blogs' times and not the maker's.
- Blink's Spanish help page sends the "Forgot Password?" code to the phone; the English one
  cited says the account's e-mail, so a person was told only to wait for an e-mail.
"""

from __future__ import annotations

import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.loader import seen_from
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.values import RecoveryKind
from camreset.core.present.facts import card_views
from camreset.core.session.later_rules import KB_SINCE_74_RULES
from camreset.kb_files import load_kb

KB = load_kb()
OLD = seen_from(KB, KB_SINCE_74_RULES - 1)


def _hold_card(kb: KnowledgeBase, model_id: str) -> tuple[str, tuple[str, ...]]:
    model = resolve_model(kb, model_id)
    view = next(v for v in card_views(kb, model) if v.name == "hold")
    return view.text, view.disagreement


def test_a_hikvision_card_shows_hikvisions_own_ten_seconds_beside_the_blogs() -> None:
    text, disagreement = _hold_card(KB, "hikvision-ds-2cd2143g2-i")
    assert text == "15 to 20 s"  # still the surest: two publishers
    makers = [line for line in disagreement if "hik-qsg-fisheye-ud04395b" in line]
    assert makers == [
        "7. 10 s; while the camera is powering on or restarting (low: hik-qsg-fisheye-ud04395b)"
    ]


def test_a_hikvision_session_started_before_sees_the_blogs_alone() -> None:
    text, disagreement = _hold_card(OLD, "hikvision-ds-2cd2143g2-i")
    assert text == "15 to 20 s"
    assert not any("hik-qsg-fisheye-ud04395b" in line for line in disagreement)
    assert len(disagreement) == 7  # the heading and the six claims it ran with


def _account_routes(kb: KnowledgeBase) -> list[str]:
    model = resolve_model(kb, "blink-outdoor-4")
    return [r.route for r in model.recovery(RecoveryKind.account)]


def test_a_blink_owner_is_told_the_code_may_come_to_their_phone() -> None:
    routes = _account_routes(KB)
    assert routes[0].endswith("the verification code sent to the account's email")
    assert routes[1].endswith(
        "the verification code sent to your phone > Verify > new password, twice > Change Password"
    )
    model = resolve_model(KB, "blink-outdoor-4")
    way = next(r for r in model.recovery(RecoveryKind.account) if "your phone" in r.route)
    assert "Resend code" in (way.note or "")


def test_a_blink_session_started_before_keeps_the_e_mail_way_alone() -> None:
    routes = _account_routes(OLD)
    assert not any("your phone" in route for route in routes)
    assert routes[0].endswith("the verification code sent to the account's email")


NO_ETHERNET = ["unifi-g4-doorbell", "unifi-g4-doorbell-pro", "unifi-g3-instant", "unifi-g4-instant"]


def _button_card(kb: KnowledgeBase, model_id: str) -> tuple[str, tuple[str, ...]]:
    model = resolve_model(kb, model_id)
    view = next(v for v in card_views(kb, model) if v.name == "button")
    return view.text, view.sources


@pytest.mark.parametrize("model_id", NO_ETHERNET)
def test_a_unifi_camera_with_no_ethernet_port_is_not_sent_to_one(model_id: str) -> None:
    """The line's "next to the Ethernet port" is from a page about the older UniFi Video
    cameras; these are on USB or doorbell wires and Wi-Fi: the general default, said as one."""
    text, sources = _button_card(KB, model_id)
    assert "Ethernet" not in text
    assert text.startswith("Where: a small recessed hole, usually on the back")
    assert sources == ("seed-tplink", "seed-amcrest")


@pytest.mark.parametrize("model_id", NO_ETHERNET)
def test_a_unifi_session_started_before_keeps_the_ethernet_port(model_id: str) -> None:
    assert _button_card(OLD, model_id)[0].startswith("Where: next to the Ethernet port")


def test_a_unifi_camera_on_a_network_cable_keeps_the_ethernet_port() -> None:
    text, sources = _button_card(KB, "unifi-g4-bullet")
    assert text.startswith("Where: next to the Ethernet port")
    assert sources == ("ubnt-help-unifi-video-reset",)
