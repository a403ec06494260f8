"""`perform()`: the one entry point for a remote reset or reboot.

It refuses without a `Confirmation`, spends the confirmation before anything is sent (one
attempt each), and then lets the ONVIF or Dahua module check the device's MAC and act.
The HTTP client ignores proxy settings from the environment, so requests go straight to
the camera on the local network and nowhere else.
"""

from __future__ import annotations

import asyncio
import logging

import httpx

from camreset.net.addresses import parse_target
from camreset.net.errors import ConfirmationRequired, DeviceUnreachable, RemoteActionError
from camreset.net.remote import dahua, onvif
from camreset.net.remote.confirm import Confirmation, Credentials, Way
from camreset.net.remote.result import RemoteResult

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 10.0
DEADLINE = 30.0
"""The whole action's limit, whatever each request's: a camera that sends its answer a byte
at a time kept a reviewer's reset-remote waiting for minutes with --timeout 2."""


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
    try:
        async with (
            asyncio.timeout(DEADLINE),
            httpx.AsyncClient(timeout=timeout, trust_env=False) as client,
        ):
            if confirmation.way == Way.ONVIF:
                return await onvif.perform(confirmation, credentials, client)
            return await dahua.perform(confirmation, credentials, client)
    except TimeoutError:
        raise DeviceUnreachable(
            f"the camera at {confirmation.address} had not finished answering after "
            f"{DEADLINE:g} seconds, so camreset stopped waiting; it may have acted all the "
            "same: look at the camera before sending anything again"
        ) from None
    except (OverflowError, httpx.InvalidURL):  # a port or address no request can use
        raise DeviceUnreachable(
            f"the camera at {confirmation.address} gave a web service address no request "
            "can use; nothing was sent"
        ) from None
