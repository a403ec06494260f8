"""Checks and resets over the network, for every interface: probe, then record what was found.

The core never probes; it folds the event appended here. A check is run only after the step is
known to take one (a stale or wrong step costs no packet), and its answer counts only if it
comes from this session's camera: another camera answering at the address (another line,
another model, or another MAC than the one seen before) is refused with `DeviceMismatch`,
never recorded as evidence. A remote action needs the person's confirmation of the camera's
MAC against what the camera reports right now; the password goes to `net.remote.perform`
for that one request and nowhere else: the event gets the action, the camera and its answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from camreset.app.sessions import SessionService
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.network_words import already_factory
from camreset.core.session import Command, SessionState
from camreset.core.session.commands import SCRIPTED, factory_on_remote
from camreset.core.session.network import CAMERA_FIELDS
from camreset.errors import InvalidAnswerError, StaleStepError
from camreset.net import (
    Camera,
    CheckResult,
    ConfirmationRequired,
    DeviceMismatch,
    NotSupported,
    check,
)
from camreset.net.errors import AlreadyAtFactory, CameraNotFound
from camreset.net.kbmatch import may_be
from camreset.net.remote import (
    Confirmation,
    Credentials,
    RemoteAction,
    RemoteResult,
    Way,
    perform,
)
from camreset.net.remote.confirm import NOTES
from camreset.net.remote.offer import RESETS, actions_for, confirms, mac_suffix

ANSWERS = {"factory": "factory", "set_up": "set-up", "unknown": "no-answer"}
TYPED_LEAST = 5
"""A typed model name shorter than this ("DS", "G0") is in too many reported names to tell."""


@dataclass(frozen=True)
class Offer:
    """A camera found at an address, what camreset can send it, and what each action does."""

    camera: Camera
    actions: tuple[RemoteAction, ...]
    suffix: str
    """What the person types to confirm: the last four characters of the MAC."""

    @property
    def notes(self) -> dict[RemoteAction, str]:
        return {action: NOTES[action] for action in self.actions}


def camera_name(camera: Camera) -> str:
    """`Amcrest IP4M-1041B`, or "a camera" when it did not say."""
    return " ".join(n for n in (camera.brand, camera.model) if n) or "a camera"


def _expect(state: SessionState, step: str, what: str) -> None:
    """StaleStepError or InvalidAnswerError before anything is sent on the network."""
    current = state.current
    if step != current.id:
        raise StaleStepError(f"step {step!r} is no longer the current step ({current.id!r} is)")
    if not getattr(current, what):
        kind = "checked over the network" if what == "network" else "a reset sent over the network"
        raise InvalidAnswerError(f"step {step!r} is not one {kind}")


def pick(state: SessionState, result: CheckResult) -> Camera | None:
    """The camera at the address that is this session's camera; None if nothing answered;
    DeviceMismatch when only another camera did."""
    if not result.cameras:
        return None
    seen = state.found.camera.mac if state.found and state.found.camera else None
    for camera in result.cameras:
        if seen and camera.mac and camera.mac != seen:
            continue
        if _ours(state, camera):
            return camera
    if seen and (twin := next((c for c in result.cameras if _ours(state, c)), None)):
        raise DeviceMismatch(_not_the_one_seen(state, twin, result.address))
    other = result.cameras[0]
    raise DeviceMismatch(
        f"the camera at {result.address} is {camera_name(other)}"
        + (f" (MAC {other.mac})" if other.mac else "")
        + f", not the {state.model.name} of this session; check the address"
        + _unlisted_sibling(state, other)
    )


def _ours(state: SessionState, camera: Camera) -> bool:
    """Whether `camera` may be this session's by its line and model (its MAC aside)."""
    if camera.line and camera.line != state.line:
        return False
    if camera.kb_model_id and not state.model.generic and camera.kb_model_id != state.model.id:
        return False
    # a model the KB does not know, and its name is not this one's
    return not (camera.model and not camera.kb_model_id and not _may_be_ours(state, camera.model))


