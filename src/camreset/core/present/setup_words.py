"""Words that depend on how a camera is powered and added again: what "ready" means before a
reset, how long to charge, what the doorbell wiring must give, how to add it back.

Each comes from the model's facts where a source gives them, and otherwise says plainly what
to look for instead of inventing a number.
"""

from __future__ import annotations

from camreset.core.guide.adding import ways_to_add
from camreset.core.kb.connection import WIRED_WAYS
from camreset.core.kb.knowledge import OTHER
from camreset.core.kb.power_values import Charge, Power, PowerKind, Transformer
from camreset.core.kb.resolve import CHARGED, ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.values import Provisioning, RecoveryKind
from camreset.core.present.account_words import WHOEVER, unbind_routes
from camreset.core.present.battery_words import battery_words, single_use_cells
from camreset.core.present.cable_first import sourced_wired
from camreset.core.present.device_noun import device_noun
from camreset.core.present.facts import LABELS
from camreset.core.present.network_words import (
    APP_ON_THE_NETWORK,
    factory_doubt,
    find_its_page,
    finder,
    in_its_range,
)
from camreset.core.present.permission_words import permissions_ask
from camreset.core.present.power_words import (
    ANY_DOORBELL_POWER,
    ANY_POWER,
    PLUGGED,
    POWER_READY_WORDS,
)
from camreset.core.present.setup_signs import NEW_PASSWORD, listing, page_prompt
from camreset.core.present.wifi_words import wifi_before, wifi_joins
from camreset.core.present.words import mid_sentence, without_full_stop


def power_kinds(model: ResolvedModel, power: frozenset[str]) -> frozenset[str]:
    """How the camera is powered (kinds by id): as the person said, else as sourced."""
    return power or frozenset(k.value for k in model.power_kinds)


def may_be_on_a_cable(kinds: frozenset[str]) -> bool:
    """Not known to be powered otherwise than over a network cable (power kinds by id):
    such a camera's web page may ask for a new password when it is added again."""
    return not kinds or PowerKind.poe.value in kinds


def activates_when_wired(model: ResolvedModel) -> bool:
    """Whether a reset leaves this camera waiting to be activated on the network: the sources
    say it is activated with a new password, and it can be wired (PoE, or set up over the
    network or a recorder). An app-added Wi-Fi camera of the same brand is not."""
    if model.value("first_use_activation") is not True:
        return False
    value = model.value("provisioning")
    ways = frozenset(value) if isinstance(value, list) else frozenset()
    return PowerKind.poe in model.power_kinds or bool(ways & WIRED_WAYS)


SINGLE_USE_READY = "good batteries in place (single-use ones: new, never recharged)"
"""Ready for a reset, for a battery camera on single-use cells."""


def _ready(power: frozenset[str], single_use: bool = False, doorbell: bool = False) -> str:
    """Ready for a reset, for each way it may be powered (`power`: what the sources give, or
    what the person said; `single_use`: its batteries cannot be recharged)."""
    words = {**POWER_READY_WORDS, "battery": SINGLE_USE_READY} if single_use else POWER_READY_WORDS
    parts = list(dict.fromkeys(words.get(k, PLUGGED) for k in sorted(power)))
    parts = parts or [ANY_DOORBELL_POWER if doorbell else ANY_POWER]
    return "Make sure it has power: " + ", or ".join(parts) + "."


ACTIVATE_FIRST = (
    "A reset {noun} has no admin password: it must be given a new one (activated) before it "
    "can be added. Whatever you add it with asks for one first; a recorder may set its own."
)
"""Where the sources say the camera is activated with a password of one's own (Hikvision,
Dahua, Reolink): the add page named the app's QR scan first and the password last (phone
review 43). A recorder may activate it itself, with the recorder's password (an installer
reviewer's Reolink NVR)."""


ON_ITS_RECORDER = " (or add it on the recorder it is connected to)"
"""The recorder among the ways to add it: left out once its cable is said to run elsewhere."""
POE_UNKNOWN_WAY = (
    "On its network cable, it {prompt} on its web page: open that on a computer "
    "on the same network" + ON_ITS_RECORDER + ".{find} Over Wi-Fi, if "
    "it has Wi-Fi, in the {app} app, add {new} and follow its steps; no source we have says how "
    "this camera joins."
)
"""How a camera that can run on PoE, whose way of joining no source gives, is added again:
its cable first, with no "base station or hub" (web review 55: an Amcrest PoE turret was told
of both, after its app, with its web page last)."""


def _find_it(model: ResolvedModel) -> str:
    """Where to find its page, with its factory address, said as unconfirmed where only a weak
    claim gives it; in the maker's tool first, where sourced (network_words.IN_ITS_TOOL)."""
    listed = listing(model.setup_mode)
    tool = listed[0] if listed else None
    return find_its_page(model.value("default_ip"), factory_doubt(model), tool)


