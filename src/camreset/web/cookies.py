"""The one way this site sets a cookie: script cannot read it, other sites do not get it.

The CSRF token and the session this browser started or answered carry a secret, so each is
HttpOnly, SameSite=Lax, Secure whenever the page came over HTTPS, and valid for the whole site;
the one choice kept without a secret (the lights kept still) gets the same, as it costs nothing.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response


def set_private_cookie(
    request: Request, response: Response, name: str, value: str, max_age: int
) -> None:
    """Set `name` on `response` for `max_age` seconds, with the protections above."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
