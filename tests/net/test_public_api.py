"""The public names of camreset.net are exactly the intended ones (httpx's habit)."""

from __future__ import annotations

import camreset.net
import camreset.net.remote


def test_net_exports_exactly_the_public_api() -> None:
    assert sorted(camreset.net.__all__) == sorted(
        [
            "MESSAGES", "ActionFailed", "AuthenticationFailed", "BadSetting", "Camera",
            "CheckResult", "ConfirmationRequired", "DeviceMismatch", "DeviceUnreachable",
            "DiscoveredCamera", "NetError", "NotSupported", "Problem", "RemoteActionError",
            "ScanResult", "ScanSettings", "SetupState", "TargetNotAllowed", "Verdict",
            "check", "scan", "verdict", "verdict_for",
        ]
    )  # fmt: skip
    assert all(hasattr(camreset.net, name) for name in camreset.net.__all__)


def test_remote_actions_are_a_separate_import() -> None:
    assert "perform" not in camreset.net.__all__
    assert sorted(camreset.net.remote.__all__) == [
        "Confirmation", "Credentials", "HARD_RESET_NOTE", "REBOOT_NOTE", "RemoteAction",
        "RemoteResult", "SOFT_RESET_NOTE", "Way", "perform",
    ]  # fmt: skip


def test_every_net_error_is_a_camreset_error() -> None:
    from camreset.errors import CamresetError

    for name in camreset.net.__all__:
        value = getattr(camreset.net, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, CamresetError), name
