"""What the network routes of the JSON API take and give: scans, checks, remote actions.

A password is a write-only field of a request body (never a query parameter, never in a
response); the schema marks it so. Addresses are strings here and are checked by
camreset.net (private, link-local or loopback IPv4 only; anything else is a 422 problem).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from camreset.core.present.network_words import off_subnet_said
from camreset.net import Camera, CheckResult, Problem, ScanResult, verdict_for
from camreset.net.remote import RemoteResult
from camreset.net.remote.offer import actions_for
from camreset.net.verdict import message_for
from camreset.web.pattern_words import USER_NAME

Address = Annotated[
    str, Field(min_length=1, max_length=64, description="IPv4 address, e.g. 192.168.1.108")
]
Timeout = Annotated[
    float | None,
    Field(default=None, ge=0.1, le=30, description="seconds to listen (default: the server's)"),
]
Password = Annotated[
    str,
    Field(
        min_length=1,
        max_length=128,
        description="the camera's password: used for this one request, never stored or echoed",
        json_schema_extra={"format": "password", "writeOnly": True},
    ),
]
RemoteActionName = Literal["factory_reset_hard", "factory_reset_soft", "reboot"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScanRequest(_In):
    """Which addresses to ask (none: this server's own private subnets), for how long."""

    targets: list[Address] | None = Field(default=None, max_length=64)
    timeout: Timeout = None


class CheckRequest(_In):
    address: Address
    timeout: Timeout = None


class RemoteRequest(_In):
    """A reset or restart for the camera at `address`, confirmed by the MAC the person saw:
    the whole MAC, or its last four characters. Sent once; never retried."""

    address: Address
    action: RemoteActionName
    confirm_mac: str = Field(min_length=4, max_length=17, description="the MAC, or its end")
    username: str = Field(default="admin", min_length=1, max_length=64, pattern=USER_NAME)
    password: Password
    timeout: Timeout = None


class SessionCheckRequest(_In):
    step: str = Field(max_length=200, description="id of the current step (it offers a check)")
    address: Address


class SessionRemoteRequest(_In):
    """The session's remote reset step, for the camera at `address` (this session's camera)."""

    step: str = Field(max_length=200, description="id of the current (remote reset) step")
    address: Address
    action: Literal["factory_reset_hard", "factory_reset_soft"] = "factory_reset_hard"
    confirm_mac: str = Field(min_length=4, max_length=17, description="the MAC, or its end")
    username: str = Field(default="admin", min_length=1, max_length=64, pattern=USER_NAME)
    password: Password


class CameraOut(BaseModel):
    """One camera that answered, and how camreset knows its setup state."""

    address: str
    brand: str | None
    line: str | None = Field(description="knowledge-base line id, when known")
    model: str | None
    kb_model_id: str | None = Field(description="knowledge-base model id, when certain")
    mac: str | None
    firmware: str | None
    serial: str | None
    setup_state: Literal["factory", "set_up", "unknown"]
    evidence: list[str]
    protocols: list[str]
    actions: list[RemoteActionName] = Field(description="what POST /api/network/remote can send")


class NetProblemOut(BaseModel):
    """A reply that could not be read, or a probe that could not be sent."""

    protocol: str
    address: str
    message: str


class ScanOut(BaseModel):
    cameras: list[CameraOut]
    problems: list[NetProblemOut]


class CheckOut(BaseModel):
    """What one address answered, and what it means for a reset."""

    address: str
    answered: bool
    setup_state: Literal["factory", "set_up", "unknown"]
    verdict: Literal["reset_confirmed", "reset_did_not_take", "no_answer", "undetermined"]
    message: str
    evidence: list[str]
    cameras: list[CameraOut]
    problems: list[NetProblemOut]


class RemoteOut(BaseModel):
    """The camera accepted it; `note` says what it does to the network settings."""

    action: RemoteActionName
    address: str
    mac: str
    model: str
    message: str = Field(description="what the camera answered")
    note: str


def camera_out(camera: Camera) -> CameraOut:
    said = {name: getattr(camera, name) for name in CameraOut.model_fields if name != "actions"}
    return CameraOut(**said, actions=[a.value for a in actions_for(camera)])


def _problems(problems: tuple[Problem, ...]) -> list[NetProblemOut]:
    return [
        NetProblemOut(protocol=p.protocol, address=p.address, message=p.message) for p in problems
    ]


def scan_out(result: ScanResult) -> ScanOut:
    return ScanOut(
        cameras=[camera_out(c) for c in result.cameras], problems=_problems(result.problems)
    )


def _said(result: CheckResult, said: str) -> str:
    """The verdict's words; for silence from an address on none of the server's subnets, why
    and what to do, as `camreset check` says it (installer review 66, D #4)."""
    if result.answered or not result.off_subnet:
        return said
    return "No answer at that address. " + off_subnet_said(result.address, result.off_subnet)


def check_out(result: CheckResult) -> CheckOut:
    verdict = verdict_for(result)
    return CheckOut(
        address=result.address,
        answered=result.answered,
        setup_state=result.setup_state,
        verdict=verdict.value,
        message=_said(result, message_for(result)),
        evidence=list(result.evidence),
        cameras=[camera_out(c) for c in result.cameras],
        problems=_problems(result.problems),
    )


def remote_out(result: RemoteResult) -> RemoteOut:
    return RemoteOut(
        action=result.action.value,
        address=result.address,
        mac=result.mac,
        model=result.model,
        message=result.device_message,
        note=result.note,
    )
