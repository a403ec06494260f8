"""A scan without targets stays on this machine's private subnets, never a public one."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network

import ifaddr

from camreset.net import dhip, kasa
from camreset.net.interfaces import local_networks, outside_own
from camreset.net.scanner import _local


def _adapter(name: str, *ips: tuple[str, int]) -> ifaddr.Adapter:
    return ifaddr.Adapter(name, name, [ifaddr.IP(ip, prefix, name) for ip, prefix in ips])


ADAPTERS = [
    _adapter("lo", ("127.0.0.1", 8)),
    _adapter("eth0", ("192.168.1.20", 24), (("fe80::1", 0, 2), 64)),
    _adapter("wan0", ("203.0.113.7", 24)),  # a public address: never scanned
    _adapter("vpn0", ("10.8.0.2", 32)),  # point-to-point: no subnet to broadcast on
    _adapter("usb0", ("169.254.3.4", 16)),
]


def test_only_private_and_link_local_subnets_are_scanned() -> None:
    found = [(n.interface, str(n.address), str(n.network)) for n in local_networks(ADAPTERS)]
    assert found == [
        ("eth0", "192.168.1.20", "192.168.1.0/24"),
        ("usb0", "169.254.3.4", "169.254.0.0/16"),
    ]


def test_broadcast_goes_to_the_subnet_and_multicast_stays_on_the_interface() -> None:
    networks = local_networks(ADAPTERS)[:1]
    kasa_route, dhip_route = _local(kasa.SPEC, networks)[0], _local(dhip.SPEC, networks)[0]
    assert (kasa_route.bind, kasa_route.destinations) == (
        "192.168.1.20",
        (("192.168.1.255", 9999),),
    )
    assert kasa_route.broadcast and kasa_route.multicast_if is None
    assert dhip_route.destinations == (("239.255.255.251", 37810),)
    assert dhip_route.multicast_if == "192.168.1.20" and not dhip_route.broadcast
    assert networks[0].broadcast == IPv4Address("192.168.1.255")
    assert networks[0].network == IPv4Network("192.168.1.0/24")


def test_a_multicast_probe_is_never_routed_beyond_the_local_subnet() -> None:
    import socket

    from camreset.net.udp import Route, _open_socket

    sock = _open_socket(Route("127.0.0.1", (), multicast_if="127.0.0.1"))
    try:
        assert sock.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL) == 1
    finally:
        sock.close()


def test_an_address_on_none_of_this_computers_subnets_is_said_to_be_outside() -> None:
    """Installer review 66, D #4: a factory 192.168.1.108 checked from a computer on 10.0.0.x
    only got "No answer"; the check now knows this computer has no address in its /24."""
    office = local_networks([_adapter("eth0", ("10.0.0.5", 24))])
    assert outside_own(IPv4Address("192.168.1.108"), office) == IPv4Network("192.168.1.0/24")
    assert outside_own(IPv4Address("10.0.0.9"), office) is None
    assert outside_own(IPv4Address("127.0.0.5"), office) is None  # this computer itself
    assert outside_own(IPv4Address("192.168.1.64"), []) == IPv4Network("192.168.1.0/24")
