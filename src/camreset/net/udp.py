"""The UDP engine: open a socket per route, send one protocol's probe, collect the replies.

A route is where one socket binds and where it sends: unicast targets from 0.0.0.0, or one
local network from that interface's own address (directed broadcast, or multicast with TTL 1
so it is never routed beyond the subnet). Every send waits for the shared rate limiter.
Replies are parsed as they arrive; an unreadable one becomes a `Problem`, never an
exception, and a parser bug is caught here too, so one odd device cannot stop a scan.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from camreset.net.model import DiscoveredCamera, Problem
from camreset.net.probe import ProbeSpec, ReplyError
from camreset.net.ratelimit import RateLimiter

log = logging.getLogger(__name__)
MAX_REPLIES = 1024  # per socket: a flood of datagrams cannot grow memory without bound
REPEAT_GAP = 0.25  # seconds between the rounds of a repeated probe (UDP may drop one)


@dataclass(frozen=True)
class Route:
    """Where one socket binds, where it sends, and how."""

    bind: str
    destinations: tuple[tuple[str, int], ...]
    multicast_if: str | None = None
    broadcast: bool = False


class _Collector(asyncio.DatagramProtocol):
    def __init__(
        self,
        spec: ProbeSpec,
        found: list[DiscoveredCamera],
        problems: list[Problem],
        on_found: Callable[[], None],
    ) -> None:
        self.spec = spec
        self.found = found
        self.problems = problems
        self.on_found = on_found
        self.count = 0

    def datagram_received(self, data: bytes, addr: tuple[Any, ...]) -> None:
        self.count += 1
        if self.count > MAX_REPLIES:
            return
        source = str(addr[0])
        try:
            camera = self.spec.parse(data, source)
        except ReplyError as exc:
            self.problems.append(Problem(self.spec.protocol, source, str(exc)))
            return
        except Exception as exc:  # a parser bug must not end the scan
            log.debug("%s parser failed on %s", self.spec.protocol, source, exc_info=True)
            message = f"unreadable reply ({type(exc).__name__})"
            self.problems.append(Problem(self.spec.protocol, source, message))
            return
        if camera is not None:
            log.debug("%s reply from %s: %s", self.spec.protocol, source, camera.model)
            self.found.append(camera)
            self.on_found()

    def error_received(self, exc: Exception) -> None:
        log.debug("%s socket error: %s", self.spec.protocol, exc)
        reason = getattr(exc, "strerror", None) or str(exc)
        self.problems.append(Problem(self.spec.protocol, "", f"could not send a probe: {reason}"))


def _open_socket(route: Route) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.setblocking(False)
        if route.broadcast:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        if route.multicast_if is not None:
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
            interface = socket.inet_aton(route.multicast_if)
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, interface)
        sock.bind((route.bind, 0))
    except OSError:
        sock.close()
        raise
    return sock


async def _endpoint(
    route: Route, protocol: Callable[[], asyncio.DatagramProtocol]
) -> asyncio.DatagramTransport:
    sock = _open_socket(route)
    try:
        transport, _ = await asyncio.get_running_loop().create_datagram_endpoint(
            protocol, sock=sock
        )
    except OSError:
        sock.close()
        raise
    return transport


async def exchange(
    spec: ProbeSpec,
    routes: list[Route],
    *,
    limiter: RateLimiter,
    repeats: int,
    listen: float,
    enough: Callable[[list[DiscoveredCamera]], bool] | None = None,
    stop: asyncio.Event | None = None,
) -> tuple[list[DiscoveredCamera], list[Problem]]:
    """Send `spec`'s probe along every route `repeats` times, then listen `listen` seconds.

    With `enough`, stop as soon as the replies so far satisfy it (a check that only needs
    one device's answer need not wait out the timeout); with `stop`, also once that is set
    (by another protocol's exchange, whose answer was enough).
    """
    found: list[DiscoveredCamera] = []
    problems: list[Problem] = []
    transports: list[tuple[asyncio.DatagramTransport, Route]] = []
    satisfied = stop if stop is not None else asyncio.Event()

    def on_found() -> None:
        if enough is not None and enough(found):
            satisfied.set()

    try:
        for route in routes:
            try:
                transport = await _endpoint(
                    route, lambda: _Collector(spec, found, problems, on_found)
                )
            except OSError as exc:
                reason = f"could not open a socket on {route.bind}: {exc.strerror or exc}"
                problems.append(Problem(spec.protocol, route.bind, reason))
                continue
            transports.append((transport, route))
        probe = spec.build_probe()
        for round_number in range(repeats):
            if round_number:
                await asyncio.sleep(REPEAT_GAP)
            if satisfied.is_set():
                break
            for transport, route in transports:
                for destination in route.destinations:
                    await limiter.wait()
                    transport.sendto(probe, destination)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(satisfied.wait(), listen)
    finally:
        for transport, _ in transports:
            transport.close()
    return found, list(dict.fromkeys(problems))
