"""An emulated ONVIF camera: WS-Discovery and the device service, with UsernameToken digest.

WS-Discovery answers a Probe for NetworkVideoTransmitter with the recorded ProbeMatches,
whose Profile Q scope follows the camera's state. The device service answers
GetSystemDateAndTime without credentials (as cameras do, so clients can learn the clock)
and everything else only with a valid WS-Security UsernameToken digest: the right
password, a fresh nonce, and a Created time within five minutes of the camera's clock
(which may be set wrong on purpose). SetSystemFactoryDefault puts the camera back in
Profile Q's FactoryDefault state; every action is recorded in `actions`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

from camreset.net.emulators.http import Request, Response
from camreset.net.emulators.replies import fill
from camreset.net.safexml import XmlRejected, descendants, find, local_name, parse_xml, text

SOAP = "application/soap+xml; charset=utf-8"
FRESHNESS = timedelta(minutes=5)
DIGEST_TYPE = "#PasswordDigest"
ANSWERS = {
    "GetDeviceInformation": "onvif-GetDeviceInformation.xml",
    "GetNetworkInterfaces": "onvif-GetNetworkInterfaces.xml",
    "SetSystemFactoryDefault": "onvif-SetSystemFactoryDefault.xml",
    "SystemReboot": "onvif-SystemReboot.xml",
}


class OnvifCamera:
    """One ONVIF camera; `factory` is its Profile Q state, `actions` what it was asked."""

    def __init__(
        self,
        address: str,
        mac: str,
        username: str,
        password: str,
        *,
        factory: bool,
        clock_offset: timedelta = timedelta(0),
    ) -> None:
        self.address = address
        self.mac = mac
        self.http_port = 80
        self.factory = factory
        self.clock_offset = clock_offset
        self.actions: list[str] = []
        self.failed_logins = 0
        self._username = username
        self._password = password
        self._nonces: set[str] = set()

    @property
    def xaddr(self) -> str:
        return f"http://{self.address}:{self.http_port}/onvif/device_service"

    def now(self) -> datetime:
        return datetime.now(UTC) + self.clock_offset

    def handle_wsd(self, data: bytes, sender: tuple[str, int]) -> bytes | None:
        try:
            root = parse_xml(data)
        except XmlRejected:
            return None
        probe = find(root, "Probe")
        if probe is None:
            return None
        types = text(probe, "Types") or ""
        if types and "NetworkVideoTransmitter" not in types:
            return None
        state = "factory" if self.factory else "operational"
        return fill(
            f"wsd-probe-matches-{state}.xml",
            message_id=uuid.uuid4(),
            relates_to=text(root, "MessageID") or "",
            xaddr=self.xaddr,
            mac=self.mac,
        )

    def handle_http(self, request: Request) -> Response:
        if request.method != "POST" or urlsplit(request.target).path != "/onvif/device_service":
            return Response(404, b"Not Found\r\n")
        try:
            envelope = parse_xml(request.body)
        except XmlRejected:
            return Response(400, b"Bad Request\r\n")
        body = find(envelope, "Body")
        operation = next(iter(body), None) if body is not None else None
        if operation is None:
            return Response(400, b"Bad Request\r\n")
        name = local_name(operation.tag)
        if name == "GetSystemDateAndTime":
            return Response(200, self._date_and_time(), SOAP)
        if not self._authorised(envelope):
            return Response(400, fill("onvif-fault-not-authorized.xml"), SOAP)
        if name not in ANSWERS:
            return Response(400, b"Bad Request\r\n")  # an operation this emulator lacks
        if name == "SetSystemFactoryDefault":
            kind = text(operation, "FactoryDefault")
            if kind not in {"Hard", "Soft"}:
                return Response(400, b"Bad Request\r\n")
            self.actions.append(f"SetSystemFactoryDefault {kind}")
            self.factory = True
        elif name == "SystemReboot":
            self.actions.append("SystemReboot")
        return Response(200, fill(ANSWERS[name], mac=self.mac, address=self.address), SOAP)

    def _date_and_time(self) -> bytes:
        now = self.now()
        fields = ("year", "month", "day", "hour", "minute", "second")
        return fill("onvif-GetSystemDateAndTime.xml", **{f: getattr(now, f) for f in fields})

    def _authorised(self, envelope: Element) -> bool:
        token = find(envelope, "UsernameToken")
        if token is None:
            return False
        good = self._token_ok(token)
        if not good:
            self.failed_logins += 1
        return good

    def _token_ok(self, token: Element) -> bool:
        password = next(descendants(token, "Password"), None)
        nonce_text, created = text(token, "Nonce"), text(token, "Created")
        if password is None or nonce_text is None or created is None:
            return False
        if not password.get("Type", "").endswith(DIGEST_TYPE) or nonce_text in self._nonces:
            return False
        try:
            nonce = base64.b64decode(nonce_text, validate=True)
            when = datetime.fromisoformat(created.replace("Z", "+00:00"))
        except (binascii.Error, ValueError):
            return False
        if when.tzinfo is None or abs(self.now() - when) > FRESHNESS:
            return False
        raw = nonce + created.encode() + self._password.encode()
        expected = base64.b64encode(hashlib.sha1(raw, usedforsecurity=False).digest()).decode()
        good = text(token, "Username") == self._username and hmac.compare_digest(
            expected, (password.text or "").strip()
        )
        if good:
            self._nonces.add(nonce_text)
        return good
