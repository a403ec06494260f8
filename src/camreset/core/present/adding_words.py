"""How to add a reset camera again, in words: in its app, on its hub or recorder, over its
cable on a computer, with a password to set first where its sources say it is activated.

Its own module, out of setup_words.py (the template values about power and adding it again),
as the ways to add it back are one question of their own: which ways its sources give, in which
order (its cable first, cable_first.py), and what to say where no source gives any.
"""

from __future__ import annotations

from camreset.core.guide.adding import ways_to_add
from camreset.core.kb.connection import WIRED_WAYS
from camreset.core.kb.knowledge import OTHER
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.values import Press, Provisioning
from camreset.core.present.cable_first import sourced_wired
from camreset.core.present.device_noun import device_noun
from camreset.core.present.in_a_sentence import mid_sentence, without_full_stop
from camreset.core.present.network_words import APP_ON_THE_NETWORK, factory_doubt, find_its_page
from camreset.core.present.setup_signs import NEW_PASSWORD, listing, page_prompt


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
    if steps[first:] and app and (brief := brief_press(model)):
        steps.append(brief)
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


BRIEF_PRESS = (
    "When the app asks you to press {button}, press it briefly: a long hold of it is the reset."
)
"""Where a source says the press the app asks for while adding is a brief one: a Wyze Cam v3
owner who had just held SETUP for the reset held it again when the app said to press it."""


def brief_press(model: ResolvedModel) -> str:
    """The add page's words for a brief press while adding, where sourced (`add_press`)."""
    if model.value("add_press") != Press.short:
        return ""
    button = model.button
    label = button.label if button is not None and button.label else None
    return BRIEF_PRESS.format(button=f"the {label} button" if label else "its button")


def _log_in(model: ResolvedModel) -> str:
    """Set a new password on its page, or log in with the factory login its maker gives."""
    prompt = page_prompt(model)
    return "set a new password" if prompt == NEW_PASSWORD[0] else f"log in: it {prompt}"


def cable_first_words(model: ResolvedModel, power: frozenset[str]) -> dict[str, str]:
    """The template values of a camera added again over its cable first (cable_first.py)."""
    return {"add.how": add_how(model, model.app or model.line.brand, power, cable_first=True)}


ON_THE_RECORDER_SAID = (
    "Add it on the recorder its cable runs to, as a new camera: on the recorder's screen (its "
    "camera list) or the recorder's web page."
)
"""First for a camera said to be on a recorder's port whose app the person can't get: a Swann
NHD-818's "Add it again" led with "In the Swann Security app … choose your home Wi-Fi" (phone
review 73 F, left over), where its checks already looked on the recorder."""


def recorder_said_words(model: ResolvedModel, power: frozenset[str]) -> dict[str, str]:
    """The template values of a camera said to be on a recorder's port, its app out of reach:
    it is added on that recorder first, then on its own web page; no app's way (they said they
    can't get it) and no Wi-Fi to choose. A camera of a recorder its sources name keeps its
    own words, which start there already."""
    if model.recorder is not None:
        return {}
    ways = ways_to_add(model, power) | sourced_wired(model)
    steps = [ACTIVATE_FIRST.format(noun=device_noun(model))] if activates_when_wired(model) else []
    steps.append(ON_THE_RECORDER_SAID)
    cable = _cable_ways(model, ways, False)
    page = "Or, on a computer on the same network, open the camera's own web page: a reset "
    page += f"camera {page_prompt(model)} there.{_find_it(model)}"
    steps += [f"Or {mid_sentence(c)}" for c in cable] or [page]
    return {"add.how": " ".join(steps)}


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


def label_at(model: ResolvedModel) -> str:
    """Where the label with its QR code is, as its sources say, to follow "its label" (a Ring
    owner's check said to add it, not where the code it starts with is: product review 49)."""
    where = model.value("label_location")
    return (
        f" (where it is, the sources say: {without_full_stop(where)})"
        if isinstance(where, str)
        else ""
    )
