"""An emulated Dahua/Amcrest camera: DHIP discovery and the CGI API behind HTTP Digest.

DHIP answers `DHDiscover.search` with the recorded `client.notifyDevInfo`, its HttpPort set
to the emulator's CGI port. The CGI does what camreset may ask of it: `magicBox.cgi`
`reboot` and `resetSystemEx` (type 0: everything, so the camera is uninitialised again;
type 1: everything but the network), and `configManager.cgi` `restoreExcept` Network, which
restores settings but, in this emulator, keeps the admin account: what a real camera does
there is not documented. Every action is recorded in `actions`.
"""

from __future__ import annotations

import copy
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

from camreset.net import dhip
from camreset.net.emulators.digest import DigestGuard
from camreset.net.emulators.http import Request, Response
from camreset.net.emulators.replies import load_json
from camreset.net.probe import ReplyError

UNINITIALISED = 149  # low bits 1 (see camreset.net.dhip)
INITIALISED = 150  # low bits 2, as in a recorded VTO2000A reply
OK = Response(200, b"OK\r\n")
BAD_REQUEST = Response(400, b"Error\r\nBad Request!\r\n")


class DahuaCamera:
    """One Dahua-family camera; `actions` lists what the CGI was asked to do."""

    def __init__(self, reply_file: str, address: str, username: str, password: str) -> None:
        self.reply = load_json(reply_file)
        self.address = address
        self.http_port = 80
        self.actions: list[str] = []
        info = self.reply["params"]["deviceInfo"]
        self.guard = DigestGuard(f"Login to {info['SerialNo']}", username, password)

    @property
    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = self.reply["params"]["deviceInfo"]
        return info

    def notify(self) -> dict[str, Any]:
        """The notifyDevInfo reply as the camera would send it right now."""
        reply = copy.deepcopy(self.reply)
        info = reply["params"]["deviceInfo"]
        info["HttpPort"] = self.http_port
        if info["IPv4Address"].get("DhcpEnable"):
            info["IPv4Address"]["IPAddress"] = self.address
        return reply

    def handle_dhip(self, data: bytes, sender: tuple[str, int]) -> bytes | None:
        try:
            search = json.loads(dhip.unframe(data))
        except (ReplyError, ValueError):
            return None
        if not isinstance(search, dict) or search.get("method") != "DHDiscover.search":
            return None
        wanted = search.get("mac")
        if isinstance(wanted, str) and wanted and wanted.lower() != self.reply["mac"]:
            return None
        return dhip.frame(json.dumps(self.notify()).encode())

    def handle_http(self, request: Request) -> Response:
        authorization = request.headers.get("authorization")
        if not self.guard.check(request.method, request.target, authorization):
            challenge = (("WWW-Authenticate", self.guard.challenge()),)
            return Response(401, b"Error\r\nInvalid Authority!\r\n", headers=challenge)
        url = urlsplit(request.target)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        return self._act(url.path, query)

    def _act(self, path: str, query: dict[str, str]) -> Response:
        action = query.get("action")
        if path == "/cgi-bin/magicBox.cgi" and action == "reboot":
            self.actions.append("reboot")
            return OK
        if path == "/cgi-bin/magicBox.cgi" and action == "resetSystemEx":
            kind = query.get("type")
            if kind not in {"0", "1"}:
                return BAD_REQUEST
            self.actions.append(f"resetSystemEx type={kind}")
            self.info["Init"] = UNINITIALISED
            return OK
        if path == "/cgi-bin/configManager.cgi" and action == "restoreExcept":
            self.actions.append(f"restoreExcept {query.get('names[0]', '')}")
            return OK
        return BAD_REQUEST
