"""Remote reboot and factory reset, for a camera whose password the person still knows.

Only after an explicit, single-use `Confirmation` naming the device; the device at the
address must report the confirmed MAC right now. Credentials are used for the one call.
"""

from __future__ import annotations

from camreset.net.remote.confirm import (
    HARD_RESET_NOTE,
    REBOOT_NOTE,
    SOFT_RESET_NOTE,
    Confirmation,
    Credentials,
    RemoteAction,
    Way,
)
from camreset.net.remote.perform import perform
from camreset.net.remote.result import RemoteResult

__all__ = [
    "HARD_RESET_NOTE",
    "REBOOT_NOTE",
    "SOFT_RESET_NOTE",
    "Confirmation",
    "Credentials",
    "RemoteAction",
    "RemoteResult",
    "Way",
    "perform",
]
