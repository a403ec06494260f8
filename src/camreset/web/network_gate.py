"""Who may use camreset's network features on this server: only when they are on, and only
people on the server's own local network.

The network pages and API routes make this computer send probes to, and resets to, cameras
on its network. That is right for a person at home running `camreset serve`, and wrong for a
server on the internet (a helpdesk deployment): there the operator turns the features off
(`--no-network`), and in any case a request from a public address is refused, because a
person elsewhere is not on this network and has no business probing it.

Behind a reverse proxy the address the server sees is the proxy's, often a private one. A
proxy says so in `X-Forwarded-For` or `Forwarded`; when uvicorn trusts it, the address seen
is the last one the header names (the one the proxy added). So a request that carries such a
header but was not seen from its last address came through a proxy the server was not told to
trust, and is refused: a helpdesk server behind nginx on another private host fails closed
even when its operator forgot `--no-network` (review 71 C, #1).
"""

from __future__ import annotations

from ipaddress import IPv4Address, IPv6Address, IPv6Network, ip_address

from starlette.requests import Request

from camreset.errors import CamresetError
from camreset.net.addresses import is_allowed
from camreset.settings import Settings

UNIQUE_LOCAL = IPv6Network("fc00::/7")


class NetworkOff(CamresetError):
    """The network features are off here, or the request comes from outside the local
    network (HTTP 403)."""


def client_address(request: Request) -> str:
    """Who is asking, as the server sees it (behind a proxy: the address uvicorn's trusted
    proxy headers give, else the proxy's); "" when the server was not told."""
    return request.client.host if request.client else ""


PROXY_HEADERS = ("x-forwarded-for", "forwarded")


def _address(text: str) -> IPv4Address | IPv6Address | None:
    """The address in one proxy header entry ("203.0.113.7", "[2001:db8::1]:4711",
    "192.0.2.60:80"), or None for "unknown", "_hidden" and anything else."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        return ip_address(text)
    except ValueError:
        return None


def forwarded_for(request: Request) -> list[list[IPv4Address | IPv6Address | None]] | None:
    """Per proxy header the request carries, the client addresses it names in order (None
    where an entry is no address); None when no proxy header came with it."""
    if not any(name in request.headers for name in PROXY_HEADERS):
        return None
    named: list[list[IPv4Address | IPv6Address | None]] = []
    for value in request.headers.getlist("x-forwarded-for"):
        named.append([_address(part) for part in value.split(",")])
    for value in request.headers.getlist("forwarded"):
        pairs = (pair for element in value.split(",") for pair in element.split(";"))
        said = [v for k, _, v in (p.partition("=") for p in pairs) if k.strip().casefold() == "for"]
        named.append([_address(entry) for entry in said])
    return named


def untrusted_proxy(request: Request) -> bool:
    """The request came through a proxy the server does not trust: a proxy header came with
    it, and the address the server sees is not the last one a header names. A proxy adds the
    address it saw at the end, and a client can write anything before it: a trusted proxy
    makes uvicorn see that last address, so a client that put the proxy's own address first
    ("10.0.0.5, 203.0.113.9") is still refused (review 71 N, F10). Behind a chain of several
    proxies the features are refused too: fail closed."""
    named = forwarded_for(request)
    if named is None:
        return False
    seen = _address(client_address(request))
    return any(not entries or entries[-1] != seen for entries in named)


def local_client(request: Request) -> bool:
    """Whether the request came from this computer, a private (RFC 1918, or IPv6 unique
    local) or a link-local address (the same ranges camreset may send probes to), and not
    through a proxy the server does not trust."""
    host = client_address(request)
    try:
        address = ip_address(host)
    except ValueError:
        return False
    if untrusted_proxy(request):
        return False
    if isinstance(address, IPv4Address):
        return is_allowed(address)
    mapped = address.ipv4_mapped
    if mapped is not None:
        return is_allowed(mapped)
    return address.is_loopback or address.is_link_local or address in UNIQUE_LOCAL


def network_allowed(request: Request) -> bool:
    """True when this request may use the network features (pages show them only then)."""
    settings: Settings = request.app.state.settings
    return settings.network and local_client(request)


def require_network(request: Request) -> Settings:
    """The settings, or NetworkOff saying why the network features are not available."""
    settings: Settings = request.app.state.settings
    if not settings.network:
        raise NetworkOff(
            "the network features are turned off on this server (camreset serve --no-network)"
        )
    if untrusted_proxy(request):
        raise NetworkOff(
            "the network features answer only people on this server's own local network, "
            "and this request came through a proxy the server does not trust"
        )
    if not local_client(request):
        raise NetworkOff(
            "the network features answer only people on this server's own local network"
        )
    return settings
