"""Answer only requests addressed to a name this server can be reached by: a guard against
DNS rebinding.

A web page on any site can make its own domain resolve to 127.0.0.1 (or this computer's
LAN address) and then call camreset from the visitor's browser: same origin as far as the
browser knows, so neither the CSRF origin check nor "local callers only" stops it, and the
network features would list the home's cameras or try passwords on them. Such a request
carries the attacker's domain in `Host`. A name a public site can make resolve here has a
dot in it; so refused are dotted names other than the public URL's host, `*.localhost` and
`*.local` (mDNS, answered only on the local network). IP literals and single-label names (a
container's or a computer's name, `testserver`) are local by nature and pass.
"""

from __future__ import annotations

from ipaddress import ip_address
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request

from camreset.web.asgi import ASGIApp, HttpMiddleware
from camreset.web.problems import Problem, problem_response

LOCAL_SUFFIXES = (".localhost", ".local")


def host_name(header: str) -> str:
    """The name in a `Host` header, without the port or IPv6 brackets, lower case."""
    name = header.strip().casefold()
    if name.startswith("["):
        return name[1:].split("]", 1)[0]
    return name.rsplit(":", 1)[0] if name.count(":") == 1 else name


def addressed_locally(name: str, public_host: str) -> bool:
    """Whether `name` (from `host_name`) is one no public site can point at this server."""
    if not name or name == public_host or "." not in name.rstrip("."):
        return True
    if name.endswith(LOCAL_SUFFIXES):
        return True
    try:
        ip_address(name)
    except ValueError:
        return False
    return True


def unknown_host(public_url: str) -> Problem:
    """The 400 for a request addressed to a name this server does not answer to (the name
    is not repeated back: it is whatever the caller chose)."""
    return Problem(
        status=400,
        title="Unknown host",
        type="unknown-host",
        detail=(
            "This server does not answer to the name this request was addressed to (a guard "
            f"against other sites reaching it through your browser). Open it at {public_url}; "
            "behind a proxy, set base_url to the public address and let the proxy pass it as "
            "the Host."
        ),
    )


class HostCheckMiddleware(HttpMiddleware):
    """Refuses a request whose `Host` a public site could have pointed here."""

    def __init__(self, app: ASGIApp, public_url: str) -> None:
        super().__init__(app)
        self.public_url = public_url
        self.public_host = (urlsplit(public_url).hostname or "").casefold()

    async def http(self, scope: Any, receive: Any, send: Any) -> None:
        header = dict(scope.get("headers") or ()).get(b"host", b"").decode("latin-1")
        name = host_name(header)
        if addressed_locally(name, self.public_host):
            await self.app(scope, receive, send)
            return
        problem = unknown_host(self.public_url)
        await problem_response(Request(scope), problem)(scope, receive, send)
