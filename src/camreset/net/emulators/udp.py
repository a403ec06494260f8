"""A UDP responder: the device side of a discovery protocol, for one emulated camera.

On loopback each emulated camera binds its own 127.0.0.N address. In a network namespace it
binds 0.0.0.0 (to hear broadcasts) and joins the protocol's multicast group on its own
address, as a real camera on a LAN does. A handler bug is logged, never raised, so a test
sees silence rather than a crashed emulator.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable
from typing import Any, cast

log = logging.getLogger(__name__)
Handler = Callable[[bytes, tuple[str, int]], bytes | None]


class _Responder(asyncio.DatagramProtocol):
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[Any, ...]) -> None:
        sender = (str(addr[0]), int(addr[1]))
        try:
            reply = self.handler(data, sender)
        except Exception:
            log.exception("emulator handler failed on a datagram from %s", sender[0])
            return
        if reply is not None and self.transport is not None:
            self.transport.sendto(reply, sender)


async def serve_udp(
    address: str,
    port: int,
    handler: Handler,
    *,
    groups: tuple[str, ...] = (),
    listen_all: bool = False,
) -> asyncio.DatagramTransport:
    """Answer datagrams on `port` with `handler`; close the returned transport to stop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("0.0.0.0" if listen_all else address, port))
        for group in groups if listen_all else ():
            membership = socket.inet_aton(group) + socket.inet_aton(address)
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(lambda: _Responder(handler), sock=sock)
    return transport
