"""What a scan or check found: one reply per protocol, one camera per device, one result.

`DiscoveredCamera` is what one protocol's reply says about a device; `Camera` joins the
replies of one device (same MAC, or same address); `ScanResult` and `CheckResult` are what
`scan()` and `check()` return. All are frozen: a session can keep them as evidence.
`setup_state` is "factory" (back at factory state / setup mode), "set_up" (still configured)
or "unknown" (the camera answered but does not say); `evidence` says how it is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, overload

SetupState = Literal["factory", "set_up", "unknown"]
FACTORY: SetupState = "factory"
SET_UP: SetupState = "set_up"
UNKNOWN: SetupState = "unknown"


@dataclass(frozen=True)
class DiscoveredCamera:
    """One protocol's reply from one device, read into plain fields (None: not in the reply)."""

    protocol: str  # "tapo", "kasa", "dhip", "sadp" or "wsd"
    address: str  # where the reply came from
    setup_state: SetupState
    evidence: str  # e.g. "Tapo discovery: factory_default=true"
    brand: str | None = None
    line: str | None = None  # knowledge-base line id ("tapo", "kasa", "amcrest") when known
    model: str | None = None
    kb_model_id: str | None = None
    firmware: str | None = None
    mac: str | None = None  # aa:bb:cc:dd:ee:ff
    serial: str | None = None
    reported_address: str | None = None  # the address the device says it has, if it says
    factory_address: str | None = None
    """The maker's fixed factory address, where the reply says it sits there with DHCP off:
    a computer or phone on another range cannot reach it (installer review 44)."""
    http_port: int | None = None
    service_url: str | None = None  # ONVIF device service (from WS-Discovery XAddrs)

    def __post_init__(self) -> None:
        # a port no socket can use ("HttpPort": 70000 or -1) is as good as none said: the
        # camera's usual port is tried (a reply crashed reset-remote with OverflowError)
        if self.http_port is not None and not 0 < self.http_port < 65536:
            object.__setattr__(self, "http_port", None)


@dataclass(frozen=True)
class Problem:
    """A reply that could not be read, or a probe that could not be sent; kept, never raised."""

    protocol: str
    address: str
    message: str


PROTOCOL_ORDER = ("tapo", "kasa", "dhip", "sadp", "wsd")  # vendor protocols say more than ONVIF


class _MostSpecific:
    """A `Camera` field read from its replies: the first one that gives it, the reply that
    names the model first (`Camera.named`), then vendor protocols before ONVIF
    (PROTOCOL_ORDER); None when no reply does."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.field = name

    @overload
    def __get__(self, camera: None, owner: type) -> _MostSpecific: ...
    @overload
    def __get__(self, camera: Camera, owner: type) -> str | None: ...
    def __get__(self, camera: Camera | None, owner: type) -> _MostSpecific | str | None:
        return self if camera is None else camera._first(self.field)


@dataclass(frozen=True)
class Camera:
    """One device, with every reply it gave; fields come from the most specific protocol."""

    replies: tuple[DiscoveredCamera, ...]

    def _ranked(self) -> list[DiscoveredCamera]:
        return sorted(self.replies, key=lambda r: PROTOCOL_ORDER.index(r.protocol))

    @property
    def named(self) -> DiscoveredCamera | None:
        """The reply the row's model comes from: the most specific that names one."""
        return next((r for r in self._ranked() if r.model is not None), None)

    def _first(self, field: str) -> str | None:
        named = self.named
        ranked = self._ranked() if named is None else [named, *self._ranked()]
        values = (getattr(r, field) for r in ranked)
        return next((v for v in values if v is not None), None)

    @property
    def address(self) -> str:
        """Where the reply that names the model came from (else the first reply's)."""
        named = self.named
        return self.replies[0].address if named is None else named.address

    @property
    def model(self) -> str | None:
        named = self.named
        return None if named is None else named.model

    @property
    def kb_model_id(self) -> str | None:
        """The knowledge base's model for the model this row names, from a reply that names
        that model: two replies sharing a MAC (emulators, or a MAC cloned) gave a row the
        model of one and the reset card of the other (technician review 74, G #8)."""
        named = self.named
        said = (r.kb_model_id for r in self._ranked() if named and r.model == named.model)
        return next((m for m in said if m is not None), None)

    @property
    def protocols(self) -> tuple[str, ...]:
        found = {r.protocol for r in self.replies}
        return tuple(p for p in PROTOCOL_ORDER if p in found)

    brand = _MostSpecific()
    line = _MostSpecific()
    firmware = _MostSpecific()
    mac = _MostSpecific()
    serial = _MostSpecific()
    factory_address = _MostSpecific()

    @property
    def setup_state(self) -> SetupState:
        """The state the replies agree on; "unknown" when none says or they disagree."""
        return joined_state(r.setup_state for r in self.replies)

    @property
    def evidence(self) -> tuple[str, ...]:
        lines = tuple(dict.fromkeys(r.evidence for r in self.replies))
        states = {r.setup_state for r in self.replies} - {UNKNOWN}
        if len(states) > 1:
            return (*lines, "The protocols disagree, so the setup state is left unknown.")
        return lines


def joined_state(states: Iterable[SetupState]) -> SetupState:
    """One state from several: the one they agree on, else "unknown"."""
    known = {s for s in states if s != UNKNOWN}
    return known.pop() if len(known) == 1 else UNKNOWN


@dataclass(frozen=True)
class ScanResult:
    """Every camera that answered a scan, and replies that could not be read."""

    cameras: tuple[Camera, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    """What one address answered: what a session step "check it over the network" needs."""

    address: str
    cameras: tuple[Camera, ...]
    problems: tuple[Problem, ...] = ()
    off_subnet: str | None = None
    """Where nothing answered: the /24 around the address, when this computer has no address
    in it (net/interfaces.py `outside_own`)."""

    @property
    def answered(self) -> bool:
        return bool(self.cameras)

    @property
    def setup_state(self) -> SetupState:
        return joined_state(c.setup_state for c in self.cameras)

    @property
    def evidence(self) -> tuple[str, ...]:
        if not self.cameras:
            silent = f"No camera discovery protocol answered at {self.address}."
            if self.off_subnet:
                return (silent, f"This computer has no address in {self.off_subnet}.")
            return (silent,)
        return tuple(line for camera in self.cameras for line in camera.evidence)
