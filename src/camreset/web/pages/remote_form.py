"""The confirmation page of a remote reset or restart, and reading its form back.

The page names the camera as it answers right now (model, address, MAC, firmware, serial),
says what each action does to its network settings, and asks the person to type the last
four characters of the MAC shown: that is their confirmation that this is their camera.
The password field is always empty when the page is drawn, even after a
refused attempt: a password is never sent back to the browser.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from camreset.app.network import Offer, camera_name
from camreset.core.present.network_words import MAC_CHECK
from camreset.errors import CamresetError
from camreset.net import AuthenticationFailed, ConfirmationRequired
from camreset.net.errors import PasswordMissing
from camreset.net.remote import RemoteAction
from camreset.net.remote.confirm import VERBS
from camreset.net.remote.offer import confirms
from camreset.web.pages.render import render

FIELD_MAX = 64


@dataclass(frozen=True)
class RemoteFields:
    """What the confirmation form sent back, except the password (read where it is used)."""

    address: str
    action: RemoteAction
    typed_mac: str
    username: str


def remote_fields(form: FormData) -> RemoteFields:
    """The form's fields; ConfirmationRequired when no action camreset knows was chosen."""
    try:
        action = RemoteAction(str(form.get("action", "")))
    except ValueError:
        raise ConfirmationRequired("choose what to send: a reset or a restart") from None
    return RemoteFields(
        address=str(form.get("address", "")).strip()[:FIELD_MAX],
        action=action,
        typed_mac=str(form.get("confirm", "")).strip()[:FIELD_MAX],
        username=str(form.get("username", "")).strip()[:FIELD_MAX] or "admin",
    )


def sent_back(form: FormData) -> RemoteFields | None:
    """What a refused attempt had chosen, to draw the page again with it: a retry after a
    mistyped MAC must not fall back to another action (accessibility review 68 #1: "Reboot"
    came back as "Factory-reset (hard)"). None when no known action was chosen."""
    try:
        return remote_fields(form)
    except ConfirmationRequired:
        return None


def problem_field(exc: CamresetError, chosen: RemoteFields | None, found: Offer) -> str:
    """The id of the form field a refusal is about, so the page marks and focuses it: the
    action when none was chosen, the MAC when it does not match, the password when the
    camera refused the login; "" when it is about none of them."""
    if isinstance(exc, AuthenticationFailed | PasswordMissing):
        return "password"
    if not isinstance(exc, ConfirmationRequired):
        return ""
    if chosen is None:
        return "action"
    mac = found.camera.mac
    return "confirm" if mac is not None and not confirms(mac, chosen.typed_mac) else ""


def render_offer(
    request: Request,
    found: Offer,
    send_url: str,
    *,
    step: str = "",
    session_id: str = "",
    problem: str | None = None,
    status_code: int = 200,
    chosen: RemoteFields | None = None,
    field: str = "",
) -> Response:
    """The page that asks "is this your camera?" before anything is sent. Outside a session
    no action is chosen for the person: the first one is a hard factory reset, and a
    choice made for them is one they may send without reading. A session's reset step
    offers only resets, and the one it is about comes first."""
    camera = found.camera
    if chosen and chosen.action in found.actions:
        default = chosen.action
    elif step or len(found.actions) == 1:
        default = found.actions[0]
    else:
        default = None
    choices = [(a.value, VERBS[a], found.notes[a], a == default) for a in found.actions]
    return render(
        request,
        "remote.html",
        status_code=status_code,
        title="Is this your camera?",
        camera_label=camera_name(camera),
        camera=camera,
        mac_check=MAC_CHECK,
        choices=choices,
        send_url=send_url,
        step=step,
        session_id=session_id,
        problem=problem,
        username=chosen.username if chosen else "admin",
        field=field if problem else "",
    )
