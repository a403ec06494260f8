"""Discovery responders for Tapo, Kasa and Hikvision SADP: check the probe, send the reply.

Each answers only a probe that is framed the way the real client sends it (a Tapo probe
with a valid CRC and an RSA key, a Kasa probe that decrypts to `get_sysinfo`, a SADP
`inquiry`), so a framing bug in camreset shows up as silence, as it would on a real LAN.
The reply is the recorded one, with the address the emulator serves on where the camera
reports its own address.
"""

from __future__ import annotations

import json

from camreset.net import kasa, tapo
from camreset.net.emulators.replies import fill, load_json
from camreset.net.safexml import XmlRejected, local_name, parse_xml, text


class TapoResponder:
    """A Tapo camera on UDP 20002."""

    def __init__(self, reply_file: str, address: str) -> None:
        self.reply = load_json(reply_file)
        self.reply["result"]["ip"] = address

    def handle(self, data: bytes, sender: tuple[str, int]) -> bytes | None:
        if len(data) <= tapo.HEADER.size or data[0] != 2 or not tapo.crc_ok(data):
            return None
        try:
            key = json.loads(data[tapo.HEADER.size :])["params"]["rsa_key"]
        except (ValueError, KeyError, TypeError):
            return None
        if not isinstance(key, str) or "BEGIN PUBLIC KEY" not in key:
            return None
        serial = int.from_bytes(data[8:12], "big")
        return tapo.frame(json.dumps(self.reply).encode(), serial=serial)


class KasaResponder:
    """A Kasa camera on UDP 9999."""

    def __init__(self, reply_file: str) -> None:
        self.reply = load_json(reply_file)

    def handle(self, data: bytes, sender: tuple[str, int]) -> bytes | None:
        try:
            query = json.loads(kasa.xor_decrypt(data))
        except ValueError:
            return None
        if not isinstance(query, dict) or "get_sysinfo" not in query.get("system", {}):
            return None
        return kasa.xor_encrypt(json.dumps(self.reply).encode())


class SadpResponder:
    """A Hikvision camera on UDP 37020."""

    def __init__(self, reply_file: str, address: str) -> None:
        self.reply_file = reply_file
        self.address = address

    def handle(self, data: bytes, sender: tuple[str, int]) -> bytes | None:
        try:
            probe = parse_xml(data)
        except XmlRejected:
            return None
        if local_name(probe.tag) != "Probe" or text(probe, "Types") != "inquiry":
            return None
        return fill(self.reply_file, uuid=text(probe, "Uuid") or "", address=self.address)
