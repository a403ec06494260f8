"""Join the replies of one device: same MAC, or the same address when a reply has no MAC.

A camera often answers several protocols (an Amcrest: DHIP and WS-Discovery); a person
wants one row per camera. The MAC is the identity; a reply without one (WS-Discovery often)
joins the device that has a MAC at its address, if exactly one does. Several factory-fresh
Dahua cameras share 192.168.1.108, so the address alone never merges replies that carry
different MACs. A row's model, its reset card and its address come from one reply
(`Camera.named`), never one reply's model with another's card.
"""

from __future__ import annotations

from collections.abc import Iterable
from ipaddress import ip_address

from camreset.net.model import Camera, DiscoveredCamera


def _order(camera: Camera) -> tuple[int, str]:
    try:
        return int(ip_address(camera.address)), camera.mac or ""
    except ValueError:
        return 0, camera.address


def merge(replies: Iterable[DiscoveredCamera]) -> tuple[Camera, ...]:
    """One Camera per device, sorted by address."""
    unique = list(dict.fromkeys(replies))  # a repeated probe gets the same reply twice
    groups: dict[str, list[DiscoveredCamera]] = {}
    macs_at: dict[str, set[str]] = {}
    for reply in unique:
        if reply.mac is not None:
            key = f"mac {reply.mac}"
            groups.setdefault(key, []).append(reply)
            macs_at.setdefault(reply.address, set()).add(key)
    for reply in unique:
        if reply.mac is None:
            keys = macs_at.get(reply.address, set())
            key = next(iter(keys)) if len(keys) == 1 else f"address {reply.address}"
            groups.setdefault(key, []).append(reply)
    return tuple(sorted((Camera(tuple(g)) for g in groups.values()), key=_order))
