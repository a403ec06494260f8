"""`perform()`: the one entry point for a remote reset or reboot.

It refuses without a `Confirmation`, spends the confirmation before anything is sent (one
attempt each), and then lets the ONVIF or Dahua module check the device's MAC and act.
The HTTP client ignores proxy settings from the environment, so requests go straight to
the camera on the local network and nowhere else.
"""

from __future__ import annotations

import logging

import httpx

from camreset.net.addresses import parse_target
from camreset.net.errors import ConfirmationRequired, RemoteActionError
from camreset.net.remote import dahua, onvif
from camreset.net.remote.confirm import Confirmation, Credentials, Way
from camreset.net.remote.result import RemoteResult

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 10.0


async def perform(
    confirmation: Confirmation | None,
    credentials: Credentials,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> RemoteResult:
    """Do the confirmed action once; raise a RemoteActionError when it was not done."""
    if not isinstance(confirmation, Confirmation):
        raise ConfirmationRequired(
            "a remote reset or reboot needs the person's confirmation of the camera "
            "(model, MAC and address)"
        )
    if not isinstance(credentials, Credentials):
        raise RemoteActionError("a remote reset or reboot needs the camera's username and password")
    parse_target(confirmation.address)  # never a public address, whatever built the object
    confirmation.spend()
    log.info("%s of %s at %s", confirmation.action, confirmation.mac, confirmation.address)
    async with httpx.AsyncClient(timeout=timeout, trust_env=False) as client:
        if confirmation.way == Way.ONVIF:
            return await onvif.perform(confirmation, credentials, client)
        return await dahua.perform(confirmation, credentials, client)
