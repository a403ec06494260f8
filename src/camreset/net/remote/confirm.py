"""The confirmation a person gives before a remote reset or reboot, and their credentials.

A `Confirmation` names the action and the device as the person saw it: model, MAC and
address. The remote code refuses unless the device answering at that address right now
reports that MAC, and each confirmation can be used for one attempt only, so a wrong
password is never retried on its own (Tapo and Dahua cameras lock an account after a few
failed logins). `Credentials` hide the password from repr, str and pickling; camreset uses
them for the one call they are passed to and keeps no copy. An empty password is refused when
they are made, so no interface can send one as a login (the guide's `r` did: terminal review
69, T #1).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from camreset.net.addresses import parse_target
from camreset.net.errors import ConfirmationRequired, NotSupported, PasswordMissing
from camreset.net.mac import normalise_mac
from camreset.net.model import Camera


class RemoteAction(StrEnum):
    REBOOT = "reboot"
    FACTORY_RESET_SOFT = "factory_reset_soft"
    FACTORY_RESET_HARD = "factory_reset_hard"


class Way(StrEnum):
    """How camreset talks to the camera for the action."""

    ONVIF = "onvif"  # SystemReboot / SetSystemFactoryDefault, WS-Security UsernameToken
    DAHUA_CGI = "dahua_cgi"  # magicBox.cgi / configManager.cgi, HTTP Digest


HARD_RESET_NOTE = (
    "A hard factory reset also puts the camera's network settings back to factory. It may "
    "come back on another address, or on the maker's fixed factory address (a wired Dahua: "
    "192.168.1.108 with DHCP off, as a source gives it; another maker's reset card gives its "
    "address where a source does), and a Wi-Fi camera forgets your Wi-Fi and opens its own setup "
    "network. Until it is set up again, this computer may not reach it."
)
SOFT_RESET_NOTE = (
    "A soft factory reset keeps the network settings the camera needs to stay reachable, so "
    "it should come back at the same address; the other settings go back to factory. What "
    "exactly is kept is up to the maker."
)
REBOOT_NOTE = "A reboot keeps every setting; the camera is away for a minute or two."
NOTES = {
    RemoteAction.FACTORY_RESET_HARD: HARD_RESET_NOTE,
    RemoteAction.FACTORY_RESET_SOFT: SOFT_RESET_NOTE,
    RemoteAction.REBOOT: REBOOT_NOTE,
}
VERBS = {
    RemoteAction.FACTORY_RESET_HARD: "Factory-reset (hard, network settings too)",
    RemoteAction.FACTORY_RESET_SOFT: "Factory-reset (soft, keeping the network settings)",
    RemoteAction.REBOOT: "Reboot",
}
_SPENT: set[str] = set()


class Credentials:
    """A username and password for one remote action; the password is never shown."""

    __slots__ = ("_password", "username")

    def __init__(self, username: str, password: str) -> None:
        if not password:
            raise PasswordMissing("no password was typed: nothing was sent to the camera")
        self.username = username
        self._password = password

    @property
    def password(self) -> str:
        return self._password

    def __repr__(self) -> str:
        return f"Credentials(username={self.username!r}, password=<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("credentials cannot be pickled or stored")


@dataclass(frozen=True)
class Confirmation:
    """ "Yes, do `action` to the `model` at `address` with MAC `mac`", usable once."""

    action: RemoteAction
    way: Way
    address: str
    mac: str
    model: str
    service_url: str | None = None  # ONVIF device service
    http_port: int | None = None  # Dahua CGI
    token: str = field(default_factory=lambda: secrets.token_hex(16), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "address", str(parse_target(self.address)))
        mac = normalise_mac(self.mac)
        if mac is None:
            raise ConfirmationRequired(f"{self.mac!r} is not a MAC address")
        object.__setattr__(self, "mac", mac)
        if self.service_url is not None and urlsplit(self.service_url).hostname != self.address:
            raise ConfirmationRequired("the ONVIF service URL points at another address")

    @property
    def prompt(self) -> str:
        """What the person is asked, with what the action does to the network settings."""
        verb = VERBS[self.action]
        return f"{verb} the {self.model} at {self.address} (MAC {self.mac})? {NOTES[self.action]}"

    def spend(self) -> None:
        """Mark this confirmation used; ConfirmationRequired if it already was."""
        if self.token in _SPENT:
            raise ConfirmationRequired(
                "this confirmation was already used; ask the person again before another try"
            )
        _SPENT.add(self.token)

    @classmethod
    def for_camera(cls, camera: Camera, action: RemoteAction) -> Confirmation:
        """A confirmation for a camera a scan or check found (not yet given by anyone)."""
        if camera.mac is None:
            raise NotSupported(
                "the camera did not report its MAC address, so it cannot be confirmed"
            )
        model = " ".join(n for n in (camera.brand, camera.model) if n) or "camera"
        by_protocol = {reply.protocol: reply for reply in camera.replies}
        if "dhip" in by_protocol:  # the maker's own API: its reset semantics are documented
            port = by_protocol["dhip"].http_port
            return cls(action, Way.DAHUA_CGI, camera.address, camera.mac, model, http_port=port)
        wsd = by_protocol.get("wsd")
        if wsd is not None and wsd.service_url:
            url = wsd.service_url
            return cls(action, Way.ONVIF, camera.address, camera.mac, model, service_url=url)
        raise NotSupported(
            f"camreset cannot {action.value.replace('_', ' ')} a {camera.brand or ''} camera "
            "remotely: it answers no ONVIF or Dahua service (Tapo cameras need the ONVIF "
            "service turned on in the Tapo app)"
        )
