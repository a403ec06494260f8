"""What every discovery protocol module provides, so one UDP engine can run them all.

A protocol is a probe to send, the ports and the multicast group (or subnet broadcast) it
goes to, and a parser that turns one reply datagram into a `DiscoveredCamera`. A parser
returns None for a well-formed datagram that is not a camera's reply (another client's
probe, a smart plug) and raises ReplyError for one it cannot read; it never raises
anything else on purpose, and the engine records even a parser bug as a problem.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from camreset.errors import CamresetError
from camreset.net.model import DiscoveredCamera


class ReplyError(CamresetError, ValueError):
    """A datagram on a discovery port that is not a reply camreset can read."""


Parser = Callable[[bytes, str], DiscoveredCamera | None]


@dataclass(frozen=True)
class ProbeSpec:
    """One discovery protocol as the engine sees it."""

    protocol: str  # short id used in results: "tapo", "kasa", "dhip", "sadp", "wsd"
    label: str  # for people: "Tapo discovery"
    ports: tuple[int, ...]
    group: str | None  # multicast group on the local network; None: subnet broadcast
    build_probe: Callable[[], bytes]
    parse: Parser
