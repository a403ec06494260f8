"""SOAP 1.2 for the ONVIF device service: build a request, read an answer or a fault.

A fault whose subcode is `NotAuthorized` (or HTTP 401) is a refused login and becomes
AuthenticationFailed; any other fault or status becomes ActionFailed with the camera's
own reason, cut short. Answers are read with `safexml`, as any device reply is.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from camreset.net.errors import ActionFailed, AuthenticationFailed
from camreset.net.safexml import XmlRejected, descendants, find, parse_xml, text

ENVELOPE = "http://www.w3.org/2003/05/soap-envelope"
TDS = "http://www.onvif.org/ver10/device/wsdl"
TT = "http://www.onvif.org/ver10/schema"
REFUSED = (
    "the camera refused the username or password for {operation}; camreset does not try "
    "again on its own, because cameras lock an account after a few failed logins"
)


def envelope(body: str, header: str = "") -> bytes:
    """A SOAP 1.2 envelope around `body` (which may use the tds: and tt: prefixes)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<s:Envelope xmlns:s="{ENVELOPE}" xmlns:tds="{TDS}" xmlns:tt="{TT}">'
        f"<s:Header>{header}</s:Header><s:Body>{body}</s:Body></s:Envelope>"
    ).encode()


def _short(reason: str | None) -> str:
    cleaned = re.sub(r"\s+", " ", reason or "").strip()
    return cleaned[:160] or "no reason given"


def read_answer(status: int, content: bytes, operation: str) -> Element:
    """The first element inside the answer's Body; raise on a fault or a refused login."""
    if status == 401:
        raise AuthenticationFailed(REFUSED.format(operation=operation))
    try:
        root = parse_xml(content)
    except XmlRejected as exc:
        raise ActionFailed(f"the camera's answer to {operation} (HTTP {status}): {exc}") from None
    fault = find(root, "Fault")
    if fault is not None:
        codes = " ".join((e.text or "") for e in descendants(fault, "Value"))
        if "notauthorized" in codes.casefold():
            raise AuthenticationFailed(REFUSED.format(operation=operation))
        raise ActionFailed(f"the camera refused {operation}: {_short(text(fault, 'Text'))}")
    body = find(root, "Body")
    answer = next(iter(body), None) if body is not None else None
    if status != 200 or answer is None:
        raise ActionFailed(f"the camera answered {operation} with HTTP {status} and no result")
    return answer
