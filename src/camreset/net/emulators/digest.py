"""HTTP Digest authentication (RFC 2617, MD5, qop=auth), the server side, as Dahua does it.

The emulated Dahua CGI challenges every request without a valid Authorization header,
checks the response hash against its one account, and counts failed attempts, so tests can
show that camreset makes exactly one attempt with the credentials it was given.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^\s,]+))')


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def parse_authorization(header: str) -> dict[str, str]:
    """The parameters of a `Digest k=v, ...` header ({} if it is not Digest)."""
    scheme, _, rest = header.strip().partition(" ")
    if scheme.casefold() != "digest":
        return {}
    return {m.group(1).casefold(): m.group(2) or m.group(3) or "" for m in _PARAM.finditer(rest)}


class DigestGuard:
    """One account behind HTTP Digest; `check()` says whether a request may go through."""

    def __init__(self, realm: str, username: str, password: str) -> None:
        self.realm = realm
        self._username = username
        self._ha1 = _md5(f"{username}:{realm}:{password}")
        self._nonces: set[str] = set()
        self.failed_attempts = 0

    def challenge(self) -> str:
        nonce = secrets.token_hex(16)
        self._nonces.add(nonce)
        return f'Digest realm="{self.realm}", qop="auth", nonce="{nonce}", opaque="{nonce[:8]}"'

    def check(self, method: str, target: str, authorization: str | None) -> bool:
        """True for a valid answer to one of our challenges; a wrong one counts as failed."""
        params = parse_authorization(authorization or "")
        if not params:
            return False  # no attempt yet: the client is about to get a challenge
        nonce = params.get("nonce", "")
        expected = self._expected(method, params)
        good = (
            params.get("username") == self._username
            and params.get("uri") == target
            and nonce in self._nonces
            and expected is not None
            and hmac.compare_digest(expected, params.get("response", ""))
        )
        if good:
            self._nonces.discard(nonce)
        else:
            self.failed_attempts += 1
        return good

    def _expected(self, method: str, params: dict[str, str]) -> str | None:
        ha2 = _md5(f"{method}:{params.get('uri', '')}")
        nonce = params.get("nonce", "")
        if params.get("qop") == "auth":
            nc, cnonce = params.get("nc", ""), params.get("cnonce", "")
            return _md5(f"{self._ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
        if "qop" not in params:
            return _md5(f"{self._ha1}:{nonce}:{ha2}")
        return None
