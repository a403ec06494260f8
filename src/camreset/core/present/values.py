"""The values a knowledge-base instruction may use: `{hold.recommended}` → "10" for this model.

Every number a person reads in an instruction comes from a resolved fact through here.
"""

from __future__ import annotations

import re

from camreset.core.kb.connection import without_wifi
from camreset.core.kb.facts import Confidence
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.templates import render
from camreset.core.kb.values import Face, ResetEffect, SoftwareReset, SoftwareVia, Tool
from camreset.core.present.adding_words import activates_when_wired, may_be_on_a_cable
from camreset.core.present.button_location import button_location
from camreset.core.present.device_noun import device_noun
from camreset.core.present.fingertip import EITHER_TOOL, MICROPHONE, PRESS_WORDS, WITH_WORDS
from camreset.core.present.holds import (
    about_hold,
    general_long_hold,
    in_part_at,
    long_hold,
    longest_claim,
    timer_of,
)
from camreset.core.present.in_a_sentence import without_full_stop
from camreset.core.present.known_fixes import known_fix_words, known_trouble_words, setup_causes
from camreset.core.present.network_words import factory_doubt
from camreset.core.present.number_words import duration, number
from camreset.core.present.phrases import (
    NO_SIGNAL,
    TOOL_WORDS,
    USUAL_LIGHT,
    USUAL_SIGN,
    before_pressing,
    power_words,
    signal_words,
)
from camreset.core.present.power_words import PowerWords, feed_values
from camreset.core.present.setup_signs import setup_words
from camreset.core.present.setup_words import setup_values

SENTENCES = frozenset(
    {
        "support.contact",
        "support.contact_repair",
        "button.open_first",
        "button.marking",
        "button.hole",
        "button.careful",
        "hold.long_note",
        "known.fix",
        "recovery.expiry",
        "unbind.route",
        "nvr.how",
        "power.ready",
        "add.how",
        "permissions.ask",
        "battery.renew",
        "nvr.reset_note",
        "wifi.before",
        "wifi.joins",
        "hub.near",
        "hub.near_add",
        "transformer.battery",
        "software.app_note",
        "software.online",
    }
)
"""Values that are whole sentences (or empty) and keep their own full stop."""

USUAL_MARKING = "If a hole is marked RESET or RST, that is the reset button."
"""Said where a model's sources give no marking of its own. Not "usually has RESET or RST
printed next to it": neither seed says how often a hole is marked (review 76 G, #4)."""
NOT_THE_MICROPHONE = "Pressed, a reset button gives a faint click you can feel."
"""Where to look for a reset hole, in both guides' words: said where the button is not one a
fingertip presses ("a hole with no click behind it is often the microphone" had no source: KB
audit 67, F2)."""
SD_CARD_OUT = "take out the microSD card, if one is in (its maker says a reset needs it out)"
"""Said first on every page that has the person press the button, where a source says so: the
card said "Take the microSD card out first" and no step did (KB audit 67, F1)."""
ANY_MAKER_SUPPORT = "the camera maker's support"
"""Whom to ask when the brand is not known (camreset has no support route for it)."""


def _moving(model: ResolvedModel) -> dict[str, str]:
    """The clause about a camera head that moves, only for a camera that has one (a doorbell
    or a dome does not; an unknown shape may)."""
    shape = model.form_factor
    if shape is FormFactor.pan_tilt:
        return {
            "camera.moving": ", or the camera head moving",
            "camera.may_move": ", and its head may move",
        }
    if shape is None:
        return {
            "camera.moving": ", or a pan-tilt camera moving",
            "camera.may_move": ", and a pan-tilt camera may move",
        }
    return {"camera.moving": "", "camera.may_move": ""}


