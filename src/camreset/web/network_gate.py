"""Who may use camreset's network features on this server: only when they are on, and only
people on the server's own local network.

The network pages and API routes make this computer send probes to, and resets to, cameras
on its network. That is right for a person at home running `camreset serve`, and wrong for a
server on the internet (a helpdesk deployment): there the operator turns the features off
(`--no-network`), and in any case a request from a public address is refused, because a
person elsewhere is not on this network and has no business probing it.
"""

from __future__ import annotations

from ipaddress import IPv4Address, IPv6Network, ip_address

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


def local_client(request: Request) -> bool:
    """Whether the request came from this computer, a private (RFC 1918, or IPv6 unique
    local) or a link-local address: the same ranges camreset may send probes to."""
    host = client_address(request)
    try:
        address = ip_address(host)
    except ValueError:
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
    if not local_client(request):
        raise NetworkOff(
            "the network features answer only people on this server's own local network"
        )
    return settings
