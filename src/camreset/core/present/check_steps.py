"""The checks after a reset: does the app (or the camera's page) find it as new, is it added
again, does it still work, can the person log in with the password they set. Each looks
where this camera is added again: in its app, or on its page, recorder or the vendor's tool.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from camreset.core.kb.connection import on_its_cable, provisioning, reads_app_qr
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.schema import SourceKind
from camreset.core.kb.values import AfterReset, Provisioning, TroubleAt
from camreset.core.present.adding_words import activates_when_wired, label_at, which_app
from camreset.core.present.cable_first import sourced_wired
from camreset.core.present.device_noun import device_noun
from camreset.core.present.facts import view_of
from camreset.core.present.setup_signs import listing, page_prompt, setup_words
from camreset.core.present.step import Answer, Step
from camreset.core.present.values import other_setups
from camreset.core.present.way_outs import WAY_OUTS

if TYPE_CHECKING:
    from camreset.core.kb.resolved import Resolved, ResolvedModel
    from camreset.core.present.steps import StepRenderer

STOP_THERE = "Stop there: seeing it offered as new is enough for now."
"""Where the app's check ends; left out of its last look, which is about the search alone."""


def app_check(r: StepRenderer) -> Step:
    """The second success check: a reset camera shows up in the app as a new device (or,
    for a camera added on its page, asks for a new password there)."""
    if r.app is None:
        return _page_check(r)
    noun = device_noun(r.model)
    if reads_app_qr(r.model):
        return _qr_check(r, noun)
    if r.cable_first:
        return _cable_check(r, noun)
    setup = r.model.setup_mode
    wifi = ""
    if setup is not None and setup.wifi_ssid:
        wifi = f", or a Wi-Fi network named like {setup.wifi_ssid} shows on your phone"
    recorder = r.model.recorder
    wired = (
        f" A camera on a recorder shows up as new on the {recorder.name} instead."
        if recorder is not None
        else f" A wired camera may instead {page_prompt(r.model, True)} on its web page."
    )
    hub = r.model.pairs_via
    # a camera on a hub is added through it (add.how says so): the check names it too
    through = f" through the {hub.name}" if hub is not None and recorder is None else ""
    scan = _scan(r)
    text = (
        f"To be sure the reset took: in the {{line.app}} app, start adding a new {noun}"
        f"{through}{scan} and follow it until it searches. A reset {noun} shows up as a new, "
        "unconfigured one"
        f"{wifi}.{wired if r.may_be_wired else ''} {STOP_THERE}"
    )
    text = " ".join([text, *which_app(r.model, [text])])
    answers = (Answer("yes", "Yes, it shows up as new"), Answer("no", "No"), *WAY_OUTS)
    nvr = _recorder(r)
    page = f", or does its web page {page_prompt(r.model, True)}" if _or_page(r, nvr) else ""
    title = r.fill(
        "Does the {line.app} app"
        + (f" or the {nvr}" if nvr else "")
        + f" find it as a new {noun}{page}?"
    )
    return r.base("question", title, r.fill(text), answers)


def own_wifi_words(model: ResolvedModel) -> tuple[str, str, str] | None:
    """The app's check for someone told the app's reset needs them signed in (they forgot a
    password): title, text and "yes" of the sign that needs no account, the camera's own setup
    Wi-Fi, where a source names it; None where none does. They were asked "Does the Tapo app
    find it as a new camera?" right after that (merged-diff review 66, I #6)."""
    setup = model.setup_mode
    if setup is None or not setup.wifi_ssid or model.app is None:
        return None
    noun, ssid = device_noun(model), setup.wifi_ssid
    title = f"Does a Wi-Fi network named like {ssid} show on your phone?"
    text = (
        f"To be sure the reset took without signing in: open your phone's Wi-Fi settings and "
        f"look at the networks it finds. A reset {noun} opens its own, named like {ssid}, "
        f"while it waits to be set up: seeing it in the list is enough. Finding it in the "
        f"{model.app} app as a new {noun} would need you signed in."
    )
    return title, text, "Yes, I see that network"


def _scan(r: StepRenderer) -> str:
    """The app starts by scanning the code on its label, where sourced (Ring)."""
    if Provisioning.qr_on_camera not in provisioning(r.model):
        return ""
    return f", scan the QR code on its label{label_at(r.model)},"


