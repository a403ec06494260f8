"""`scan()` and `check()`: run every discovery protocol at once and say what answered.

Scans happen only when called. Without targets a scan broadcasts (or multicasts, TTL 1) on
each of this machine's private IPv4 subnets; with targets it sends unicast probes to those
addresses only, and refuses any that is not private, link-local or loopback. All probes of
all protocols share one rate limiter (20 per second by default). `timeout` is how long to
listen after the last probe is sent.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address
from typing import TYPE_CHECKING

from camreset.net import dhip, kasa, sadp, tapo, wsdiscovery
from camreset.net.addresses import parse_target
from camreset.net.errors import BadSetting, TargetNotAllowed
from camreset.net.interfaces import LocalNetwork, local_networks, outside_own
from camreset.net.merge import merge
from camreset.net.model import UNKNOWN, CheckResult, DiscoveredCamera, Problem, ScanResult
from camreset.net.probe import ProbeSpec
from camreset.net.ratelimit import DEFAULT_RATE, MAX_RATE, RateLimiter
from camreset.net.udp import Route, exchange

if TYPE_CHECKING:  # the KB loads when a scan matches what answered, not on import
    from camreset.core.kb.knowledge import KnowledgeBase

SPECS: tuple[ProbeSpec, ...] = (tapo.SPEC, kasa.SPEC, dhip.SPEC, sadp.SPEC, wsdiscovery.SPEC)
DEFAULT_TIMEOUT = 3.0
CHECK_TIMEOUT = 2.0
MIN_TIMEOUT = 0.1
MAX_TIMEOUT = 30.0
MAX_TARGETS = 64
GRACE = 0.3
"""Seconds a check goes on listening once a protocol's reply said enough: the other
protocols' replies to the same probes (a serial, a model) are not lost."""
NO_NETWORK = "this machine has no private IPv4 network to scan"
"""A scan without addresses on a machine with no private network: nothing was asked."""


@dataclass(frozen=True)
class ScanSettings:
    """How hard a scan may push: probes per second, and how often each probe is sent."""

    rate: float = DEFAULT_RATE
    repeats: int = 2


def check_timeout(timeout: float) -> float:
    """The timeout if it is a number of seconds a scan accepts, else BadSetting."""
    if not (math.isfinite(timeout) and MIN_TIMEOUT <= timeout <= MAX_TIMEOUT):
        raise BadSetting(
            f"timeout must be between {MIN_TIMEOUT} and {MAX_TIMEOUT:g} seconds, not {timeout:g}"
        )
    return timeout


def _check_settings(settings: ScanSettings) -> None:
    if not 0 < settings.rate <= MAX_RATE:
        raise BadSetting(f"rate must be between 0 and {MAX_RATE:g} probes per second")
    if not 1 <= settings.repeats <= 3:
        raise BadSetting("repeats must be 1, 2 or 3")


def _unicast(spec: ProbeSpec, targets: Sequence[IPv4Address]) -> list[Route]:
    destinations = tuple((str(t), port) for t in targets for port in spec.ports)
    return [Route("0.0.0.0", destinations)]


def _local(spec: ProbeSpec, networks: Sequence[LocalNetwork]) -> list[Route]:
    routes = []
    for net in networks:
        where = spec.group or str(net.broadcast)
        destinations = tuple((where, port) for port in spec.ports)
        group_if = str(net.address) if spec.group else None
        routes.append(Route(str(net.address), destinations, group_if, spec.group is None))
    return routes