def template_values(
    kb: KnowledgeBase, model: ResolvedModel, power: frozenset[str], feed: str | None = None
) -> dict[str, str]:
    """Every `{field}` a KB template may use, for this model powered `power` (what the
    sources give, or what the person said where that narrows it) and, on PoE, fed by `feed`
    (what they said its cable plugs into, if they did)."""
    button = model.button
    first = ([SD_CARD_OUT] if model.value("remove_microsd_first") else []) + before_pressing(button)
    open_first = f"First: {'; then '.join(first)}." if first else ""
    location = button_location(kb, model)
    tool = button.tool if button and button.tool else Tool.pin
    by_hand: bool | None = tool is Tool.finger if button is None or button.tool else None
    inside = button is not None and button.face in (Face.on_board, Face.on_cable)
    # a path a source says clears everything first: the app reset is a full reset, and a
    # seed's "Remove Device" only may start one
    app_paths = sorted(model.software_paths(SoftwareVia.app), key=_not_full)
    web_paths = sorted(model.software_paths(SoftwareVia.web), key=_not_full)
    lo, rec, hi = timer_of(model.hold)
    support = model.line.support
    cut_power = PowerWords.of(power)
    values = {
        "model.name": model.name,
        "model.the": "the camera" if model.generic else f"the {model.name}",
        "model.kind": device_noun(model),
        "model.ask": "the model name and number on its label"
        if model.generic
        else f"the model, {model.name},",
        **_moving(model),
        "line.brand": model.line.brand,
        "line.name": model.line.name,
        "line.app": model.app or model.line.brand,
        "support.url": support.url if support else "the vendor's own website",
        "support.name": f"{model.line.brand} support" if support else ANY_MAKER_SUPPORT,
        "support.contact": _support_contact(model),
        "support.contact_repair": _support_contact(model, repair=True),
        "button.location": location,
        "button.tool": EITHER_TOOL if by_hand is None else TOOL_WORDS[tool].removeprefix("a "),
        "button.press": PRESS_WORDS[by_hand],
        "button.with": WITH_WORDS[by_hand],
        # a fingertip button, one on the board inside a housing or on the cable's pigtail has
        # no microphone hole beside it to mistake it for
        "button.careful": "" if by_hand or inside else MICROPHONE,
        "button.open_first": open_first,
        # a model's own marking ("marked SETUP") is said with its place: the usual one beside
        # it read as a second, different answer (web review 9)
        "button.marking": "" if by_hand or (button and button.label) else USUAL_MARKING,
        # a button a fingertip presses is no hole to mistake for the microphone's (an Arlo
        # Pro 3's "small button underneath": phone review 64, F7)
        "button.hole": "" if by_hand else NOT_THE_MICROPHONE,
        "button.alternative": button.alternative or "" if button else "",
        "hold.min": number(lo),
        # "for at least 5", but "for 30" where the least is also the most (no "at least 30 …
        # let go at 30")
        "hold.at_least": (
            f"for at least {number(lo)}"
            if lo < max(hi, longest_claim(model) or hi)
            else f"for {'about ' if about_hold(model.hold) else ''}{number(lo)}"
        ),
        "hold.recommended": number(rec),
        "hold.max": number(hi),
        "hold.long": number(long_hold(model.hold)),
        "hold.general_long": number(general_long_hold(model.hold)),
        "hold.long_note": long_note(model),
        "known.fix": known_fix_words(model, setup_causes(kb)),
        "known.trouble": known_trouble_words(model, setup_causes(kb)),
        "hold.until": _held_until(model),
        "boot.wait": duration(model.seconds("boot_seconds")),
        "reboot.wait": duration(model.seconds("reboot_seconds")),
        "while_holding": signal_words(
            kb, model.while_holding, line_wide=_line_wide(model), speaker=model.value("speaker")
        ),
        "setup_mode": setup_words(kb, model.setup_mode, activates_when_wired(model)),
        "power.rating": power_words(model.power),
        "power.cut": cut_power.cut,
        "power.back": cut_power.back,
        "power.on": cut_power.on,
        "software.app": app_paths[0].path if app_paths else "the reset entry in the app's settings",
        "software.online": _online_in(app_paths[0].path if app_paths else "", model.app),
        "software.app_note": _other_app_note(app_paths[0].path if app_paths else "", model.app),
        "software.web": web_paths[0].path if web_paths else "the factory-default entry",
        **setup_values(model, power),
        **feed_values(feed),
        "network.silent": _silent_why(model, power),
        # a camera a source says has no speaker is watched, not heard (diff review 58)
        "sign.see": "see" if model.value("speaker") is False else "see or hear",
    }
    # Templates put their own full stop after a value: drop the value's own.
    return {k: v if k in SENTENCES else without_full_stop(v) for k, v in values.items()}