def _cable_check(r: StepRenderer, noun: str) -> Step:
    """The same check where its cable's ways come first (cable_first.py): the maker's tool by
    name with the status it lists a reset camera with (SADP's "Inactive"), or its web page;
    the app second (installer review 62, #7: a Hikvision dome's check led with the app)."""
    listed = listing(r.model.setup_mode)
    nvr = Provisioning.nvr in sourced_wired(r.model)
    recorder = " or the recorder" if nvr else ""
    does, may = page_prompt(r.model), page_prompt(r.model, True)
    title = f"Does its web page {may}?"
    first = f"open its web page: a reset camera {does} there"
    if listed:
        tool, status = listed
        title = f"Does {tool}{recorder} list it as “{status}”, or its web page {may}?"
        first = (
            f"open {tool}, the maker's tool: it lists a reset {noun} as “{status}”"
            + (", and so does a recorder's (NVR) camera list" if nvr else "")
            + f"; its web page {does}"
        )
    text = (
        f"To be sure the reset took: on a computer on the same network, {first}. Or, in the "
        f"{{line.app}} app, start adding a new {noun}{_scan(r)} and follow it until it searches: "
        f"a reset {noun} shows up as a new, unconfigured one. Stop there: seeing it listed or "
        "offered as new is enough for now."
    )
    answers = (Answer("yes", "Yes, it shows up as new"), Answer("no", "No"), *WAY_OUTS)
    return r.base("question", title, r.fill(text), answers)


def _qr_check(r: StepRenderer, noun: str) -> Step:
    """The check for a camera the app never searches for: it reads a QR code the app shows
    (Wyze). "Follow it until it searches" asked a phone reviewer for what never happens."""
    text = (
        f"To be sure the reset took: in the {{line.app}} app, start adding a new {noun} and "
        f"follow it until it shows a QR code, then hold the phone in front of the {noun}'s "
        f"lens. A reset {noun} reads the code; one that was not reset ignores it."
    )
    tips = _scan_tips(r)
    fixes = [f"If it does not read it at first: {t.primary.value.fix.strip()}" for t in tips]
    if fixes:
        fixes.append("Then try again before you answer “No”.")
    text = " ".join([text, *fixes, *which_app(r.model, [text])])
    answers = (Answer("yes", "Yes, it reads the code"), Answer("no", "No"), *WAY_OUTS)
    title = f"Does the {noun} read the {{line.app}} app's QR code?"
    step = r.base("question", r.fill(title), r.fill(text), answers)
    shown = tuple(view_of(r.kb, r.model, "after_reset", t) for t in tips)
    return replace(step, facts=shown) if shown else step


def _scan_tips(r: StepRenderer) -> list[Resolved]:
    """The camera's known trouble facts about reading the app's QR code (Wyze's brightness,
    whole code, no glare): said before the answer, so a "No" after a setup light means the
    camera really ignores the code, not a dim phone (phone review 73, F #4)."""
    facts = r.model.lists.get("after_reset", ())
    return [
        f
        for f in facts
        if isinstance(f.primary.value, AfterReset) and f.primary.value.on_page is TroubleAt.qr_scan
    ]


def _recorder(r: StepRenderer) -> str | None:
    """The recorder (NVR) a wired camera of this model is added through, where a source
    names one: the checks name it beside the app (a Lorex bullet's "Add it again" said to
    add it on the NVR, the checks before and after it only named the app)."""
    recorder = r.model.recorder
    return recorder.name if recorder is not None and r.may_be_wired else None


BEHIND_RECORDER = (
    " A camera plugged into a recorder's own network ports is often on the recorder's private "
    "network, where neither the router nor a search of your network sees it: look for it in "
    "the recorder's camera list instead."
)
"""For a camera on a cable: a Reolink RLC-510A on its NVR's ports was sent to the router's
list (product review 49); a Dahua guide says such cameras live on the recorder's subnet."""


