"""Which remote actions camreset offers a camera it found, and what confirms it."""

from __future__ import annotations

import pytest

from camreset.net.model import Camera, DiscoveredCamera
from camreset.net.remote import RemoteAction
from camreset.net.remote.offer import actions_for, confirms, mac_suffix

MAC = "9c:8e:cd:00:0a:02"


def reply(protocol: str, **fields: object) -> DiscoveredCamera:
    base: dict[str, object] = {"mac": MAC, "setup_state": "set_up", "evidence": protocol}
    return DiscoveredCamera(protocol=protocol, address="192.168.1.20", **{**base, **fields})  # type: ignore[arg-type]


ONVIF = reply("wsd", service_url="http://192.168.1.20/onvif/device_service")
EVERYTHING = [
    RemoteAction.FACTORY_RESET_HARD,
    RemoteAction.FACTORY_RESET_SOFT,
    RemoteAction.REBOOT,
]


def test_dahua_and_onvif_cameras_can_be_reset_or_restarted() -> None:
    assert list(actions_for(Camera((reply("dhip", http_port=80),)))) == EVERYTHING
    assert list(actions_for(Camera((ONVIF,)))) == EVERYTHING


def test_a_tapo_seen_through_onvif_gets_only_the_safe_restart() -> None:
    tapo = reply("tapo", line="tapo", brand="TP-Link")
    assert actions_for(Camera((tapo, ONVIF))) == (RemoteAction.REBOOT,)


def test_nothing_is_offered_without_a_service_or_a_mac() -> None:
    assert actions_for(Camera((reply("tapo", line="tapo"),))) == ()
    assert actions_for(Camera((reply("sadp"),))) == ()
    assert actions_for(Camera((reply("dhip", mac=None),))) == ()


def test_a_camera_back_at_factory_settings_is_offered_nothing() -> None:
    """Terminal review 69, T #2: an uninitialised Dahua (no admin password yet) was offered a
    hard reset, and its password asked for; there is none to log in with, and nothing to
    reset."""
    assert actions_for(Camera((reply("dhip", http_port=80, setup_state="factory"),))) == ()
    onvif = reply("wsd", setup_state="factory", service_url=ONVIF.service_url)
    assert actions_for(Camera((onvif,))) == ()


@pytest.mark.parametrize(
    ("typed", "ok"),
    [
        ("0A02", True),
        ("0a02", True),
        ("0a:02", True),
        ("9C-8E-CD-00-0A-02", True),
        ("9c8ecd000a02", True),
        ("a02", False),  # too short to say which camera
        ("0b02", False),
        ("9c:8e:cd:00:0b:02", False),
        ("", False),
    ],
)
def test_the_mac_or_its_last_four_characters_confirm_it(typed: str, ok: bool) -> None:
    assert confirms(MAC, typed) is ok
    assert mac_suffix(MAC) == "0A02"
