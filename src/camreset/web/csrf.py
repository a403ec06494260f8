"""CSRF protection for the HTML forms: where the form came from, and a double-submit token.

First the origin: a browser says which site a form was posted from (`Origin`, or `Referer`
when it sends no Origin). A POST from any origin other than this server's own (the one the
request was addressed to, or the configured public URL behind a proxy) is refused; so is
`Origin: null` (sandboxed frames, data: pages). A client that sends neither header is not a
browser on another site, and goes on to the token check. Pages are served with
`Referrer-Policy: same-origin` so a browser names our own origin on our own forms.

Then the token: every page that shows a form makes sure the browser holds a random token in
a cookie and puts the same token in a hidden field. A POST is accepted only when the two
match: another site can make a browser send our cookie, but cannot read it to fill in the
field. No server secret is needed, so any number of server processes (and restarts) accept
the same token.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import parse_qsl, urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from camreset.errors import CamresetError
from camreset.web.cookies import set_private_cookie

COOKIE = "camreset_csrf"
FIELD = "csrf_token"
_MAX_AGE = 60 * 60 * 24 * 30


class CsrfRejected(CamresetError):
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
    set_private_cookie(request, response, COOKIE, fresh, _MAX_AGE)


def origin_of(url: str) -> str | None:
    """`scheme://host[:port]` of a URL, lower case, without a default port; None if none."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    default = {"http": 80, "https": 443}[parts.scheme]
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


def own_origins(request: Request, public_url: str) -> set[str]:
    """The origins our own pages are served from: as addressed, and as configured."""
    addressed = f"{request.url.scheme}://{request.headers.get('host', '')}"
    return {o for o in (origin_of(addressed), origin_of(public_url)) if o is not None}


def check_origin(request: Request, public_url: str) -> None:
    """Raise `CsrfRejected` if a browser says the form came from another site."""
    claimed = request.headers.get("origin")
    if claimed is None:
        referer = request.headers.get("referer")
        if referer is None:
            return
        claimed = referer
    source = origin_of(claimed)
    if source is None or source not in own_origins(request, public_url):
        raise CsrfRejected("the form was sent from another site")


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
    """The request's form, after the origin and token checks (raises `CsrfRejected`)."""
    check_origin(request, request.app.state.settings.public_url)
    await _utf8_form(request)
    form = await request.form()
    verify(request, form)
    return form


async def _utf8_form(request: Request) -> None:
    """A form whose bytes are not UTF-8 is refused as unreadable (400, as such a JSON body
    is): the form parser would put U+FFFD in its place and send the person on to "unknown
    camera" or "that answer doesn't fit" for what their browser, not they, got wrong."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return
    body = await request.body()  # kept: the form parser reads the same bytes
    try:
        parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise HTTPException(400) from None
