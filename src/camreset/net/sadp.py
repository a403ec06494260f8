"""Hikvision SADP discovery (UDP 37020): model, serial, MAC, firmware and `Activated`.

The probe is a small XML `<Probe>` with a UUID and `<Types>inquiry</Types>`, sent to the
multicast group 239.255.255.250:37020; devices answer `<ProbeMatch>` (hiktools,
UniversalScanner). `Activated=false` is Hikvision's own word for "no admin password set
yet": the state a camera ships in and returns to after a factory reset, and the one SADP
Tool shows as "Inactive". camreset reads replies sent back to its own port; a device that
only answers to the multicast group is not heard (not seen in the sources, not ruled out).
"""

from __future__ import annotations

import uuid

from camreset.net.mac import normalise_mac
from camreset.net.model import FACTORY, SET_UP, UNKNOWN, DiscoveredCamera, SetupState
from camreset.net.probe import ProbeSpec, ReplyError
from camreset.net.safexml import XmlRejected, local_name, parse_xml, text

PORT = 37020
GROUP = "239.255.255.250"
FACTORY_ADDRESS = "192.168.1.64"
"""Where Hikvision's guide puts a camera with DHCP off, as the recorded SADP reply of a
factory camera gives it (emulators/replies/SOURCES.md)."""


def build_probe() -> bytes:
    probe_id = str(uuid.uuid4()).upper()
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f"<Probe><Uuid>{probe_id}</Uuid><Types>inquiry</Types></Probe>"
    ).encode()


def _state(activated: str | None) -> tuple[SetupState, str]:
    value = (activated or "").casefold()
    if value == "false":
        return FACTORY, "SADP: Activated=false (no admin password set yet)"
    if value == "true":
        return SET_UP, "SADP: Activated=true (an admin password is set)"
    return UNKNOWN, "SADP: the reply does not say whether the camera is activated"


def _port(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


def parse(data: bytes, source: str) -> DiscoveredCamera | None:
    try:
        root = parse_xml(data)
    except XmlRejected as exc:
        raise ReplyError(f"SADP reply: {exc}") from None
    if local_name(root.tag).casefold() != "probematch":
        return None  # another client's probe, or a message we do not read
    state, evidence = _state(text(root, "Activated"))
    reported = text(root, "IPv4Address")
    # read as DHIP's are: a factory Hikvision's address was not said (installer review 69, T #7)
    factory = reported == FACTORY_ADDRESS and (text(root, "DHCP") or "").casefold() == "false"
    if factory:
        evidence += f"; it is on Hikvision's factory address {FACTORY_ADDRESS} with DHCP off"
    return DiscoveredCamera(
        protocol="sadp",
        address=source,
        setup_state=state,
        evidence=evidence,
        brand="Hikvision",
        model=text(root, "DeviceDescription"),
        firmware=text(root, "SoftwareVersion"),
        mac=normalise_mac(text(root, "MAC")),
        serial=text(root, "DeviceSN"),
        reported_address=reported,
        factory_address=FACTORY_ADDRESS if factory else None,
        http_port=_port(text(root, "HttpPort")),
    )


SPEC = ProbeSpec("sadp", "Hikvision SADP discovery", (PORT,), GROUP, build_probe, parse)
