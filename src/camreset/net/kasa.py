"""Kasa discovery (UDP 9999): model, firmware and MAC of a Kasa camera, no login.

The legacy TP-Link protocol "encrypts" JSON with an XOR autokey (first key 171, then each
cipher byte is the next key); over UDP there is no length prefix. The query is
`{"system": {"get_sysinfo": {}}}`. Kasa cameras (type IOT.IPCAMERA) answer with `model`,
`sw_ver`, `mac`, and fields `bind_status` and `status` whose meaning is undocumented: a
recorded, working EC60 says `bind_status: false, status: "new"`. So camreset identifies a
Kasa camera but never claims its setup state from this protocol.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from camreset.net.jsonreply import child, load_object, string
from camreset.net.mac import normalise_mac
from camreset.net.model import UNKNOWN, DiscoveredCamera
from camreset.net.probe import ProbeSpec, ReplyError

PORT = 9999
FIRST_KEY = 171
QUERY: dict[str, dict[str, dict[str, object]]] = {"system": {"get_sysinfo": {}}}


def _xor(data: bytes, encrypting: bool) -> Iterator[int]:
    key = FIRST_KEY
    for byte in data:
        out = key ^ byte
        key = out if encrypting else byte
        yield out


def xor_encrypt(plain: bytes) -> bytes:
    return bytes(_xor(plain, encrypting=True))


def xor_decrypt(cipher: bytes) -> bytes:
    return bytes(_xor(cipher, encrypting=False))


def build_probe() -> bytes:
    return xor_encrypt(json.dumps(QUERY).encode())


def parse(data: bytes, source: str) -> DiscoveredCamera | None:
    reply = load_object(xor_decrypt(data), "Kasa reply")
    system = child(reply, "system")
    sysinfo = child(system, "get_sysinfo") if system is not None else None
    if sysinfo is None:
        raise ReplyError("Kasa reply without system.get_sysinfo")
    sysinfo = child(sysinfo, "system") or sysinfo  # cameras nest one more "system"
    kind = string(sysinfo, "type") or string(sysinfo, "mic_type") or ""
    if "IPCAMERA" not in kind.upper():
        return None  # a plug, switch or bulb
    flags = ", ".join(
        f"{key}={json.dumps(sysinfo[key])}" for key in ("bind_status", "status") if key in sysinfo
    )
    said = f" ({flags})" if flags else ""
    return DiscoveredCamera(
        protocol="kasa",
        address=source,
        setup_state=UNKNOWN,
        evidence=f"Kasa discovery: identifies the camera; its setup fields{said} are "
        "undocumented, so the setup state is not read from them",
        brand="Kasa",
        line="kasa",
        model=string(sysinfo, "model"),
        firmware=string(sysinfo, "sw_ver"),
        mac=normalise_mac(sysinfo.get("mac")),
    )


SPEC = ProbeSpec("kasa", "Kasa discovery", (PORT,), None, build_probe, parse)
