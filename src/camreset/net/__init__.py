"""camreset on the network: find cameras, ask whether they are back at factory state.

    result = await check("192.168.1.108")      # one address
    found = await scan()                       # this machine's private subnets
    verdict_for(result)                        # reset confirmed / did not take / no answer

Scans happen only when called, only on private, link-local, loopback or 192.0.0.x addresses, and
rate-limited. Remote reboot and factory reset live in `camreset.net.remote`, behind an
explicit confirmation. Emulated cameras for tests live in `camreset.net.emulators`.
"""

from __future__ import annotations

from camreset.net.errors import (
    ActionFailed,
    AuthenticationFailed,
    BadSetting,
    ConfirmationRequired,
    DeviceMismatch,
    DeviceUnreachable,
    NetError,
    NotSupported,
    RemoteActionError,
    TargetNotAllowed,
)
from camreset.net.model import (
    Camera,
    CheckResult,
    DiscoveredCamera,
    Problem,
    ScanResult,
    SetupState,
)
from camreset.net.scanner import ScanSettings, check, scan
from camreset.net.verdict import MESSAGES, Verdict, verdict, verdict_for

__all__ = [
    "MESSAGES",
    "ActionFailed",
    "AuthenticationFailed",
    "BadSetting",
    "Camera",
    "CheckResult",
    "ConfirmationRequired",
    "DeviceMismatch",
    "DeviceUnreachable",
    "DiscoveredCamera",
    "NetError",
    "NotSupported",
    "Problem",
    "RemoteActionError",
    "ScanResult",
    "ScanSettings",
    "SetupState",
    "TargetNotAllowed",
    "Verdict",
    "check",
    "scan",
    "verdict",
    "verdict_for",
]