def _page_check(r: StepRenderer) -> Step:
    """The same check for a camera added on its page, a recorder or the vendor's tool."""
    ip = r.model.value("default_ip")
    # a factory address is often fixed, with no address asked of the router: its list misses
    # it (an installer's Dahua, at 192.168.1.108 with DHCP off, was sent to the router's list)
    factory = (
        f" After a reset it may instead be at its factory address, {ip}, which the router's "
        "list may not show: give the computer an address in that range to open it."
        if isinstance(ip, str)
        else ""
    )
    text = (
        "On a computer on the same network, open the camera's web page: camreset's search of "
        f"the network, or the router's list of devices, gives its address.{factory} A reset "
        f"camera {page_prompt(r.model)} there, or shows as new in your recorder or the "
        f"vendor's tool.{BEHIND_RECORDER if r.may_be_wired else ''}"
    )
    does = page_prompt(r.model)
    answers = (Answer("yes", f"Yes, it {does}"), Answer("no", "No"), *WAY_OUTS)
    title = f"Does it {page_prompt(r.model, True)} on its page?"
    return r.base("question", title, text, answers)


def _or_page(r: StepRenderer, nvr: str | None) -> bool:
    """A camera that may be on a network cable, with no recorder named: besides the app, its
    own web page is where it is set up again (a Hikvision PoE dome's checks named only the
    Hik-Connect app, to an installer without it: technician review 40)."""
    return nvr is None and r.may_be_wired


def _over_the_cable(r: StepRenderer) -> tuple[str, str]:
    """Where a camera added over its cable first (cable_first.py) is looked at again: its web
    page, with where its address is (its maker's tool, where sourced), and the recorder where
    the sources give one (an installer with SADP read the two last checks app-first after the
    earlier ones had led with SADP: diff review 63, #1, left for later)."""
    listed = listing(r.model.setup_mode)
    nvr = Provisioning.nvr in sourced_wired(r.model)
    where = " or the recorder" if nvr else ""
    address = f" ({listed[0]} shows its address)" if listed else ""
    how = f"Log in on its web page with your new password{address}" + (
        ", or finish adding it on the recorder (NVR)" if nvr else ""
    )
    return where, how


def added_check(r: StepRenderer, in_the_app: bool = False) -> Step:
    """The end of the job: the camera is added again and works (`in_the_app`: the attempt is
    done in the app, so the app leads, cable or not: session-64 diff review, #3)."""
    app, nvr = r.app, _recorder(r)
    if app and r.cable_first and not in_the_app:  # its page and recorder first, the app second
        where, how = _over_the_cable(r)
        title = f"Is it added on its web page{where}, or in the {app} app, showing live video?"
        text = (
            f"{how}; or finish the {app} app's steps. Go on until you see the camera's live "
            "picture. If something stops you, answer No."
        )
        answers = (Answer("yes", "Yes, it works again"), Answer("no", "No"), *WAY_OUTS)
        return r.base("question", title, text, answers)
    page = _or_page(r, nvr)
    title = (
        f"Is it added in the {app} app"
        + (f" or on the {nvr}" if nvr else " or on its web page" if page else "")
        + ", showing live video?"
        if app
        else "Does its page (or your recorder) show the camera, with your new password?"
    )
    how = (
        "Finish the app's steps"
        + (f" (or the {nvr}'s)" if nvr else " (or log in on its page)" if page else "")
        if app
        else "Log in on its page (or add it in your recorder or the vendor's tool)"
    )
    live = _live_view(r)
    text = (
        f"{how} until you see the camera's live picture{f': {live}' if live else ''}. If "
        "something stops you, answer No."
    )
    answers = (Answer("yes", "Yes, it works again"), Answer("no", "No"), *WAY_OUTS)
    return r.base("question", title, text, answers)


def _live_view(r: StepRenderer) -> str:
    """A battery camera's app may show a still picture of it until its live view is opened
    (Blink's pages speak of the camera thumbnails on its home screen, and of Live View): a
    Blink owner read "showing live video?" over a thumbnail (phone review 60, #13)."""
    if r.app is None or PowerKind.battery not in r.model.power_kinds:
        return ""
    return (
        f"the {r.app} app may show only a still picture of a battery {device_noun(r.model)} "
        "until you open its live view"
    )


