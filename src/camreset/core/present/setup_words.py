"""Words that depend on how a camera is powered and added again: what "ready" means before a
reset, how long to charge, what the doorbell wiring must give, how to add it back (the ways
themselves: adding_words.py), a password's recovery, filled into a step's template values.

Each comes from the model's facts where a source gives them, and otherwise says plainly what
to look for instead of inventing a number.
"""

from __future__ import annotations

from camreset.core.kb.not_inherited import CHARGED
from camreset.core.kb.power_values import Charge, Power, PowerKind, Transformer
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.values import RecoveryKind
from camreset.core.present.account_words import WHOEVER, unbind_routes
from camreset.core.present.adding_words import add_how, may_be_on_a_cable, power_kinds
from camreset.core.present.battery_words import battery_words, single_use_cells
from camreset.core.present.facts import LABELS
from camreset.core.present.in_a_sentence import mid_sentence, without_full_stop
from camreset.core.present.network_words import factory_doubt, finder, in_its_range
from camreset.core.present.permission_words import permissions_ask
from camreset.core.present.power_words import (
    ANY_DOORBELL_POWER,
    ANY_POWER,
    PLUGGED,
    POWER_READY_WORDS,
)
from camreset.core.present.wifi_words import wifi_before, wifi_joins

SINGLE_USE_READY = "good batteries in place (single-use ones: new, never recharged)"
"""Ready for a reset, for a battery camera on single-use cells."""


def _ready(power: frozenset[str], single_use: bool = False, doorbell: bool = False) -> str:
    """Ready for a reset, for each way it may be powered (`power`: what the sources give, or
    what the person said; `single_use`: its batteries cannot be recharged)."""
    words = {**POWER_READY_WORDS, "battery": SINGLE_USE_READY} if single_use else POWER_READY_WORDS
    parts = list(dict.fromkeys(words.get(k, PLUGGED) for k in sorted(power)))
    parts = parts or [ANY_DOORBELL_POWER if doorbell else ANY_POWER]
    return "Make sure it has power: " + ", or ".join(parts) + "."


def through_app(route: str, app: str | None) -> bool:
    """Whether a recovery route goes through the brand's app (it starts with the app's
    name): a home owner's easiest way back in, the phone in their hand."""
    return bool(app) and route.startswith(f"{app} ")


def _recovery(model: ResolvedModel) -> tuple[str, str]:
    """The first sourced device-password route (one through the brand's app before the
    others), and how long its code lasts (every claim)."""
    routes = model.recovery(RecoveryKind.device)
    routes = sorted(routes, key=lambda v: not through_app(v.route, model.app))
    if not routes:
        return "the vendor's password recovery", ""
    hours = sorted({v.expires_hours for v in routes if v.expires_hours})
    expiry = ""
    if len(hours) == 1:
        expiry = f"The code is valid for {hours[0]:g} hours: use it the same day."
    elif hours:
        choices = " or ".join(f"{h:g}" for h in hours)
        expiry = f"The code lasts {choices} hours (the sources disagree): use it the same day."
    return routes[0].route, expiry


def _recorder_reset_note(model: ResolvedModel, nvr: object, power: frozenset[str]) -> str:
    """The maker's way of resetting a camera on its recorder, before the hold: only where that
    way is itself a hold on the camera (Lorex: hold Reset while the cable is replugged) and the
    camera may be on a cable. Other makers' recorder facts are about passwords and adding it
    (Hikvision's SADP, Reolink's NVR monitor): they are said where it is added, not here."""
    if not isinstance(nvr, str) or "hold" not in nvr.lower() or not may_be_on_a_cable(power):
        return ""
    brand = model.line.brand
    return (
        f"If its cable runs to a {brand} recorder (NVR), {brand}'s own reset differs from the "
        f"steps here: {mid_sentence(without_full_stop(nvr))}. Done that way, the hold goes on "
        "past the timer's limit."
    )


def _breaker_words(model: ResolvedModel) -> dict[str, str]:
    """How long a doorbell stays off at the breaker, and what to do about a battery: a wired
    Nest runs a few minutes on its built-in battery once the power is cut (its source), so a
    minute does not drain it, and it has no battery to take off and charge (review 46). A
    doorbell whose sources give its wiring only has no battery to charge either (phone review
    69, U #8: a Ring Video Doorbell Wired read "If the doorbell also runs on a battery…")."""
    powers = [p for p in model.values("power") if isinstance(p, Power)]
    inside = any(p.internal_battery for p in powers)
    if inside:
        return {
            "transformer.off": "leave it off for several minutes: its sources say it runs a few "
            "minutes on its built-in battery once the power is cut",
            "transformer.battery": "",
        }
    battery = not powers or any(p.kind in CHARGED for p in powers)  # has, or may have, one
    return {
        "transformer.off": "leave it off for at least a minute (that also drains the doorbell)",
        "transformer.battery": " If the doorbell also runs on a battery, take it off the "
        "wiring and charge the battery fully instead."
        if battery
        else "",
    }