def add_how(
    model: ResolvedModel, app: str, power: frozenset[str], cable_first: bool = False
) -> str:
    """How to add it again (`cable_first`: its cable's ways first, from any claim, and the
    app's second: cable_first.py)."""
    ways = ways_to_add(model, power) | (sourced_wired(model) if cable_first else frozenset())
    new = f"a new {device_noun(model)}"
    setup = model.setup_mode
    hub = model.pairs_via
    steps = [ACTIVATE_FIRST.format(noun=device_noun(model))] if activates_when_wired(model) else []
    first = len(steps)  # where the app's ways start
    recorder = model.recorder
    if recorder is not None:
        steps.append(
            f"Add it as a new camera on the {recorder.name} (its screen or web page), or in the "
            f"{app} app through it."
        )
    elif Provisioning.base_station in ways or hub is not None:
        name = hub.name if hub is not None else "base station"
        steps.append(f"In the {app} app, add {new} and choose to add it through the {name}.")
    if Provisioning.own_ap in ways:
        ssid = f" (named like {setup.wifi_ssid})" if setup is not None and setup.wifi_ssid else ""
        steps.append(
            f"In the {app} app, add {new}: the phone joins the camera's own setup "
            f"Wi-Fi{ssid}, then you choose your home Wi-Fi (and a new password, if it asks for "
            "one). If you follow this guide on that phone, the phone cannot open it while "
            "joined to the camera's Wi-Fi: answer here once the phone is back on your home Wi-Fi."
        )
    if Provisioning.qr_to_camera in ways:
        steps.append(
            f"In the {app} app, add {new}; when the app shows a QR code, hold the phone "
            "in front of the camera's lens until the camera confirms it."
        )
    if Provisioning.qr_on_camera in ways:
        steps.append(
            f"In the {app} app, add {new} and scan the QR code on its label{label_at(model)}."
        )
    if Provisioning.bluetooth in ways:
        steps.append(f"Keep Bluetooth on: the {app} app finds the camera nearby.")
    if recorder is None and Provisioning.app in ways and ways & WIRED_WAYS:  # no computer
        # needed (E #4, session 71); a recorder's camera is added there, its password the NVR's
        steps.append(APP_ON_THE_NETWORK.format(app=app, noun=device_noun(model)))
    cable = _cable_ways(model, ways, recorder is None)
    if cable_first and cable:  # the app's ways second (installer review 62, #7)
        apps = [f"Or {mid_sentence(step)}" for step in steps[first:]]
        steps = [*steps[:first], *cable, *apps]
    else:
        steps += cable
    kinds = power_kinds(model, power)
    if not steps and model.facts.get("provisioning") is None and PowerKind.poe.value in kinds:
        find = _find_it(model)
        way = POE_UNKNOWN_WAY.format(app=app, new=new, find=find, prompt=page_prompt(model))
        return " ".join([way, *which_app(model, [way])])
    if not steps and model.facts.get("provisioning") is None:  # how it joins: not known
        steps.append(
            f"In the {app} app, add {new} and follow its steps. No source we have says "
            "how this camera joins: the app may ask for your home Wi-Fi, or, if it came with a "
            "base station or hub, to add it through that."
        )
    elif not steps:
        steps.append(
            f"In the {app} app, add {new} and follow its steps: choose your home Wi-Fi "
            "(and a new password, if it asks for one)."
        )
    else:
        return " ".join([*steps, *which_app(model, steps)])
    if may_be_on_a_cable(kinds) and model.form_factor is not FormFactor.battery:  # no cable
        steps.append(f"A wired camera {page_prompt(model)} on its web page instead.")
    return " ".join([*steps, *which_app(model, steps)])


def _log_in(model: ResolvedModel) -> str:
    """Set a new password on its page, or log in with the factory login its maker gives."""
    prompt = page_prompt(model)
    return "set a new password" if prompt == NEW_PASSWORD[0] else f"log in: it {prompt}"


def cable_first_words(model: ResolvedModel, power: frozenset[str]) -> dict[str, str]:
    """The template values of a camera added again over its cable first (cable_first.py)."""
    return {"add.how": add_how(model, model.app or model.line.brand, power, cable_first=True)}


def _cable_ways(
    model: ResolvedModel, ways: frozenset[Provisioning], no_recorder: bool
) -> list[str]:
    """Adding it over its cable: on a computer (its page, or the maker's tool: by name, with
    the status it lists a reset camera with, where sourced), or on the recorder."""
    listed = listing(model.setup_mode)
    if ways & (WIRED_WAYS - {Provisioning.nvr}) and listed:
        tool, status = listed
        recorder = (
            " On a recorder (NVR), add it from the recorder's camera list, which shows it as "
            f"“{status}” and offers to activate it."
            if Provisioning.nvr in ways and no_recorder
            else ""
        )
        return [
            f"On a computer on the same network, open {tool}, the maker's tool, which lists a "
            f"reset camera as “{status}”, or the camera's web page, and set a new password "
            f"there.{_find_it(model)}{recorder}"
        ]
    if ways & (WIRED_WAYS - {Provisioning.nvr}):
        return [
            "On a computer on the same network (or the recorder), open the camera's page or the "
            f"vendor's tool and {_log_in(model)}.{_find_it(model)}"
        ]
    if Provisioning.nvr in ways and no_recorder:  # a recorder takes it, with its password
        return [
            "Add it in the recorder it is connected to: on the recorder's screen, its app or its "
            "web page, as a new camera."
        ]
    return []


WHICH_APP = "Not sure which app? The quick-start guide, the box or the label names it."


def which_app(model: ResolvedModel, steps: list[str]) -> list[str]:
    """After `steps` that name an app, for a camera of no known brand: where its app is
    named (a reviewer's generic walk read "In the camera's app" with no hint which app)."""
    if model.line.id != OTHER or not any(" app" in step for step in steps):
        return []
    return [WHICH_APP]


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


def label_at(model: ResolvedModel) -> str:
    """Where the label with its QR code is, as its sources say, to follow "its label" (a Ring
    owner's check said to add it, not where the code it starts with is: product review 49)."""
    where = model.value("label_location")
    return (
        f" (where it is, the sources say: {without_full_stop(where)})"
        if isinstance(where, str)
        else ""
    )