def _silent_why(model: ResolvedModel, power: frozenset[str]) -> str:
    """Why no answer over the network proves nothing, for the ways this camera may be on it:
    a PoE dome's check explained what a Wi-Fi camera does (after-reset review 58)."""
    ip, doubt = model.value("default_ip"), factory_doubt(model, "one unconfirmed source says")
    said = f" ({ip}{f', {doubt}' if doubt else ''})" if isinstance(ip, str) else ""
    back = f"may come back at its factory address{said}, which may be outside your network's range"
    wifi = "a reset Wi-Fi camera leaves your network for its own setup network"
    if without_wifi(model) or (power and power <= {PowerKind.poe.value}):
        return f"a reset camera on a network cable {back}"
    if not may_be_on_a_cable(power):
        return wifi
    return f"{wifi}, and a wired one {back}"


def other_setups(kb: KnowledgeBase, model: ResolvedModel) -> str:
    """What other sources say setup mode looks like, where they differ from the claim the
    page follows: a Swann SWWHD-PTCAM owner seeing its own guide's red blink answered "No"
    to a page that named only Swann's blue (brand review 47). The claims are those at the
    level the page follows (the model's, or its line's: a Tapo's "one or two colours blinking"
    from TP-Link's guide was on its card only, KB audit 57)."""
    fact = model.facts.get("setup_mode")
    if fact is None:
        return ""
    followed = setup_words(kb, fact.value)
    said = (setup_words(kb, c.value) for c in fact.claims)
    others = list(dict.fromkeys(w for w in said if w not in followed))  # not a part of it
    if not others:
        return ""
    who = "Another source says" if len(others) == 1 else "Other sources say"
    return f" {who} that in setup mode {'; or '.join(others)}."


def usual_sign(model: ResolvedModel, sign: str) -> bool:
    """Whether the sign a hold page watches for is what cameras usually do, not this camera's
    own: a default for any brand, or the light alone where its line's sound or voice needs a
    speaker a source says it lacks."""
    if model.any_brand("while_holding"):
        return True
    return model.value("speaker") is False and sign.startswith(NO_SIGNAL)


def usual_sign_words(model: ResolvedModel) -> str:
    """What a hold page says after the signs cameras usually give, and the light its sources'
    light table gives for a factory reset: a Ring Stick Up Cam's page watched for what cameras
    usually do, its maker's "Factory restore" row only on its card (KB audit 67, F4)."""
    said = USUAL_LIGHT if model.value("speaker") is False else USUAL_SIGN
    for row in model.lists.get("led_states", ()):
        if "factory" in row.value.meaning.casefold():
            whose = "Its maker's" if row.confidence is Confidence.high else "A source's"
            return (
                f"{said} {whose} light table gives this for a {row.value.meaning}: {row.value.led}."
            )
    return said


def _line_wide(model: ResolvedModel) -> bool:
    """Whether what the camera does while held comes from sources about its line, not it."""
    held = model.facts.get("while_holding")
    return held is not None and held.origin.is_default


def _other_app(path: str, app: str | None) -> str | None:
    """The app a sourced path starts in ("Nest app > …"), where it is not the camera's own (a
    newer Nest camera is added in Google Home, the line's reset path is in the Nest app)."""
    named = re.match(r"^(.+?) app\b", path)
    if named and app and named.group(1).casefold() != app.casefold():
        return named.group(1)
    return None


def app_path_elsewhere(model: ResolvedModel) -> str | None:
    """The other app the reset in the app's sourced path is in, where it is not the camera's
    own (a SAFE by Swann camera's line path is the Swann Security app's): a Done there does
    not say the camera showed online in the app it is added in."""
    paths = sorted(model.software_paths(SoftwareVia.app), key=_not_full)
    return _other_app(paths[0].path, model.app) if paths else None


def _online_in(path: str, app: str | None) -> str:
    """What the reset in the app needs first: the camera online in the app the path is in.
    Where that is another app than the one it is added in, only if it is listed there too
    (a Swann page read "must show as online in the Swann Security app", then that it is
    added in SAFE by Swann: merged-diff review 67, N #9)."""
    if other := _other_app(path, app):
        return f"It works only if the camera is also listed, and online, in the {other} app."
    return f"The camera must show as online in {f'the {app}' if app else 'its'} app."


def _other_app_note(path: str, app: str | None) -> str:
    """Where the sourced path is another app's, that no source gives it in the camera's own
    (a reviewer read "Nest app" on one page and "Google Home app" on the next: review 46)."""
    other = _other_app(path, app)
    if other is None:
        return ""
    return (
        f"The sources give this path in the {other} app; none gives one in the {app} app, "
        f"where this camera is added. If it is not in the {other} app, answer “I can't do "
        "this”."
    )


