"""Dahua DHIP discovery (UDP 37810): Dahua, Amcrest, Lorex and Imou cameras, no login.

The probe is `{"method": "DHDiscover.search", ...}` behind a 32-byte header (size 32, the
ASCII magic `DHIP`, 8 zero bytes, the body length twice as 64-bit little endian); bare JSON
gets no reply (rroller/dahua, measured). The reply `client.notifyDevInfo` carries the MAC at
the top level and `deviceInfo` with DeviceType (model), SerialNo, Version, Vendor, the IPv4
configuration and `Init`.

Setup state from `Init`: Dahua's NetSDK documents its low two bits as 1 = not initialised
(no admin password yet: factory state), 2 = initialised, 0 = a device without the feature.
Mapping the DHIP field onto that SDK field is an inference (two recorded set-up devices
have low bits 2). A factory-default Dahua also sits on 192.168.1.108 with DHCP off; that is
reported as supporting evidence only, because people keep that address too.
"""

from __future__ import annotations

import json
import struct

from camreset.net.jsonreply import child, integer, load_object, string
from camreset.net.mac import normalise_mac
from camreset.net.model import FACTORY, SET_UP, UNKNOWN, DiscoveredCamera, SetupState
from camreset.net.probe import ProbeSpec, ReplyError

PORT = 37810
GROUP = "239.255.255.251"
MAGIC = b"DHIP"
HEADER_SIZE = 32
FACTORY_ADDRESS = "192.168.1.108"
SEARCH = {"method": "DHDiscover.search", "params": {"mac": "", "uni": 1}}
NOTIFY = "client.notifyDevInfo"


def frame(body: bytes) -> bytes:
    """DHIP framing, written to match what the devices themselves send."""
    size = len(body)
    return struct.pack("<I", HEADER_SIZE) + MAGIC + bytes(8) + struct.pack("<QQ", size, size) + body


def unframe(packet: bytes) -> bytes:
    """The body of a DHIP packet, or ReplyError if it does not carry the magic."""
    if len(packet) < HEADER_SIZE or packet[4:8] != MAGIC:
        raise ReplyError("not a DHIP packet (no DHIP magic)")
    declared = struct.unpack("<I", packet[:4])[0]
    start = declared if 8 <= declared <= len(packet) else packet.find(b"{")
    return packet[max(start, 0) :]


def build_probe() -> bytes:
    return frame(json.dumps(SEARCH).encode())


def _state(init: int | None) -> tuple[SetupState, str]:
    if init is None:
        return UNKNOWN, "DHIP: the reply has no Init field"
    bits = init & 0b11
    if bits == 1:
        return FACTORY, f"DHIP: Init={init}, not initialised (no admin password set yet)"
    if bits == 2:
        return SET_UP, f"DHIP: Init={init}, initialised (an admin password is set)"
    return UNKNOWN, f"DHIP: Init={init} does not say whether the camera is initialised"


def _brand(info: dict[str, object]) -> str:
    for key in ("Vendor", "Manufacturer"):
        value = info.get(key)
        if isinstance(value, str) and value.strip() and value.strip().casefold() != "general":
            return value.strip()
    return "Dahua"


def parse(data: bytes, source: str) -> DiscoveredCamera | None:
    message = load_object(unframe(data), "DHIP reply")
    if message.get("method") != NOTIFY:
        return None  # another client's search, or a method we do not read
    params = child(message, "params")
    info = child(params, "deviceInfo") if params is not None else None
    if info is None:
        raise ReplyError("DHIP notifyDevInfo without deviceInfo")
    state, evidence = _state(integer(info, "Init"))
    ipv4 = child(info, "IPv4Address") or {}
    reported = string(ipv4, "IPAddress")
    factory = reported == FACTORY_ADDRESS and ipv4.get("DhcpEnable") is False
    if factory:
        evidence += f"; it is on Dahua's factory address {FACTORY_ADDRESS} with DHCP off"
    return DiscoveredCamera(
        protocol="dhip",
        address=source,
        setup_state=state,
        evidence=evidence,
        brand=_brand(info),
        model=string(info, "DeviceType"),
        firmware=string(info, "Version"),
        mac=normalise_mac(message.get("mac")),
        serial=string(info, "SerialNo"),
        reported_address=reported,
        factory_address=FACTORY_ADDRESS if factory else None,
        http_port=integer(info, "HttpPort"),
    )


SPEC = ProbeSpec("dhip", "Dahua DHIP discovery", (PORT,), GROUP, build_probe, parse)