def _not_the_one_seen(state: SessionState, twin: Camera, address: str) -> str:
    """A camera of this session's model, but not the one an earlier check found: with four
    identical PoE cameras on a recorder, a first check of the wrong port's address is common,
    and the refusal said "is Amcrest IP5M-T1179EW …, not the … IP5M-T1179EW of this session;
    check the address" of the right one (installer review 69, T #5)."""
    found = state.found
    assert found is not None and found.camera is not None
    said = (
        f"the camera at {address} (MAC {twin.mac}) is not the {camera_name(twin)} this "
        f"session found before at {found.address} (MAC {found.camera.mac})"
    )
    if found.step is None:  # found before the session's steps, as it started
        return f"{said}; if that one was not yours, start a new session for this one"
    return (
        f"{said}; if that earlier check was of the wrong camera, take it back (and any answer"
        " given after it: u in the terminal, “← Back” on the web), then check again"
    )


def _unlisted_sibling(state: SessionState, other: Camera) -> str:
    """For a camera of this session's brand whose model camreset does not list: how to go on
    if it is the person's own. An installer who took the closest listed model (a G2 for a G0)
    was only told to check the address (installer review 62, #5)."""
    if not (other.model and other.line == state.line and other.kb_model_id is None):
        return ""
    brand = state.model.line.brand
    return (
        f"; if it is yours, camreset does not list the {other.model}: start a new session"
        f" with {brand}'s usual steps (on the web: look for the model, then “Use {brand}'s"
        f" usual steps”; in a terminal: camreset guide --line {state.line})"
    )


def _may_be_ours(state: SessionState, reported: str) -> bool:
    """Whether the model a camera reports may be this session's: its model's names, or the
    name the person typed (a model taken as the closest one camreset lists, or the label's
    model in the details)."""
    model = state.model
    if model.generic:
        return True
    typed = (
        str(state.events[0].data.get("typed") or ""),
        str(state.details.get("label_model") or ""),
    )
    names = (model.name, *model.aliases, *(t for t in typed if len(t) >= TYPED_LEAST))
    return may_be(reported, model.id, state.line, names)


def found_data(result: CheckResult, camera: Camera | None) -> dict[str, Any]:
    """The data of a `network` event: what answered at the address, and how camreset knows."""
    if camera is None:
        off = {"off_subnet": result.off_subnet} if result.off_subnet else {}
        return {
            "address": result.address,
            "result": "no-answer",
            "evidence": [*result.evidence],
            **off,
        }
    fields = CAMERA_FIELDS
    return {
        "address": result.address,
        "result": ANSWERS[camera.setup_state],
        "evidence": list(camera.evidence),
        "camera": {name: getattr(camera, name) for name in fields},
    }


async def check_step(
    sessions: SessionService,
    session_id: str,
    step: str,
    address: str,
    timeout: float,
    scripted: bool = False,
) -> SessionState:
    """Check the camera at `address` for the current step and record what it said;
    `scripted`: the address came from a file of answers, so its time is no person's pace."""
    before = sessions.state(session_id)
    _expect(before, step, "network")
    result = await check(address, timeout, kb=sessions.kb_for(before))
    camera = pick(sessions.state(session_id), result)
    data = {**found_data(result, camera), **({SCRIPTED: True} if scripted else {})}
    command = Command("network", step, data=data)
    return sessions.apply(session_id, command)


async def identify(
    sessions: SessionService, session_id: str, address: str, timeout: float
) -> SessionState:
    """Record who answers at `address` (fills the report); nothing if no camera of this
    session's line and model does."""
    state = sessions.state(session_id)
    result = await check(address, timeout, kb=sessions.kb_for(state))
    try:
        camera = pick(state, result)
    except DeviceMismatch:
        return state
    if camera is None:
        return state
    return sessions.apply(session_id, Command("network", data=found_data(result, camera)))