def _near_recorder(model: ResolvedModel, power: frozenset[str]) -> str:
    """Where a camera added through its recorder must be: on the recorder's network, by its
    cable (a camera that can run on PoE), or over Wi-Fi too (web review 55: a Lorex PoE bullet
    read "a Wi-Fi camera joins that network")."""
    cabled = PowerKind.poe.value in power_kinds(model, power)
    wifi = "" if cabled else " (a Wi-Fi camera joins that network)"
    return (
        "Check that the camera is on the same network as it: its network cable runs to it or "
        f"to a switch on that network{wifi}."
    )


def setup_values(model: ResolvedModel, power: frozenset[str]) -> dict[str, str]:
    """The template values about power and adding the camera again, for a camera powered
    `power`."""
    app = model.app or model.line.brand
    charge = model.value("charge")
    hours = charge.hours if isinstance(charge, Charge) and charge.hours else None
    charge_time = f"about {hours} hours" if hours else "until the app or its light shows it full"
    transformer = model.value("transformer")
    rating = "the voltage and VA its manual gives"
    if isinstance(transformer, Transformer):
        rating = transformer.volts + (f", at least {transformer.va} VA" if transformer.va else "")
    unbind = unbind_routes(model)
    nvr = model.value("nvr_reset")
    ip = model.value("default_ip")
    doubt = f"; {said}" if (said := factory_doubt(model)) else ""
    hub = model.pairs_via
    route, expiry = _recovery(model)
    return {
        "recovery.route": route,
        "recovery.expiry": expiry,
        "power.ready": _ready(
            power, single_use_cells(model) is not None, model.form_factor is FormFactor.doorbell
        ),
        "charge.time": charge_time,
        **battery_words(model, charge_time),
        "transformer.rating": rating,
        **_breaker_words(model),
        "hub.name": hub.name if hub is not None else "hub or base station",
        "hub.near": _near_recorder(model, power)
        if model.recorder is not None
        else "Bring the camera near it for the reset and setup.",
        # adding it again, once it is reset: "for the reset and setup" there read as if a
        # reset were still to come (phone review 64, F9)
        "hub.near_add": _near_recorder(model, power)
        if model.recorder is not None
        else "Bring the camera near it for the setup.",
        # where to look for a Wi-Fi setting: the hub its sources name (a Blink Sync Module),
        # not "its hub or base station if it has one" (phone review 64, F9)
        "hub.its": f"its {hub.name}"
        if hub is not None
        else "its hub or base station if it has one",
        "hub.restart": "restart it from its own menu"  # not its plug: it records to a disk
        if model.recorder is not None
        else "unplug it for a minute, plug it back in",
        # where its lights are sourced they are listed under this heading on the same page
        "hub.lit": f"and that its lights say so too (“{LABELS['hub_lights']}” says which)"
        if model.lists.get("hub_lights")
        else "with its light as it usually is",
        "add.how": add_how(model, app, power),
        "permissions.ask": permissions_ask(model, app),
        "wifi.joins": wifi_joins(model),
        "wifi.before": wifi_before(model, power),
        "unbind.route": f"{WHOEVER} The sources say how: {unbind}"
        if unbind
        else f"{WHOEVER[:-1]}, in the {app} app.",
        "nvr.how": f"{without_full_stop(nvr)}."
        if isinstance(nvr, str)
        else "Connect the camera to a PoE port of the recorder and use the recorder's own reset "
        "or add-camera option.",
        # with how sure it is: Hikvision's step gave 192.168.1.64 alone, the card and its other
        # pages "another source gives 192.0.0.64" too (KB source audit 68, R12)
        "default.ip": f" ({ip}{doubt})" if isinstance(ip, str) else "",
        # the maker's tool by name where sourced: an installer looks in SADP (review 63, #6)
        "default.finder": finder(model),
        "default.example": in_its_range(ip if isinstance(ip, str) else None),
        "nvr.reset_note": _recorder_reset_note(model, nvr, power),
        "password.keep": "; if it asked for a new password, keep it somewhere safe"
        if has_own_password(model)
        else "",
    }


def has_own_password(model: ResolvedModel) -> bool:
    """Whether its sources give the camera a password of its own, set again once it is reset:
    a factory login (or one to create), an activation on first use, or a way to recover it.
    A Blink's end page said "If it asked for a new password, keep it somewhere safe", where
    only the app's account has one (phone review 60, #13)."""
    return (
        model.facts.get("default_credentials") is not None
        or model.value("first_use_activation") is True
        or bool(model.recovery(RecoveryKind.device))
    )
