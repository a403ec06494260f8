"""Reboot and factory reset over ONVIF's device service, signed with a UsernameToken digest.

Order: learn the camera's clock (GetSystemDateAndTime, no credentials), read its identity
(GetDeviceInformation) and its MACs (GetNetworkInterfaces) with the credentials, refuse if
the confirmed MAC is not among them, then send SystemReboot or SetSystemFactoryDefault
Hard/Soft. The first refused login stops everything; nothing is retried.
"""

from __future__ import annotations

import logging
import secrets
from datetime import UTC, datetime, timedelta
from xml.etree.ElementTree import Element

import httpx

from camreset.net.errors import (
    ActionFailed,
    AuthenticationFailed,
    DeviceMismatch,
    DeviceUnreachable,
)
from camreset.net.mac import normalise_mac
from camreset.net.remote import soap, wsse
from camreset.net.remote.confirm import NOTES, Confirmation, Credentials, RemoteAction
from camreset.net.remote.result import RemoteResult
from camreset.net.safexml import descendants, text

log = logging.getLogger(__name__)
_DATE = "<tds:GetSystemDateAndTime/>"
_CLOCK = ("Year", "Month", "Day", "Hour", "Minute", "Second")
BODIES = {
    RemoteAction.REBOOT: ("SystemReboot", "<tds:SystemReboot/>"),
    RemoteAction.FACTORY_RESET_SOFT: (
        "SetSystemFactoryDefault",
        "<tds:SetSystemFactoryDefault><tds:FactoryDefault>Soft</tds:FactoryDefault>"
        "</tds:SetSystemFactoryDefault>",
    ),
    RemoteAction.FACTORY_RESET_HARD: (
        "SetSystemFactoryDefault",
        "<tds:SetSystemFactoryDefault><tds:FactoryDefault>Hard</tds:FactoryDefault>"
        "</tds:SetSystemFactoryDefault>",
    ),
}


def service_url(confirmation: Confirmation) -> str:
    if confirmation.service_url:
        return confirmation.service_url
    port = confirmation.http_port or 80
    return f"http://{confirmation.address}:{port}/onvif/device_service"


async def _post(client: httpx.AsyncClient, url: str, operation: str, data: bytes) -> Element:
    headers = {
        "Content-Type": f'application/soap+xml; charset=utf-8; action="{soap.TDS}/{operation}"'
    }
    try:
        response = await client.post(url, content=data, headers=headers)
    except httpx.TimeoutException:
        raise DeviceUnreachable(f"the camera did not answer {operation} in time") from None
    except httpx.HTTPError as exc:
        raise DeviceUnreachable(
            f"could not reach the camera's ONVIF service at {url} ({type(exc).__name__})"
        ) from None
    return soap.read_answer(response.status_code, response.content, operation)


async def clock_offset(client: httpx.AsyncClient, url: str) -> timedelta:
    """The camera's clock minus ours (0 if it will not say): digests must match its clock."""
    try:
        answer = await _post(client, url, "GetSystemDateAndTime", soap.envelope(_DATE))
    except (ActionFailed, AuthenticationFailed):  # no credentials were sent: not a login
        log.debug("no clock from %s; signing with ours", url)
        return timedelta(0)
    utc = next(descendants(answer, "UTCDateTime"), None)
    try:
        year, month, day, hour, minute, second = (
            int(text(utc, name) or "") if utc is not None else -1 for name in _CLOCK
        )
        camera = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        log.debug("unreadable clock from %s; signing with ours", url)
        return timedelta(0)
    return camera - datetime.now(UTC)


async def _signed(
    client: httpx.AsyncClient,
    url: str,
    operation: str,
    body: str,
    credentials: Credentials,
    offset: timedelta,
) -> Element:
    when = datetime.now(UTC) + offset
    header = wsse.security_header(
        credentials.username, credentials.password, secrets.token_bytes(16), when
    )
    return await _post(client, url, operation, soap.envelope(body, header))


async def perform(
    confirmation: Confirmation, credentials: Credentials, client: httpx.AsyncClient
) -> RemoteResult:
    """Do the confirmed action over ONVIF, after checking the camera's MAC."""
    url = service_url(confirmation)
    offset = await clock_offset(client, url)
    args = (credentials, offset)
    info = await _signed(client, url, "GetDeviceInformation", "<tds:GetDeviceInformation/>", *args)
    interfaces = await _signed(
        client, url, "GetNetworkInterfaces", "<tds:GetNetworkInterfaces/>", *args
    )
    macs = {normalise_mac(e.text) for e in descendants(interfaces, "HwAddress")} - {None}
    if confirmation.mac not in macs:
        seen = ", ".join(sorted(m for m in macs if m)) or "no MAC"
        raise DeviceMismatch(
            f"the camera at {confirmation.address} reports {seen}, not the confirmed "
            f"{confirmation.mac}; nothing was changed"
        )
    operation, body = BODIES[confirmation.action]
    log.info("ONVIF %s to %s (%s)", operation, confirmation.address, confirmation.mac)
    answer = await _signed(client, url, operation, body, *args)
    return RemoteResult(
        confirmation.action,
        confirmation.address,
        confirmation.mac,
        text(info, "Model") or confirmation.model,
        text(answer, "Message") or "accepted",
        NOTES[confirmation.action],
    )
