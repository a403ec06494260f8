"""The network part of the support report: the camera as it described itself, each check
camreset ran over the network, and each reset it sent (never with a password).

Support reads these as facts the camera itself reported, not as a person's reading of a
light, so each line says where the camera was and how camreset knows.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from camreset.core.present.network_words import NETWORK_RESULT_WORDS, REMOTE_ACTION_WORDS
from camreset.core.session import SessionState

if TYPE_CHECKING:
    from camreset.core.report import Report


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReportCamera(_Frozen):
    """The camera as it described itself when camreset checked it over the network."""

    address: str
    brand: str | None
    model: str | None
    kb_model_id: str | None
    firmware: str | None
    mac: str | None
    serial: str | None


class ReportNetworkCheck(_Frozen):
    """One check over the network: what the camera said, and how camreset knows."""

    at: datetime
    address: str
    result: str
    said: str
    evidence: list[str]


class ReportRemote(_Frozen):
    """A reset or restart camreset sent over the network (never with the password)."""

    at: datetime
    action: str
    sent: str
    address: str
    mac: str
    model: str
    answer: str


def network_parts(
    state: SessionState,
) -> tuple[ReportCamera | None, list[ReportNetworkCheck], list[ReportRemote]]:
    found = state.found
    camera = None
    if found is not None and found.camera is not None:
        c = found.camera
        camera = ReportCamera(
            address=found.address,
            brand=c.brand,
            model=c.model,
            kb_model_id=c.kb_model_id,
            firmware=c.firmware,
            mac=c.mac,
            serial=c.serial,
        )
    checks = [
        ReportNetworkCheck(
            at=c.at,
            address=c.address,
            result=c.result,
            said=NETWORK_RESULT_WORDS.get(c.result, c.result),
            evidence=list(c.evidence),
        )
        for c in state.network
    ]
    remote = [
        ReportRemote(
            at=r.at,
            action=r.action,
            sent=REMOTE_ACTION_WORDS.get(r.action, r.action),
            address=r.address,
            mac=r.mac,
            model=r.model,
            answer=r.message,
        )
        for r in state.remote
    ]
    return camera, checks, remote


def network_line(camera: ReportCamera) -> str:
    """`Amcrest IP4M-1041B at 192.168.1.20, MAC 9c:8e:cd:00:00:01` with what is known."""
    name = " ".join(n for n in (camera.brand, camera.model) if n) or "A camera"
    mac = f", MAC {camera.mac}" if camera.mac else ""
    return f"{name} at {camera.address}{mac}"


def network_sections(report: Report) -> list[tuple[str, list[str]]]:
    """What camreset checked and sent over the network, one line each (none: no section)."""
    sections = []
    if report.network_checks:
        lines = [
            f"{c.at.strftime('%H:%M')} at {c.address}: {c.said}"
            + (f" ({'; '.join(c.evidence)})" if c.evidence else "")
            for c in report.network_checks
        ]
        sections.append(("Checked over the network", lines))
    if report.remote_actions:
        lines = [
            f"{r.at.strftime('%H:%M')}: {r.sent} to the {r.model} at {r.address} (MAC {r.mac}); "
            f"the camera answered {r.answer or 'nothing'}"
            for r in report.remote_actions
        ]
        sections.append(("Sent over the network", lines))
    return sections
