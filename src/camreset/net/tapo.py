"""Tapo discovery (UDP 20002/20004): model, firmware, MAC and `factory_default`, no login.

TP-Link's newer devices answer a 16-byte TDP header (version 2, probe op-code, CRC-32 over
the whole packet) followed by `{"params": {"rsa_key": PEM}}` with a JSON object in the
clear plus an `encrypt_info` block encrypted to that RSA key. camreset reads only the clear
part, so the key it sends is a fixed public key whose private half was thrown away: the
encrypted block (owner, Wi-Fi name) is never read. `factory_default` is in the clear; it is
true on an out-of-box TC40 (python-kasa's fixture and issue #1628) and false on every
set-up camera recorded there. Its exact meaning is undocumented by TP-Link.
"""

from __future__ import annotations

import binascii
import json
import secrets
import struct

from camreset.net.jsonreply import child, load_object, string
from camreset.net.mac import normalise_mac
from camreset.net.model import FACTORY, SET_UP, UNKNOWN, DiscoveredCamera, SetupState
from camreset.net.probe import ProbeSpec, ReplyError

PORTS = (20002, 20004)
HEADER = struct.Struct(">BBHHBBII")  # version, type, op-code, size, flags, pad, serial, crc
INITIAL_CRC = 0x5A6B7C8D
CAMERA_TYPES = frozenset({"SMART.IPCAMERA"})
# A 2048-bit RSA public key whose private key no longer exists (see the module docstring).
PUBLIC_KEY_PEM = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAh58fib2hLTuzrQpGmrmn
7HupbEdk8PLI3QtfFh1se6tVA52yZFHxjN5CXCDAJilmvhibiyiJ6g5AmIWPddFx
eicEVGZJwF6uXY8M3EdHK8RxJ2NZ9XJAb4KXeo88i5tlRzI1EvJbQQ4eNV+ltg9r
ssTrm5u9DIw7Zhj/CU+1e56ptWoju9ILHnJU11FLzSl1WQOfFWdM1B/tBSo0VoEu
Qcj8bLCACPFrAIQqOWbikZhWktuLHCzzem5C9+IepS1Dbsi+TIVJh68NySZNgLPZ
0jmHYa7RyIiDqJqwzmpznJAYHbGshnikkVZRTAZ19UWHBFdWr/z/j2ptSkXWx9c+
UwIDAQAB
-----END PUBLIC KEY-----
"""


def frame(payload: bytes, serial: int, op_code: int = 1, flags: int = 17) -> bytes:
    """A TDP v2 packet: header with the CRC-32 of the whole packet, then the payload."""
    header = HEADER.pack(2, 0, op_code, len(payload), flags, 0, serial, INITIAL_CRC)
    packet = bytearray(header + payload)
    packet[12:16] = binascii.crc32(packet).to_bytes(4, "big")
    return bytes(packet)


def crc_ok(packet: bytes) -> bool:
    """True if bytes 12–16 hold the CRC-32 of the packet computed with the initial value."""
    if len(packet) < HEADER.size:
        return False
    zeroed = packet[:12] + INITIAL_CRC.to_bytes(4, "big") + packet[16:]
    return binascii.crc32(zeroed).to_bytes(4, "big") == packet[12:16]


def build_probe() -> bytes:
    payload = json.dumps({"params": {"rsa_key": PUBLIC_KEY_PEM}}).encode()
    return frame(payload, serial=secrets.randbits(32))


def _state(value: object) -> tuple[SetupState, str]:
    if value is True:
        return FACTORY, "Tapo discovery: factory_default=true"
    if value is False:
        return SET_UP, "Tapo discovery: factory_default=false"
    return UNKNOWN, "Tapo discovery: the reply has no factory_default field"


def parse(data: bytes, source: str) -> DiscoveredCamera | None:
    if len(data) <= HEADER.size:
        raise ReplyError("Tapo reply shorter than its 16-byte header")
    reply = load_object(data[HEADER.size :], "Tapo reply")
    result = child(reply, "result")
    if result is None:
        raise ReplyError("Tapo reply without a result object")
    if string(result, "device_type") not in CAMERA_TYPES:
        return None  # a plug, bulb or hub: not a camera
    state, evidence = _state(result.get("factory_default"))
    return DiscoveredCamera(
        protocol="tapo",
        address=source,
        setup_state=state,
        evidence=evidence,
        brand="Tapo",
        line="tapo",
        model=string(result, "device_model"),
        firmware=string(result, "firmware_version"),
        mac=normalise_mac(result.get("mac")),
        reported_address=string(result, "ip"),
    )


SPEC = ProbeSpec("tapo", "Tapo discovery", PORTS, None, build_probe, parse)
