"""The one table of camreset's own errors as HTTP problems: status, type and a person's words.

web/problems.py maps an exception to its problem with this table (the first class that
matches wins, so subclasses come before their parents); the API and the pages share it.
"""

from __future__ import annotations

from dataclasses import dataclass

from camreset import errors
from camreset.net import errors as net
from camreset.web.csrf import CsrfRejected
from camreset.web.network_gate import NetworkOff


@dataclass(frozen=True)
class KnownError:
    """How one kind of error is answered: status, problem type and the words on a page (the
    API's title where no page title is given)."""

    status: int
    type: str
    title: str
    page_title: str | None = None
    page_text: str | None = None
    server_detail: str | None = None


_NET_4XX = [
    (NetworkOff, 403, "network-off", "Network features are not available here"),
    (net.TargetNotAllowed, 422, "address-not-allowed", "Not an address camreset may ask"),
    (net.BadSetting, 422, "bad-setting", "A setting is out of range"),
    (net.CameraNotFound, 404, "camera-not-found", "No camera answered there"),
    (net.DeviceMismatch, 409, "another-camera", "Another camera answered"),
    (net.ConfirmationRequired, 422, "confirmation-required", "Confirm the camera first"),
    (net.AuthenticationFailed, 422, "camera-login-refused", "The camera refused the login"),
    (net.PasswordMissing, 422, "no-password", "Type the camera's password"),
    (net.AlreadyAtFactory, 422, "already-factory", "The camera is already at factory settings"),
    (net.NotSupported, 422, "not-supported", "camreset cannot do that to this camera"),
]
NETWORK_ERRORS: list[tuple[type[BaseException], KnownError]] = [
    *((cls, KnownError(status, kind, title)) for cls, status, kind, title in _NET_4XX),
    (
        net.DeviceUnreachable,
        KnownError(
            504, "camera-unreachable", "The camera did not answer",
            server_detail="The camera's web service did not answer; nothing was changed.",
        ),
    ),
    (
        net.ActionFailed,
        KnownError(
            502, "camera-refused", "The camera did not do it",
            server_detail="The camera answered, but did not say it was done.",
        ),
    ),
]  # fmt: skip
"""The network adapter's errors: a person's address or confirmation (4xx), or a camera that
did not answer or do it (5xx, whose detail says so without quoting the camera)."""

KNOWN_ERRORS: list[tuple[type[BaseException], KnownError]] = [
    (
        CsrfRejected,
        KnownError(
            403,
            "csrf",
            "Form token missing or wrong",
            "This form has expired",
            "For your safety we could not accept that form: its security token was missing "
            "or did not match. Go back, reload the page and try again.",
        ),
    ),
    (
        errors.StaleStepError,
        KnownError(
            409,
            "stale-step",
            "That step is no longer the current one",
            "That step has moved on",
            "Someone answered it already (maybe in another tab). Open the session again.",
        ),
    ),
    (
        errors.InvalidAnswerError,
        KnownError(
            422,
            "invalid-answer",
            "Not possible at this step",
            "That answer doesn't fit this step",
            "camreset could not take that answer here: it is not one this step offers. The "
            "page may be out of date, so go back to your session and answer the step it shows "
            "now.",
        ),
    ),
    (
        errors.ModelFoundError,
        KnownError(
            409,
            "model-found-refused",
            "This session cannot take a model found",
            "This session can't change its model",
        ),
    ),
    (
        errors.PowerMismatchError,
        KnownError(422, "power-mismatch", "This camera is not powered that way"),
    ),  # the API's, and a form sent with a way its shape rules out (the form does not offer it)
    (
        errors.SessionNotFoundError,
        KnownError(
            404,
            "session-not-found",
            "No such session",
            "We can't find that session",
            "The link may be mistyped, or the session was removed. You can start again.",
        ),
    ),
    (
        errors.TooManyCodesError,
        KnownError(
            429,
            "too-many-codes",
            "Too many codes that open nothing",
            "Too many codes tried",
            "Several codes tried from here in the last minute opened nothing. Wait a minute, "
            "check the code with the person who read it out, and try again; or open the "
            "session from its link or QR code.",
        ),
    ),
    (
        errors.UnknownModelError,
        KnownError(
            404,
            "unknown-model",
            "Unknown camera model",
            "We don't know that camera",
            "Search again, or choose your camera's brand and shape.",
        ),
    ),
    (
        errors.SessionError,
        KnownError(422, "session-event", "That does not fit this session", "That doesn't fit"),
    ),
    (
        errors.DamagedSessionError,
        KnownError(
            500,
            "damaged-session",
            "Saved session cannot be read",
            "This saved session can't be opened",
            "Its saved record is damaged, so camreset cannot show where it stood. Nothing was "
            "changed. You can start again; whoever runs this server can read the damage in "
            "its log.",
            server_detail="The session's saved record is damaged; nothing was changed. The "
            "server's log names the event.",
        ),
    ),
    (
        errors.StoreError,
        KnownError(
            503,
            "store-unavailable",
            "Session database unavailable",
            "We can't reach the saved sessions right now",
            "Nothing was saved just now. Please try again in a moment.",
            server_detail="The session database cannot be reached or cannot save right now, "
            "so nothing was saved. Please try again in a moment.",
        ),
    ),
    (
        errors.KBError,
        KnownError(
            500,
            "knowledge-base",
            "Knowledge base is broken",
            "Something is wrong on our side",
            server_detail="The server's knowledge base failed to load. It has been logged.",
        ),
    ),
    *NETWORK_ERRORS,
    (errors.CamresetError, KnownError(400, "bad-request", "Bad request", "That didn't work")),
]
"""Every error camreset raises on purpose, answered the same on the API and on pages."""
