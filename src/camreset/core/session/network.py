"""What camreset learnt about the camera over the network, as a session keeps it.

The network adapter (`camreset.net`) runs a check or a remote reset; the session service turns
its result into the data of one `network` or `remote` event. Replay reads that data here and
never probes again, so a session replays the same anywhere. Only the keys below are kept, each
cut to a short length, so no adapter can slip a password (or anything else) into the log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from ipaddress import IPv4Network
from typing import Any

from camreset.core.guide.plan import CameraPlan
from camreset.core.kb.troubleshooting import NETWORK_ANSWERS, Phase
from camreset.core.session.events import SessionEvent
from camreset.errors import InvalidAnswerError

CAMERA_FIELDS = (
    "brand", "line", "model", "kb_model_id", "firmware", "mac", "serial", "factory_address",
)  # fmt: skip
FACTORY = "factory"
"""The check's answer that the camera says it is at factory settings (no password set yet)."""
REMOTE_ACTIONS = ("factory_reset_hard", "factory_reset_soft", "reboot")
REMOTE_FIELDS = ("action", "way", "address", "mac", "model", "message")
VALUE_MAX = 120
EVIDENCE_LINES = 8
EVIDENCE_MAX = 300


@dataclass(frozen=True)
class NetworkCamera:
    """Who answered: what its discovery reply said about itself (None: not in the reply)."""

    brand: str | None = None
    line: str | None = None
    model: str | None = None
    kb_model_id: str | None = None
    firmware: str | None = None
    mac: str | None = None
    serial: str | None = None
    factory_address: str | None = None
    """Where it sits with DHCP off, on the maker's factory address (Dahua's 192.168.1.108)."""


@dataclass(frozen=True)
class NetworkCheck:
    """One check over the network: where, what it found, and how it knows."""

    at: datetime
    address: str
    result: str
    evidence: tuple[str, ...]
    camera: NetworkCamera | None
    step: str | None
    """The step it answered; None when it only identified the camera."""
    off_subnet: str | None = None
    """Where nothing answered: the subnet of the address when the computer that checked had
    no address in it (net/interfaces.py `outside_own`), as found at the check."""


@dataclass(frozen=True)
class RemoteRecord:
    """A reset or restart camreset sent over the network, as the camera acknowledged it."""

    at: datetime
    action: str
    way: str
    address: str
    mac: str
    model: str
    message: str


def _text(value: Any, limit: int = VALUE_MAX) -> str:
    return " ".join(str(value).split())[:limit]


def clean_network(data: Mapping[str, Any]) -> dict[str, Any]:
    """The data of a `network` event: address, result, evidence and the camera; or
    InvalidAnswerError saying what is missing."""
    result = data.get("result")
    if result not in NETWORK_ANSWERS:
        raise InvalidAnswerError(f"a network check's result is one of {', '.join(NETWORK_ANSWERS)}")
    address = _text(data.get("address", ""), 64)
    if not address:
        raise InvalidAnswerError("a network check names the address it asked")
    evidence = data.get("evidence", [])
    lines = (
        [_text(e, EVIDENCE_MAX) for e in evidence][:EVIDENCE_LINES]
        if isinstance(evidence, list)
        else []
    )
    camera = data.get("camera")
    kept = None
    if isinstance(camera, Mapping):
        kept = {k: _text(camera[k]) for k in CAMERA_FIELDS if camera.get(k)} or None
    said = {"address": address, "result": result, "evidence": lines, "camera": kept}
    off = _subnet(data.get("off_subnet"))
    return {**said, "off_subnet": off} if off and result == "no-answer" else said


def _subnet(value: object) -> str | None:
    """An IPv4 subnet as written ("192.168.1.0/24"), or None for anything else."""
    try:
        return str(IPv4Network(str(value))) if value else None
    except ValueError:
        return None


def clean_remote(data: Mapping[str, Any]) -> dict[str, str]:
    """The data of a `remote` event: which action, sent how, to which camera, and what it
    answered. Nothing else is kept: credentials never reach the log."""
    if data.get("action") not in REMOTE_ACTIONS:
        raise InvalidAnswerError(f"a remote action is one of {', '.join(REMOTE_ACTIONS)}")
    kept = {k: _text(data.get(k, "")) for k in REMOTE_FIELDS}
    if not kept["address"] or not kept["mac"]:
        raise InvalidAnswerError("a remote action names the camera's address and MAC")
    return kept


def network_check(event: SessionEvent) -> NetworkCheck:
    """The check a `network` event records."""
    data = event.data
    camera = data.get("camera")
    return NetworkCheck(
        at=event.at,
        address=str(data.get("address", "")),
        result=str(data.get("result", "no-answer")),
        evidence=tuple(str(e) for e in data.get("evidence", ())),
        camera=NetworkCamera(**{k: camera.get(k) for k in CAMERA_FIELDS})
        if isinstance(camera, Mapping)
        else None,
        step=event.step,
        off_subnet=str(data["off_subnet"]) if data.get("off_subnet") else None,
    )


def remote_record(event: SessionEvent) -> RemoteRecord:
    """The action a `remote` event records."""
    data = {k: str(event.data.get(k, "")) for k in REMOTE_FIELDS}
    return RemoteRecord(at=event.at, **data)


NETWORK_CHECKS = ("setup_mode", "app_finds")
"""The reset checks camreset can answer over the network instead of the person."""


def network_option(
    plan: CameraPlan,
    phase: Phase,
    have: frozenset[str],
    action: str,
    stage: int,
    reachable: bool = True,
) -> bool:
    """Whether page `stage` of `action` is a reset check camreset can answer over the network:
    the person has a computer on the camera's network, and the camera's line tells its setup
    state that way (the plan has a network question); not where the camera is `reachable`
    only from its recorder's own network (behind_recorder.py)."""
    if phase is not Phase.reset or not reachable or not plan.network_offered(have):
        return False
    return plan.actions[action].steps[stage].check in NETWORK_CHECKS
