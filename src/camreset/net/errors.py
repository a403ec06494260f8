"""Every error the network adapter raises on purpose, under camreset's one root: NetError
and its branch, drawn with the whole tree in camreset/errors.py.

OSError and timeouts from sockets, and httpx's errors, are caught where they happen and
re-raised as one of these. No message ever contains a password: messages are built from
addresses, MACs, models and what the camera answered, never from credentials.
"""

from __future__ import annotations

from typing import Any

from camreset.errors import CamresetError


class NetError(CamresetError):
    """Root of the network adapter's errors."""


class TargetNotAllowed(NetError):
    """The address is not one camreset may send a probe to."""


class BadSetting(NetError):
    """A scan setting (timeout, rate, repeats) is out of range."""


class RemoteActionError(NetError):
    """A remote reset or reboot did not happen."""


class ConfirmationRequired(RemoteActionError):
    """The action needs a fresh confirmation naming the device."""


class DeviceMismatch(RemoteActionError):
    """The device answering at the address is not the one that was confirmed."""


class AuthenticationFailed(RemoteActionError):
    """The camera refused the credentials; camreset does not try again on its own."""


class PasswordMissing(RemoteActionError):
    """No password was given; a login that cannot succeed still counts towards a lock-out."""


class NotSupported(RemoteActionError):
    """The camera, or the way camreset talks to it, offers no such action."""


class AlreadyAtFactory(RemoteActionError):
    """The camera says it is back at factory settings (no admin password yet): a reset has
    nothing to do, and a login would only fail, so none is offered or sent."""

    def __init__(self, message: str, found: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.found = found
        """What the check found, as a `network` event's data: a session's remote reset page
        records it as its reset confirmed by the camera itself (app/network.py)."""


class CameraNotFound(RemoteActionError):
    """No camera answered camreset's discovery probes at the address given."""


class DeviceUnreachable(RemoteActionError):
    """The camera's HTTP service did not answer."""


class ActionFailed(RemoteActionError):
    """The camera answered, but did not say the action was done."""
