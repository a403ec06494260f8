"""What camreset can do to a camera it found, and how the person confirms that it is theirs.

`actions_for(camera)` lists the remote actions camreset can send: to a camera that answers
DHIP (Dahua, Amcrest, Lorex) or an ONVIF device service, a reboot and a soft or hard factory
reset; to a Tapo camera seen through ONVIF only a reboot, the safe action, because a Tapo's
factory reset over ONVIF is untested (docs/network.md); to a camera that says it is back at
factory settings nothing: it has no admin password to log in with yet, and nothing to reset
(it was offered a hard reset and asked for a password: terminal review 69, T #2).
`confirms(mac, typed)` checks what the person typed or tapped against the MAC the camera
reports right now: the whole MAC, or its last four characters as on the camera's label.
"""

from __future__ import annotations

import re

from camreset.net.mac import normalise_mac
from camreset.net.model import Camera
from camreset.net.remote.confirm import RemoteAction

RESETS = (RemoteAction.FACTORY_RESET_HARD, RemoteAction.FACTORY_RESET_SOFT)
EVERY_ACTION = (*RESETS, RemoteAction.REBOOT)
SUFFIX = 4
"""Characters of the MAC a person types to confirm (the end of it, without separators)."""


def actions_for(camera: Camera) -> tuple[RemoteAction, ...]:
    """The remote actions camreset can send to `camera`, resets first; () if none."""
    if camera.mac is None or camera.setup_state == "factory":
        return ()
    protocols = set(camera.protocols)
    if "dhip" in protocols:
        return EVERY_ACTION
    if "wsd" in protocols and any(r.service_url for r in camera.replies):
        return (RemoteAction.REBOOT,) if camera.line == "tapo" else EVERY_ACTION
    return ()


def could_be_a_mac(typed: str) -> bool:
    """Whether `typed` has the shape of a MAC or of its last four hex digits, so that a
    mistyped `--mac` is refused before any packet goes to the camera."""
    if normalise_mac(typed) is not None:
        return True
    return re.fullmatch(r"[0-9a-f]{4}", _digits(typed)) is not None


def _digits(typed: str) -> str:
    return re.sub(r"[\s:.\-]", "", typed.strip().casefold())


def confirms(mac: str, typed: str) -> bool:
    """Whether `typed` names the MAC `mac`: all of it (any spelling), or its last four hex
    digits. Anything shorter, or any other MAC, is not a confirmation."""
    whole = normalise_mac(typed)
    if whole is not None:
        return whole == mac
    digits = _digits(typed)
    return len(digits) == SUFFIX and mac.replace(":", "").endswith(digits)


def mac_suffix(mac: str) -> str:
    """What a person types to confirm: the MAC's last four hex digits, upper case."""
    return mac.replace(":", "")[-SUFFIX:].upper()