async def offer(
    kb: KnowledgeBase, address: str, timeout: float, state: SessionState | None = None
) -> Offer:
    """The camera at `address` and the remote actions camreset can send it (only resets
    within a session); CameraNotFound, DeviceMismatch or NotSupported when there is none,
    AlreadyAtFactory when it says it is back at factory settings."""
    result = await check(address, timeout, kb=kb)
    camera = pick(state, result) if state is not None else next(iter(result.cameras), None)
    if camera is None:
        raise CameraNotFound(f"no camera answered at {result.address}; check the address")
    if camera.setup_state == "factory":
        found = found_data(result, camera)
        raise AlreadyAtFactory(already_factory(camera_name(camera), result.address), found)
    actions = actions_for(camera)
    if state is not None:
        actions = tuple(a for a in actions if a in RESETS)
    if not actions or camera.mac is None:
        raise NotSupported(
            f"camreset cannot send {camera_name(camera)} at {result.address} a reset or "
            "restart: it answers no Dahua or ONVIF service camreset can use (ONVIF may be "
            "off in its settings). Reset it with its button, or from its own web page or "
            "app; `camreset guide` takes you through it"
        )
    return Offer(camera, actions, mac_suffix(camera.mac))


def already_reset(
    sessions: SessionService, session_id: str, step: str, exc: AlreadyAtFactory
) -> SessionState | None:
    """The session's remote reset page answered by the camera found already at factory
    settings, as the network check's `factory` (the reset confirmed by the camera itself, on
    to setting it up); None where the page does not take it (an older session, another step):
    it stays, with the words of `exc` (session-69 review, T #2)."""
    state = sessions.state(session_id)
    if exc.found is None or state.current.id != step or not factory_on_remote(state, exc.found):
        return None
    return sessions.apply(session_id, Command("network", step, data=exc.found))


async def send(
    kb: KnowledgeBase,
    address: str,
    action: RemoteAction,
    typed_mac: str,
    credentials: Credentials,
    timeout: float,
    state: SessionState | None = None,
) -> tuple[RemoteResult, Way]:
    """Send one confirmed action: the camera is found again, the MAC the person confirmed
    must be the one it reports now, and the credentials are used for this one request.
    What the camera answered, and the way camreset reached it."""
    found = await offer(kb, address, timeout, state)
    camera = found.camera
    assert camera.mac is not None  # offer() refuses a camera without one
    if action not in found.actions:
        names = ", ".join(a.value for a in found.actions)
        raise ConfirmationRequired(f"{camera_name(camera)} takes {names}, not {action.value}")
    if not confirms(camera.mac, typed_mac):
        raise ConfirmationRequired(  # never the MAC's end: it would confirm itself (T #8)
            f"the MAC given is not the one {camera_name(camera)} at {camera.address} reports: "
            "compare the MAC on its label (or in your router's, switch's or recorder's list of "
            "devices), then type the last four characters of its MAC; nothing was sent"
        )
    confirmation = Confirmation.for_camera(camera, action)
    return await perform(confirmation, credentials), confirmation.way


async def remote_step(
    sessions: SessionService,
    session_id: str,
    step: str,
    address: str,
    action: RemoteAction,
    typed_mac: str,
    credentials: Credentials,
    timeout: float,
) -> SessionState:
    """The session's remote reset: sent once confirmed, then recorded without credentials."""
    _expect(sessions.state(session_id), step, "remote")
    state = sessions.state(session_id)
    kb = sessions.kb_for(state)
    done, way = await send(kb, address, action, typed_mac, credentials, timeout, state)
    data = {
        "action": done.action.value,
        "way": way.value,
        "address": done.address,
        "mac": done.mac,
        "model": done.model,
        "message": done.device_message,
    }
    return sessions.apply(session_id, Command("remote", step, data=data))
