"""Who may use camreset's network features on this server: only when they are on, and only
people on the server's own local network.

The network pages and API routes make this computer send probes to, and resets to, cameras
on its network. That is right for a person at home running `camreset serve`, and wrong for a
server on the internet (a helpdesk deployment): there the operator turns the features off
(`--no-network`), and in any case a request from a public address is refused, because a
person elsewhere is not on this network and has no business probing it.

Behind a reverse proxy the address the server sees is the proxy's, often a private one. A
proxy says so in `X-Forwarded-For` or `Forwarded`; when uvicorn trusts it, the address seen
is the one the header names. So a request that carries such a header but was seen from none
of the addresses it names came through a proxy the server was not told to trust, and is
refused: a helpdesk server behind nginx on another private host fails closed even when its
operator forgot `--no-network` (review 71 C, #1).
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


def forwarded_for(request: Request) -> list[IPv4Address | IPv6Address] | None:
    """The client addresses a proxy named in the request's headers; None when no proxy
    header came with it."""
    if not any(name in request.headers for name in PROXY_HEADERS):
        return None
    named = [
        part for value in request.headers.getlist("x-forwarded-for") for part in value.split(",")
    ]
    for value in request.headers.getlist("forwarded"):
        for pair in (pair for element in value.split(",") for pair in element.split(";")):
            key, _, said = pair.partition("=")
            if key.strip().casefold() == "for":
                named.append(said)
    return [address for address in map(_address, named) if address is not None]


def untrusted_proxy(request: Request) -> bool:
    """The request came through a proxy the server does not trust: a proxy header names
    the client, and the address the server sees is none of the addresses it names."""
    named = forwarded_for(request)
    return named is not None and _address(client_address(request)) not in named


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
