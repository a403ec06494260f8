"""Reading XML that a device on the network sent, with defusedxml's care but no dependency.

A reply may be hostile or broken. Entity tricks (billion laughs, external entities) need a
DTD, so any document with `<!DOCTYPE` or `<!ENTITY` is refused before parsing; so is
anything over 256 KiB or not UTF-8. Devices pick their own namespace prefixes (and some get
namespaces wrong), so lookups go by local name.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from camreset.errors import CamresetError

MAX_XML_BYTES = 256 * 1024


class XmlRejected(CamresetError, ValueError):
    """The bytes are not XML camreset is willing to read."""


def parse_xml(data: bytes) -> ET.Element:
    """The root element, or XmlRejected with a short reason."""
    if len(data) > MAX_XML_BYTES:
        raise XmlRejected(f"XML larger than {MAX_XML_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise XmlRejected("XML that is not UTF-8") from None
    upper = text.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        raise XmlRejected("XML with a DTD (refused: entity expansion)")
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise XmlRejected(f"malformed XML ({exc})") from None


def local_name(tag: str) -> str:
    """`{namespace}Name` → `Name`."""
    return tag.rsplit("}", 1)[-1]


def descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    """Every element below (or at) `element` whose local name is `name`."""
    return (e for e in element.iter() if isinstance(e.tag, str) and local_name(e.tag) == name)


def find(element: ET.Element, name: str) -> ET.Element | None:
    """The first element named `name` (local name), depth first."""
    return next(descendants(element, name), None)


def text(element: ET.Element, name: str) -> str | None:
    """The stripped text of the first element named `name`, or None if absent or empty."""
    found = find(element, name)
    value = (found.text or "").strip() if found is not None else ""
    return value or None
