"""What HTTP itself promises, kept for every path: HEAD, Allow, sane paths, safe redirects.

- HEAD works wherever GET does (same status and headers, no body): FastAPI routes take only
  the methods they declare, so HEAD is answered here as a GET whose body is dropped.
- A 405 names the methods the path takes in `Allow` (RFC 9110 §15.5.6), HEAD with GET.
- A path with a control character (NUL, newline…) names nothing we serve: it is a 404 before
  it reaches a route, so no database is ever asked about it (PostgreSQL refuses NUL outright).
- The trailing-slash redirect is relative. Starlette builds it from the Host header, which
  anyone can set; a redirect to wherever the request claimed to be is an open door.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.routing import Match

from camreset.web.asgi import HttpMiddleware

_PATH_SAFE = "/:@!$&'()*+,;=-._~"


def has_control_character(text: str) -> bool:
    """True if `text` holds a C0 or C1 control character or DEL."""
    return any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in text)


def allow_header(declared: str | None) -> str:
    """The `Allow` of a 405: the route's methods, HEAD beside GET.

    A route refuses a method with the methods it takes; a mounted app (only /static, files
    that are read-only) names none, so it takes GET and HEAD.
    """
    methods = {m.strip().upper() for m in (declared or "GET").split(",") if m.strip()}
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def slash_redirect(routes: list[Any], scope: Any) -> str | None:
    """The relative URL of this path with its trailing slash added or removed, if that
    path is served and this one matches nothing; else None."""
    path = str(scope.get("path", ""))
    root = str(scope.get("root_path", ""))
    if path in ("", "/", root, root + "/") or _matches_any(routes, scope):
        return None
    other = path.rstrip("/") if path.endswith("/") else path + "/"
    if not other.startswith("/") or other.startswith("//"):
        return None  # "//host" would be read as another site
    if not _matches_any(routes, {**scope, "path": other}):
        return None
    query = bytes(scope.get("query_string", b"")).decode("latin-1")
    return quote(other, safe=_PATH_SAFE) + (f"?{query}" if query else "")


def _matches_any(routes: list[Any], scope: Any) -> bool:
    return any(route.matches(scope)[0] is not Match.NONE for route in routes)


class HeadAsGetMiddleware(HttpMiddleware):
    """Answer HEAD as GET without the body; the access log still says HEAD."""

    async def http(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Any) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        # A copy: the server keeps reading the request's own scope, and must go on seeing
        # HEAD there, or it waits for the body the headers announce and drops the connection.
        await self.app({**scope, "method": "GET"}, receive, headers_only)
