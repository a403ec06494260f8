"""The machine's own IPv4 networks that a scan without targets may broadcast on.

Only interfaces whose address is private (RFC 1918) or link-local are used; loopback,
point-to-point /31–/32 links and interfaces on public addresses are skipped, so a scan
stays on the person's own local network. `ifaddr` reads the interfaces on Linux, macOS
and Windows; tests pass their own adapter list instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Interface, IPv4Network

import ifaddr

from camreset.net.addresses import LOOPBACK, is_allowed


@dataclass(frozen=True)
class LocalNetwork:
    """One IPv4 address of this machine and the subnet it is on."""

    interface: str
    address: IPv4Address
    network: IPv4Network

    @property
    def broadcast(self) -> IPv4Address:
        return self.network.broadcast_address


def local_networks(adapters: Iterable[ifaddr.Adapter] | None = None) -> list[LocalNetwork]:
    """This machine's private IPv4 subnets, in interface order, each once."""
    found: dict[tuple[str, IPv4Address], LocalNetwork] = {}
    for adapter in ifaddr.get_adapters() if adapters is None else adapters:
        for ip in adapter.ips:
            if not isinstance(ip.ip, str) or not 0 < ip.network_prefix <= 30:
                continue
            iface = IPv4Interface(f"{ip.ip}/{ip.network_prefix}")
            if iface.ip in LOOPBACK or not is_allowed(iface.ip):
                continue
            key = (adapter.nice_name, iface.ip)
            found.setdefault(key, LocalNetwork(adapter.nice_name, iface.ip, iface.network))
    return list(found.values())


def outside_own(address: IPv4Address, networks: Sequence[LocalNetwork]) -> IPv4Network | None:
    """The /24 around `address` when it is in none of this computer's own subnets (a factory
    192.168.1.108 checked from a computer on 10.0.0.x): a camera there, back at its factory
    settings, cannot answer this computer, and no scan of its networks reaches it (installer
    review 66, D #4). None for a loopback address or one on a subnet of its own."""
    if address in LOOPBACK or any(address in n.network for n in networks):
        return None
    return IPv4Network(f"{address}/24", strict=False)
