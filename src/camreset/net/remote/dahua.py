"""Reboot and factory reset of a Dahua-family camera (Amcrest, Lorex…) through its CGI API.

The camera is identified first without credentials: a DHIP discovery probe to the address
must report the confirmed MAC, else nothing is sent. Then one GET with HTTP Digest:
`magicBox.cgi?action=reboot`; soft reset `configManager.cgi?action=restoreExcept&names[0]=
Network` (used by peku33/logicblocks; it keeps the network settings); hard reset
`magicBox.cgi?action=resetSystemEx&type=0` (Amcrest HTTP API, as quoted by public clients:
type 0 resets everything). A camera answers `OK` when it accepts; 401 means the password
was refused, and camreset does not try again (Dahua locks accounts after failed logins).
"""

from __future__ import annotations

import logging
from ipaddress import IPv4Address

import httpx

from camreset.net import dhip
from camreset.net.errors import (
    ActionFailed,
    AuthenticationFailed,
    DeviceMismatch,
    DeviceUnreachable,
)
from camreset.net.model import DiscoveredCamera
from camreset.net.remote.confirm import NOTES, Confirmation, Credentials, RemoteAction
from camreset.net.remote.result import RemoteResult
from camreset.net.scanner import collect

log = logging.getLogger(__name__)
PATHS = {
    RemoteAction.REBOOT: "/cgi-bin/magicBox.cgi?action=reboot",
    RemoteAction.FACTORY_RESET_SOFT: (
        "/cgi-bin/configManager.cgi?action=restoreExcept&names[0]=Network"
    ),
    RemoteAction.FACTORY_RESET_HARD: "/cgi-bin/magicBox.cgi?action=resetSystemEx&type=0",
}
IDENTIFY_TIMEOUT = 1.5


async def _current(confirmation: Confirmation) -> int | None:
    """The camera's HTTP port, once DHIP shows the confirmed MAC at the address."""
    target = IPv4Address(confirmation.address)

    def answered(found: list[DiscoveredCamera]) -> bool:
        return any(r.address == confirmation.address and r.mac for r in found)

    replies, _ = await collect([target], IDENTIFY_TIMEOUT, specs=(dhip.SPEC,), enough=answered)
    here = [r for r in replies if r.address == confirmation.address and r.mac]
    if not here:
        raise DeviceMismatch(
            f"no DHIP answer from {confirmation.address}, so camreset cannot tell which camera "
            "is there; nothing was sent"
        )
    for reply in here:
        if reply.mac == confirmation.mac:
            return reply.http_port
    seen = ", ".join(sorted({r.mac for r in here if r.mac}))
    raise DeviceMismatch(
        f"the camera at {confirmation.address} reports {seen}, not the confirmed "
        f"{confirmation.mac}; nothing was sent"
    )


async def perform(
    confirmation: Confirmation, credentials: Credentials, client: httpx.AsyncClient
) -> RemoteResult:
    """Do the confirmed action through the CGI API, after checking the camera's MAC."""
    reported_port = await _current(confirmation)
    port = confirmation.http_port or reported_port or 80
    url = f"http://{confirmation.address}:{port}{PATHS[confirmation.action]}"
    auth = httpx.DigestAuth(credentials.username, credentials.password)
    log.info("Dahua CGI %s to %s (%s)", confirmation.action, confirmation.address, confirmation.mac)
    try:
        response = await client.get(url, auth=auth)
    except httpx.TimeoutException:
        raise DeviceUnreachable("the camera's web service did not answer in time") from None
    except httpx.HTTPError as exc:
        raise DeviceUnreachable(
            f"could not reach the camera's web service on port {port} ({type(exc).__name__})"
        ) from None
    answer = response.text.strip()
    if response.status_code == 401:
        if "authorization" not in response.request.headers:
            raise ActionFailed("the camera did not offer digest authentication")
        raise AuthenticationFailed(
            "the camera refused the username or password; camreset does not try again on its "
            "own, because Dahua cameras lock an account after a few failed logins"
        )
    if response.status_code != 200 or not answer.upper().startswith("OK"):
        first = answer.splitlines()[0][:80] if answer else "nothing"
        raise ActionFailed(f"the camera answered HTTP {response.status_code}: {first}")
    return RemoteResult(
        confirmation.action,
        confirmation.address,
        confirmation.mac,
        confirmation.model,
        "OK",
        NOTES[confirmation.action],
    )