async def collect(
    targets: Sequence[IPv4Address] | None,
    timeout: float,
    *,
    specs: Sequence[ProbeSpec] = SPECS,
    settings: ScanSettings = ScanSettings(),
    networks: Sequence[LocalNetwork] | None = None,
    enough: Callable[[list[DiscoveredCamera]], bool] | None = None,
) -> tuple[list[DiscoveredCamera], list[Problem]]:
    """Every reply of every protocol, unmerged, with the problems met on the way.

    `enough` (asked of each protocol's replies) ends every protocol's listening early, a
    moment (`GRACE`) after one protocol's replies satisfy it, so the others' replies to the
    same probe round still come in.
    """
    check_timeout(timeout)
    _check_settings(settings)
    if targets is None and networks is None:
        networks = local_networks()
    if targets is None and not networks:
        return [], [Problem("scan", "", NO_NETWORK)]
    limiter = RateLimiter(settings.rate)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def soon(found: list[DiscoveredCamera]) -> bool:
        if enough is not None and not ending and enough(found):
            ending.append(loop.call_later(GRACE, stop.set))
        return False  # the shared `stop` ends the listening, after the grace

    ending: list[asyncio.TimerHandle] = []  # once: every later reply satisfies it too

    jobs = [
        exchange(
            spec,
            _unicast(spec, targets) if targets is not None else _local(spec, networks or ()),
            limiter=limiter,
            repeats=settings.repeats,
            listen=timeout,
            enough=soon if enough is not None else None,
            stop=stop,
        )
        for spec in specs
    ]
    found: list[DiscoveredCamera] = []
    problems: list[Problem] = []
    for replies, trouble in await asyncio.gather(*jobs):
        found += replies
        problems += trouble
    return found, problems


def _targets(targets: Iterable[str]) -> list[IPv4Address]:
    parsed = list(dict.fromkeys(parse_target(t) for t in targets))
    if not parsed:
        raise TargetNotAllowed("no address given")
    if len(parsed) > MAX_TARGETS:
        raise TargetNotAllowed(f"at most {MAX_TARGETS} addresses per scan")
    return parsed


def _default_kb() -> KnowledgeBase:
    from camreset.kb_files import load_kb  # the KB is read only when a scan found something

    return load_kb()


async def scan(
    targets: Iterable[str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    *,
    kb: KnowledgeBase | None = None,
    settings: ScanSettings = ScanSettings(),
    networks: Sequence[LocalNetwork] | None = None,
    enough: Callable[[list[DiscoveredCamera]], bool] | None = None,
) -> ScanResult:
    """Cameras that answer on this machine's local networks, or at the given addresses."""
    parsed = _targets(targets) if targets is not None else None
    found, problems = await collect(
        parsed, timeout, settings=settings, networks=networks, enough=enough
    )
    if found:
        from camreset.net.kbmatch import match_kb  # with the KB: only once something answered

        known = kb if kb is not None else _default_kb()
        found = [match_kb(known, camera) for camera in found]
    return ScanResult(merge(found), tuple(problems))


async def check(
    address: str,
    timeout: float = CHECK_TIMEOUT,
    *,
    kb: KnowledgeBase | None = None,
    settings: ScanSettings = ScanSettings(),
    networks: Sequence[LocalNetwork] | None = None,
) -> CheckResult:
    """What the camera at one address says about itself right now: listening ends soon
    after it says whether it is set up (`timeout` is for a camera slow to answer, or one
    that does not; an installer polling a restarting camera waited the whole of it on every
    try: installer review 62, #13). Where nothing answered, whether this computer (its
    `networks`) has an address in that subnet at all."""
    target = str(parse_target(address))

    def said(found: list[DiscoveredCamera]) -> bool:
        return any(c.address == target and c.setup_state != UNKNOWN for c in found)

    result = await scan([target], timeout, kb=kb, settings=settings, enough=said)
    off = None if result.cameras else off_subnet(target, networks)
    return CheckResult(target, result.cameras, result.problems, off)


def off_subnet(address: str, networks: Sequence[LocalNetwork] | None = None) -> str | None:
    """The /24 around `address` when this computer (its `networks`) has no address in it:
    why a camera there did not answer a check, or a scan of it (`scan --target`)."""
    own = local_networks() if networks is None else networks
    off = outside_own(IPv4Address(str(parse_target(address))), own)
    return str(off) if off else None