def works_check(r: StepRenderer, in_the_app: bool = False) -> Step:
    """A second look at the end: a camera that only seemed added shows up here."""
    app, nvr = r.app, _recorder(r)
    title = "Does its picture show when you open it again?"
    answers = (Answer("yes", "Yes, live picture"), Answer("no", "No"), *WAY_OUTS)
    if app and r.cable_first and not in_the_app:  # its page first (diff review 63, #1)
        view = " (or the recorder's view)" if Provisioning.nvr in sourced_wired(r.model) else ""
        text = (
            f"Close the browser tab{view}, open the "
            f"camera again and log in with your new password; or close the {app} app "
            "completely and open it again. Does the camera show its live picture (not "
            "offline, not asking to be set up)?"
        )
        return r.base("question", title, text, answers)
    page = _or_page(r, nvr)
    text = (
        f"Close the {app} app completely and open it again"
        + (f" (or look on the {nvr})" if nvr else " (or its web page)" if page else "")
        + ". Does the camera show its live picture (not offline, not asking to be set up)?"
        + (f" {live[0].upper()}{live[1:]}." if (live := _live_view(r)) else "")
        if app
        else "Close the browser tab (or the recorder's view), open the camera again and log "
        "in with your new password. Does its live picture show?"
    )
    return r.base("question", title, text, answers)


def password_check(r: StepRenderer) -> Step:
    """The vendor's route worked when the person can log in with the password they set."""
    text = (
        "Log in on the camera's page (or in the app) with the new password you just set. "
        "If the code was refused or has expired, answer No."
    )
    answers = (Answer("yes", "Yes, I'm logged in"), Answer("no", "No"), *WAY_OUTS)
    return r.base("question", "Can you log in with the new password?", text, answers)


SETUP_TITLE = "Is the camera in setup mode now?"
SETUP_MODE_IS = (
    "What is setup mode?",
    "How a camera waits after a reset: ready to be added again, as when it was new.",
)
""""Setup mode" explained beside its check, never above its answers (review 63, #12)."""


def setup_check(r: StepRenderer, title: str, lead: str, way_outs: tuple[Answer, ...]) -> Step:
    """Is it in setup mode: what setup mode looks like, with its light where sourced."""
    setup = r.pattern("@setup_mode")
    yes = "Yes, it looks like this" if setup else "Yes, it is in setup mode"  # no picture
    answers = (Answer("yes", yes, setup), Answer("no", "No"), *way_outs)
    activates = activates_when_wired(r.model)
    on_cable = "poe" in r.sourced_power  # sourced: an unknown power is not a cable
    signs = r.model.setup_mode
    if r.cable_first and signs is not None:  # its tool's listing is the next check's own
        # question: said on both, the same three things were asked twice (diff review 63, #1)
        signs = signs.model_copy(update={"tool": None, "listed_as": None})
    wifi, prompt = not on_its_cable(r.model), page_prompt(r.model)
    said = setup_words(r.kb, signs, activates, on_cable, wifi, prompt)
    sign = f"In setup mode {said}."
    fact = r.model.facts.get("setup_mode")
    if fact is not None and fact.origin.is_default:  # its line's or any camera's sign, said
        # as such (KB audit 57: a Tapo C100's "red and green" rests on one Tapo camera)
        whose = "Cameras" if r.model.any_brand("setup_mode") else f"{r.model.line.name} cameras"
        sign = f"{whose} usually show this in setup mode: {said}."
        if all(r.kb.sources[s].kind is SourceKind.forum_post for s in fact.sources):
            # not "usually" from one user's notes on one camera (KB audit 68, R12: a Tapo's)
            line = r.model.line.name
            sign = f"One user's notes on a {line} camera say that in setup mode {said}."
    text = f"{lead}{sign}{other_setups(r.kb, r.model)}"
    step = r.base("question", title, text, answers)
    return replace(step, facts=r.facts("setup_mode"), pattern=setup, explains=SETUP_MODE_IS)


IN_THE_APP = frozenset({"added", "still_works"})
"""The checks worded for where the attempt was done: an attempt done in the app (updating
it, its permissions) is checked there first, on a camera whose cable leads otherwise."""
AFTER_RESET_CHECKS: dict[str, Callable[..., Step]] = {
    "app_finds": app_check,
    "added": added_check,
    "still_works": works_check,
    "new_password": password_check,
}
"""A check page of an attempt (its `check`), but for `setup_mode`, by name."""
