"""WS-Security UsernameToken with a password digest (UsernameToken Profile 1.0), for ONVIF.

Digest = Base64(SHA-1(nonce + created + password)); the password itself never travels.
Cameras reject a `Created` too far from their own clock, so callers pass a time already
shifted by the camera's clock offset (learned from GetSystemDateAndTime).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from xml.sax.saxutils import escape

WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
DIGEST = (
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
    "#PasswordDigest"
)
BASE64 = (
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary"
)


def created_text(when: datetime) -> str:
    """xsd:dateTime in UTC with a Z, as cameras expect."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def password_digest(nonce: bytes, created: str, password: str) -> str:
    raw = nonce + created.encode() + password.encode()
    return base64.b64encode(hashlib.sha1(raw, usedforsecurity=False).digest()).decode()


def security_header(username: str, password: str, nonce: bytes, when: datetime) -> str:
    """The `<wsse:Security>` header element for one request."""
    created = created_text(when)
    return (
        f'<wsse:Security s:mustUnderstand="1" xmlns:wsse="{WSSE}" xmlns:wsu="{WSU}">'
        "<wsse:UsernameToken>"
        f"<wsse:Username>{escape(username)}</wsse:Username>"
        f'<wsse:Password Type="{DIGEST}">{password_digest(nonce, created, password)}'
        "</wsse:Password>"
        f'<wsse:Nonce EncodingType="{BASE64}">{base64.b64encode(nonce).decode()}</wsse:Nonce>'
        f"<wsu:Created>{created}</wsu:Created>"
        "</wsse:UsernameToken></wsse:Security>"
    )
