"""What a remote action returns when the camera accepted it."""

from __future__ import annotations

from dataclasses import dataclass

from camreset.net.remote.confirm import RemoteAction


@dataclass(frozen=True)
class RemoteResult:
    """The camera accepted the action; `note` says what it does to the network settings."""

    action: RemoteAction
    address: str
    mac: str
    model: str
    device_message: str  # what the camera answered, e.g. "Rebooting in 30 seconds" or "OK"
    note: str
