"""Which addresses camreset may send a probe to: the person's own network, never the internet.

A scan or check goes only to RFC 1918 private ranges, link-local 169.254/16, loopback and
192.0.0.0/24 (not routed on the internet, RFC 6890), where older Hikvision cameras come up
after a reset: the knowledge base gives 192.0.0.64, and `check` refused the address it had
told the person to try (technician review 40).
Anything else is refused before a socket is opened, so a typo cannot send camera probes to
a stranger's address. IPv6 is not probed yet and is refused with that reason.
"""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network, ip_address, ip_network

from camreset.net.errors import TargetNotAllowed

PRIVATE_NETWORKS = (
    IPv4Network("10.0.0.0/8"),
    IPv4Network("172.16.0.0/12"),
    IPv4Network("192.168.0.0/16"),
)
LINK_LOCAL = IPv4Network("169.254.0.0/16")
LOOPBACK = IPv4Network("127.0.0.0/8")
FACTORY_RANGE = IPv4Network("192.0.0.0/24")
ALLOWED_NETWORKS = (*PRIVATE_NETWORKS, LINK_LOCAL, LOOPBACK, FACTORY_RANGE)
ALLOWED_TEXT = "10.x, 172.16–31.x, 192.168.x, 169.254.x, 192.0.0.x or 127.x"
A_RANGE = (
    "{text!r} is a range, and camreset takes single addresses: give the camera's (e.g. "
    "192.168.1.23), or run `camreset scan` to search this computer's own subnets (`scan "
    "--target ADDR` takes up to 64 addresses, one per --target)"
)
"""Said for "192.168.1.0/24": a technician typed a range and read "not an IPv4 address"
(installer review 66, D #10). Every command says it, so it names `scan`'s option as
scan's: `check` was told to "repeat --target", an option it has not (T #11, review 69)."""


def is_allowed(address: IPv4Address) -> bool:
    """True for a private, link-local, loopback or 192.0.0.x IPv4 address."""
    return any(address in network for network in ALLOWED_NETWORKS)


def parse_target(text: str) -> IPv4Address:
    """The IPv4 address in `text`, if camreset may probe it; else TargetNotAllowed."""
    cleaned = text.strip()
    try:
        address = ip_address(cleaned)
    except ValueError:
        host, colon, port = cleaned.rpartition(":")
        if colon and port.isdigit() and _is_ipv4(host):  # "192.168.1.108:80"
            raise TargetNotAllowed(
                f"{cleaned!r} has a port: give the address alone ({host}); camreset asks the "
                "camera on the ports its makers use"
            ) from None
        if _is_range(cleaned):
            raise TargetNotAllowed(A_RANGE.format(text=cleaned)) from None
        raise TargetNotAllowed(
            f"{cleaned!r} is not an IPv4 address (give the camera's address, e.g. 192.168.1.23)"
        ) from None
    if not isinstance(address, IPv4Address):
        raise TargetNotAllowed(f"{cleaned} is an IPv6 address; camreset probes IPv4 only")
    if not is_allowed(address):
        raise TargetNotAllowed(
            f"{address} is not on a private network; camreset only talks to cameras on "
            f"your own network ({ALLOWED_TEXT})"
        )
    return address


def _is_range(text: str) -> bool:
    try:
        return "/" in text and ip_network(text, strict=False).version == 4
    except ValueError:
        return False


def _is_ipv4(text: str) -> bool:
    try:
        return isinstance(ip_address(text), IPv4Address)
    except ValueError:
        return False
