"""CSRF protection for the HTML forms: a double-submit token.

Every page that shows a form makes sure the browser holds a random token in a cookie and
puts the same token in a hidden field. A POST is accepted only when the two match: another
site can make a browser send our cookie, but cannot read it to fill in the field. No server
secret is needed, so any number of server processes (and restarts) accept the same token.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

COOKIE = "camreset_csrf"
FIELD = "csrf_token"
_MAX_AGE = 60 * 60 * 24 * 30


class CsrfRejected(Exception):
    """A form arrived without the matching token; the page answers 403."""


def token_for(request: Request) -> str:
    """The token to put in this page's forms: the browser's own, or a fresh one.

    A fresh token is remembered on the request so `set_cookie` sends it with the response.
    """
    existing = request.cookies.get(COOKIE, "")
    if _well_formed(existing):
        return existing
    fresh: str | None = getattr(request.state, "csrf_fresh", None)
    if fresh is None:
        fresh = secrets.token_urlsafe(32)
        request.state.csrf_fresh = fresh
    return fresh


def set_cookie(request: Request, response: Response) -> None:
    """Send the token cookie if this request had to mint one."""
    fresh: str | None = getattr(request.state, "csrf_fresh", None)
    if fresh is None:
        return
    response.set_cookie(
        COOKIE,
        fresh,
        max_age=_MAX_AGE,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def verify(request: Request, form: FormData) -> None:
    """Raise `CsrfRejected` unless the form's token matches the cookie."""
    cookie = request.cookies.get(COOKIE, "")
    sent = form.get(FIELD, "")
    if not isinstance(sent, str) or not _well_formed(cookie):
        raise CsrfRejected("the form's security token is missing")
    if not hmac.compare_digest(cookie.encode(), sent.encode()):
        raise CsrfRejected("the form's security token does not match")


def _well_formed(token: str) -> bool:
    return 20 <= len(token) <= 100 and all(c.isalnum() or c in "-_" for c in token)


async def checked_form(request: Request) -> FormData:
    """The request's form, after the token check (raises `CsrfRejected`)."""
    form = await request.form()
    verify(request, form)
    return form