def _held_until(model: ResolvedModel) -> str:
    """What a person held the button until, in the sign's own kind: a Reolink's melody or a
    Nest's chime is heard, not seen (brand review 47: "Until the light changed" was all a
    Reolink owner could pick who had held it until the melody). No sign sourced, or only a
    sound from a camera with no speaker: the light, as cameras usually show it."""
    signal = model.while_holding
    if signal is None:
        return "the light changed"
    heard = (signal.sound or signal.voice) and model.value("speaker") is not False
    seen = signal.led or signal.description
    if heard and seen:
        return "the light changed or it made a sound"
    if heard:
        return "it made a sound"
    if signal.motor and not seen:
        return "the camera head moved"
    return "the light changed"


def long_note(model: ResolvedModel) -> str:
    """Where the long hold (the seeds' "a full 30 seconds") is longer than any source gives
    for this camera, the page says so, instead of seeming to contradict the hold page, and
    not as advice that "takes in the usual 20 as well" (a Wyze Cam OG's sources say to let go
    at a solid red light by 20 s: session-69 review, U #1). A usual hold a source found resets
    it only in part is not called covered: "covers its usual 5 seconds" sold a Tapo C200's 5 s
    as the reset, a sentence before the page said letting go at 5 s resets it only in part
    (phone review 69, U #11)."""
    long, longest = long_hold(model.hold), longest_claim(model)
    usual = timer_of(model.hold)[2]
    if longest is not None and usual < long <= longest:  # Kasa: 30 s beside "10 to 15 s"
        if in_part_at(model, usual):  # its own warning follows (hold_disagreement.in_part_warning)
            return "That is the longest hold a source gives for this camera."
        said = f"holding that long also covers its usual {number(usual)} seconds."
        return f"That is the longest hold a source gives for this camera; {said}"
    if longest is None or long <= longest:
        return ""
    return (
        f"That is longer than the {number(longest)} seconds any source gives for this camera: "
        f"the {number(long)} seconds are the general guides' advice for any camera, not "
        "something a source found for this one."
    )


def fill(template: str, values: dict[str, str]) -> str:
    """A filled template; an empty value leaves no double space behind, nor a space at
    either end of a paragraph."""
    return re.sub(r" *\n *", "\n", re.sub(r" {2,}", " ", render(template, values))).strip()


def _not_full(path: SoftwareReset) -> bool:
    return path.effect is not ResetEffect.full


def removal_may_reset(model: ResolvedModel) -> bool:
    """Whether the app's reset it is given (`software.app`) is a removal from the app that no
    source says resets it in full: one "may trigger a reset" (the TP-Link seed)."""
    paths = sorted(model.software_paths(SoftwareVia.app), key=_not_full)
    return bool(paths) and paths[0].by_removal and _not_full(paths[0])


def _support_contact(model: ResolvedModel, repair: bool = False) -> str:
    """The line's support site, and the way in its sources give (a form, an address), so
    the support page and the report name the same ones. For a `repair` (a camera that will
    not switch on) a way in its source says is only for password resets (`only_for`) is
    passed over for the next one its sources give: Hikvision's reset request form is no way
    to report a dead camera (merge of session 71)."""
    support = model.line.support
    if support is None:
        return ""
    sourced = without_full_stop(str(_contact_claim(model, repair) or ""))
    site = support.url.split("://")[-1].rstrip("/")
    if sourced and site.casefold() in sourced.casefold():  # "… through ring.com/support"
        return f"Contact {sourced}."
    also = f" The sources also give: {sourced}." if sourced else ""
    return f"Contact {support.contact} at {support.url}.{also}"


def _contact_claim(model: ResolvedModel, repair: bool) -> object:
    """The followed contact claim's value, or for a `repair` the first (followed first) not
    marked as only for something else; None when there is none. Not by its words: a way in
    that says "no password resets by phone" may well take a repair (session 71, left out)."""
    resolved = model.facts.get("support_contact")
    if resolved is None:
        return None
    if not repair:
        return resolved.value
    claims = [resolved.primary, *(c for c in resolved.claims if c is not resolved.primary)]
    return next((c.value for c in claims if c.only_for is None), None)
