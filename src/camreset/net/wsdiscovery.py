"""ONVIF WS-Discovery (UDP 3702): any ONVIF camera; Profile Q cameras also say their state.

The probe is a SOAP 1.2 `Probe` for `dn:NetworkVideoTransmitter`, multicast to
239.255.255.250:3702; cameras answer `ProbeMatches` to the sender. Identity comes from the
scopes: `onvif://www.onvif.org/hardware/<model>` and `/name/<name>` are standard; `/MAC/`
and `/serial/` are vendor extensions (case varies, so matched case-insensitively).
Only cameras that implement ONVIF Profile Q carry `Profile/Q/FactoryDefault` or
`Profile/Q/Operational`, the one standard ONVIF signal of factory state; for the rest the
state stays unknown. `XAddrs` gives the device-service URL used for a remote reset.
"""

from __future__ import annotations

import uuid
from urllib.parse import unquote, urlsplit

from camreset.net.mac import normalise_mac
from camreset.net.model import FACTORY, SET_UP, UNKNOWN, DiscoveredCamera, SetupState
from camreset.net.probe import ProbeSpec, ReplyError
from camreset.net.safexml import XmlRejected, find, parse_xml, text

PORT = 3702
GROUP = "239.255.255.250"
SCOPE_PREFIX = "onvif://www.onvif.org/"
PROBE = """<?xml version="1.0" encoding="UTF-8"?>
<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"
 xmlns:w="http://schemas.xmlsoap.org/ws/2004/08/addressing"
 xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery"
 xmlns:dn="http://www.onvif.org/ver10/network/wsdl">
<e:Header>
<w:MessageID>urn:uuid:{message_id}</w:MessageID>
<w:To e:mustUnderstand="true">urn:schemas-xmlsoap-org:ws:2005:04:discovery</w:To>
<w:Action e:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</w:Action>
</e:Header>
<e:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></e:Body>
</e:Envelope>
"""


def build_probe() -> bytes:
    return PROBE.format(message_id=uuid.uuid4()).encode()


def scopes(value: str | None) -> dict[str, str]:
    """`onvif://www.onvif.org/<key>/<value>` scopes as {lower-case key: decoded value}."""
    found: dict[str, str] = {}
    for scope in (value or "").split():
        if not scope.casefold().startswith(SCOPE_PREFIX):
            continue
        key, _, rest = scope[len(SCOPE_PREFIX) :].partition("/")
        found.setdefault(key.casefold(), unquote(rest))
    return found


def _state(scope_text: str | None) -> tuple[SetupState, str]:
    """From the Profile Q scope; other Profile scopes (Streaming, S, T…) say nothing."""
    lowered = {scope.casefold() for scope in (scope_text or "").split()}
    if SCOPE_PREFIX + "profile/q/factorydefault" in lowered:
        return FACTORY, "ONVIF WS-Discovery: scope Profile/Q/FactoryDefault"
    if SCOPE_PREFIX + "profile/q/operational" in lowered:
        return SET_UP, "ONVIF WS-Discovery: scope Profile/Q/Operational"
    return UNKNOWN, "ONVIF WS-Discovery: no Profile Q scope, so the camera does not say"


def _service_url(xaddrs: str | None) -> str | None:
    for url in (xaddrs or "").split():
        if urlsplit(url).scheme in {"http", "https"}:
            return url
    return None


def parse(data: bytes, source: str) -> DiscoveredCamera | None:
    try:
        root = parse_xml(data)
    except XmlRejected as exc:
        raise ReplyError(f"WS-Discovery reply: {exc}") from None
    match = find(root, "ProbeMatch")
    if match is None:
        match = find(root, "Hello")
    if match is None:
        return None  # another client's Probe, a Bye, or something else on 3702
    scope_text = text(match, "Scopes")
    found = scopes(scope_text)
    state, evidence = _state(scope_text)
    url = _service_url(text(match, "XAddrs"))
    try:
        port = urlsplit(url).port if url else None
    except ValueError:
        raise ReplyError("WS-Discovery reply with a malformed XAddrs URL") from None
    return DiscoveredCamera(
        protocol="wsd",
        address=source,
        setup_state=state,
        evidence=evidence,
        brand=found.get("name") or found.get("manufacturer") or found.get("mfr"),
        model=found.get("hardware") or found.get("model"),
        mac=normalise_mac(found.get("mac")),
        serial=found.get("serial"),
        http_port=port,
        service_url=url,
    )


SPEC = ProbeSpec("wsd", "ONVIF WS-Discovery", (PORT,), GROUP, build_probe, parse)
