"""The words for each kind of fact value: a button, a hold, a light, a power supply.

`value_lines` gives a value as the lines of a reset card; a step shows the same lines joined
on one line. Nothing else in camreset words a fact value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import Charge, Hub, HubKind, Poe, Power, Transformer
from camreset.core.kb.values import (
    AfterReset,
    Button,
    Credentials,
    Face,
    Hold,
    LedState,
    Provisioning,
    Recovery,
    ResetWindow,
    SetupMode,
    Signal,
    SoftwareReset,
    SupportNeed,
    Tool,
    Wifi,
)
from camreset.core.present.detail_words import SUPPORT_NEED_WORDS
from camreset.core.present.holds import timer_of
from camreset.core.present.in_a_sentence import mid_sentence
from camreset.core.present.number_words import clock, number

PROVISIONING_WORDS = {
    "own_ap": "the camera's own setup Wi-Fi", "qr_to_camera": "a QR code shown to the camera",
    "qr_on_camera": "the QR code on its label", "bluetooth": "Bluetooth, from the phone",
    "sound_wave": "a sound the phone plays", "lan_tool": "the vendor's tool on a computer",
    "base_station": "its base station or hub", "wired_lan": "a network cable and its web page",
    "nvr": "its recorder (NVR)", "wps": "WPS on the router", "app": "the vendor's app",
}  # fmt: skip
"""How a reset camera is added again (the `provisioning` fact), in words."""

TOOL_WORDS = {
    Tool.pin: "a paperclip, pin or SIM-eject tool",
    Tool.finger: "a fingertip",
    Tool.screwdriver_and_pin: "a small screwdriver for the cover, then a paperclip or pin",
}
FACE_WORDS = {
    Face.back: "on the back",
    Face.bottom: "underneath",
    Face.side: "on the side",
    Face.top: "on top",
    Face.front: "on the front",
    Face.under_lens: "under the lens",
    Face.inside_cover: "inside a cover",
    Face.on_cable: "on the cable (the wiring pigtail)",
    Face.on_board: "on the circuit board inside",
    Face.none: "no reset button",
}
NO_SIGNAL = "the light starts flashing or changes colour"

POWER_KIND_WORDS = {
    "adapter": "power adapter", "poe": "PoE (power over the network cable)",
    "battery": "battery", "usb": "USB", "transformer": "doorbell wiring (transformer)",
    "hub": "hub or base station", "solar": "solar panel", "mains": "mains wiring",
}  # fmt: skip
"""Each way of powering a camera as a card names it."""


CODE_VALID = "the code is valid for "


def code_validity(hours: float) -> str:
    """How long one source says a vendor's recovery code lasts, as a route's last line."""
    return f"{CODE_VALID}{hours:g} hours"


def pattern_name(kb: KnowledgeBase, led: str | None) -> str | None:
    """A light in words: a pattern's name in lower case, or the source's own words."""
    if led is None:
        return None
    return kb.patterns[led].name.lower() if led in kb.patterns else led


def looks_like(label: str) -> bool:
    """Whether a button's label says what it looks like ("small black button") rather than
    what is printed by it ("RESET")."""
    return label.casefold().endswith("button")


def button_words(button: Button | None) -> str:
    """ "on the back, next to the microSD slot (marked RESET)"; what to open or tilt first."""
    if button is None:
        return "see the model's manual"
    if not button.present:
        return f"this model has no reset button. {button.alternative}"
    parts = [FACE_WORDS[button.face]] if button.face else []
    if button.where:
        parts.append(button.where)
    if button.near:
        parts.append(f"next to {button.near}")
    unknown = "a small recessed hole{}; which side is not known"
    marked = ""
    if button.label and looks_like(button.label):
        marked = f" ({button.label})"
    elif button.label:  # what is printed by it
        marked = f" (marked {button.label})"
    if not parts:  # one parenthesis only: "… (which side is not known) (marked RESET)" read badly
        return unknown.format(marked)
    return ", ".join(parts) + marked


DOING_WORDS = frozenset({"take", "remove", "undo", "pull", "unscrew", "lift", "slide", "open"})
"""How a source's "what to open first" may already start: then it is said as written."""


def open_words(open_first: str) -> str:
    """ "open the dome cover"; "take the doorbell off its plate" as written."""
    first = open_first.split(maxsplit=1)[0].casefold()
    return open_first if first in DOING_WORDS else f"open {open_first}"


def before_pressing(button: Button | None) -> list[str]:
    """What must be opened or moved before the button can be reached."""
    if button is None:
        return []
    steps = []
    if button.tilt_lens_up:
        steps.append("tilt the lens up (gently turn the camera head) until you see it")
    if button.open_first:
        steps.append(open_words(button.open_first))
    return steps


SPEAKER = "if it has a speaker"
"""Said after a sound a source gives for a whole line: not every camera of a line has one
(a Reolink RLC-510A has a microphone and no speaker to play the line's melody)."""
NO_SPEAKER = "(it has no speaker, so no sound or voice)"
"""After the sign of a camera a source says has no speaker, where its line's sources give a
sound or a voice (a Reolink RLC-510A's wait for a melody would never end)."""
USUAL_SIGN = (
    " No source says what this camera does while held: the signs to watch for are what "
    "cameras usually do."
)
"""After a hold's sign taken from guides for any camera (a reviewer's Ring doorbell read the
usual signs as its own: doorbell and hub review 46)."""
USUAL_LIGHT = (
    " No source says what its light does while held: that sign is what cameras usually do."
)
"""The same for a camera with no speaker, whose line's sourced signs are a sound and a voice:
"No source says what this camera does while held" sat above those sourced signs (web review
52)."""


def _heard(sound: str) -> str:
    """ "a chime or tone" is heard; "some cameras make a sound" says itself; a bare noun
    ("beep", "chime when the reset is done") gets its article, or the page read "keep
    holding until chime when the reset is done"."""
    if sound.startswith(("a ", "an ")):
        return f"you hear {sound}"
    if " some " in f" {sound}" or sound.startswith(("you ", "it ")):
        return sound
    article = "an" if sound[:1].lower() in "aeiou" else "a"
    return f"you hear {article} {sound}"


def signal_words(
    kb: KnowledgeBase, signal: Signal | None, *, line_wide: bool = False, speaker: Any = None
) -> str:
    """What a camera does while the button is held, as one clause (`line_wide`: the sources
    speak of the line or of cameras in general, not of this model; `speaker` False: a source
    says it has none, so no sound or voice is promised)."""
    if signal is None:
        return NO_SIGNAL
    if speaker is False and (signal.sound or signal.voice):
        silent = signal.model_copy(update={"sound": None, "voice": None})
        return f"{signal_words(kb, silent)} {NO_SPEAKER}"
    parts = [signal.description] if signal.description else []
    led = pattern_name(kb, signal.led)
    if led and not signal.description:  # a named pattern, or a source's own words for it
        parts.append(
            f"the light turns to {led}" if signal.led in kb.patterns else f"the light {led}"
        )
    heard = []
    if signal.sound:
        heard.append(_heard(signal.sound))
    if signal.voice:
        heard.append(f"it says “{signal.voice}”")
    said_so = any("some " in h for h in heard)  # "on some models" already says it
    if heard and line_wide and not said_so:
        heard[-1] += f" ({SPEAKER})"
    parts += heard
    if signal.motor:
        parts.append(MOTORS)
    # any one of them is the sign: "the light flashes, or you hear a chime" (with "; " the
    # plan read "until the light flashes; you hear a chime; stop by 60 seconds")
    return ", or ".join(parts) or NO_SIGNAL


MOTORS = "its motors move (you may hear them)"
"""A pan-tilt's sign, as its source hedges it: "you may hear the internal motors move" (phone
review 59: "until the camera head moves" promised more than the source)."""


def power_words(power: Power | None) -> str:
    """The adapter's rating ("12 V, 1 A"), or where to read it."""
    if power is None or (power.volts is None and power.amps is None):
        return "the rating printed on the original adapter"
    parts = [f"{power.volts:g} V" if power.volts else "", f"{power.amps:g} A" if power.amps else ""]
    return ", ".join(p for p in parts if p)


def hold_words(hold: Hold) -> str:
    """ "10 to 15 s, aim for 15 s", "5 to 10 s" or "10 s"; the safe maximum where a source
    gives one. The time to aim for only where a source gives one: a C420's "5 to 10 s, aim
    for 5 s" (its source gives 5 to 10) read beside the hold page's "at least 5 seconds …
    stop by 10" as two answers (phone review 64, F10)."""
    lo, rec, hi = timer_of(hold)
    aim = f", aim for {number(rec)} s" if hold.recommended is not None else ""
    text = f"{number(lo)} to {number(hi)} s{aim}" if lo != hi else clock(lo)
    if hold.min is not None and hold.recommended is None and hold.max is None:
        # "30+ seconds": the source gives no end, so the guide lets go at the least (a
        # terminal reviewer read "at least 30 s" beside "Let go at 30 seconds")
        text = f"at least {clock(lo)} (no source says how much longer)"
    return text + (f"; never past {number(hold.safe_max)} s" if hold.safe_max else "")


def _optional(label: str, value: object) -> list[str]:
    return [f"{label}: {value}"] if value not in (None, "", []) else []


def _any_one(signs: list[str]) -> list[str]:
    """A camera's signs, each after the first with "or": any one of them is the sign, as the
    steps read them ("you hear a short melody, or it says…"); the card listed a Reolink's
    melody and spoken words as if both came, where its source says one or the other (KB audit
    67, F8)."""
    return signs[:1] + [f"or {sign}" for sign in signs[1:]]


def lines_joined(lines: Sequence[str]) -> str:
    """A value's lines on one line: "; " between parts, ", " before a sign's "or"."""
    return "".join((", " if line.startswith("or ") else "; ") + line for line in lines)[2:]


_PLACE_IN_WORDS = re.compile(
    r"\b(back|side|under\w*|top|bottom|front|next to|near|behind|inside)\b"
)
"""A button's description that says where it is (then it is the card's "Where")."""


def value_lines(kb: KnowledgeBase, value: Any) -> list[str]:
    """The words for one fact value, one line per part."""
    if isinstance(value, Button):
        if not value.present:
            return [f"No reset button: {value.alternative}"]
        places = _PLACE_IN_WORDS.search(value.description or "")
        unplaced = not (value.face or value.where or value.near) and places is not None
        where = value.description if unplaced and value.description else button_words(value)
        hedged = value.hedge != "usually" or "hedge" in value.model_fields_set
        if hedged and not unplaced:  # as its guide says it (review 63, #5; KB audit 67, F6)
            where = f"{value.hedge} {where}"
        lines = [f"Where: {where}"]  # a description that only places it is said once
        lines += [f"First: {step}" for step in before_pressing(value)]
        usual = ", ".join(FACE_WORDS[f] for f in value.candidates)
        lines += _optional("Usual places", usual)
        lines += _optional("Use", TOOL_WORDS[value.tool] if value.tool else None)
        return lines + ([value.description] if value.description and not unplaced else [])
    if isinstance(value, Hold):
        lines = [hold_words(value)] + ([f"until {value.until}"] if value.until else [])
        return lines + ([value.note] if value.note else [])
    if isinstance(value, Signal):
        lines = _optional("Light", pattern_name(kb, value.led))
        lines += _optional("Sound", value.sound) + _optional("Voice", value.voice)
        lines = _any_one([*lines, *(["Motor: the pan/tilt motors move"] if value.motor else [])])
        return lines + ([value.description] if value.description else [])
    if isinstance(value, SetupMode):
        lines = _any_one(
            _optional("Light", pattern_name(kb, value.led)) + _optional("Voice", value.voice)
        )
        lines += _optional("Wi-Fi name", value.wifi_ssid) + _optional("Maker's tool", value.tool)
        lines += _optional("Listed as", f"“{value.listed_as}”" if value.listed_as else None)
        return lines + ([value.description] if value.description else [])
    if isinstance(value, Power):
        rating = power_words(value) if value.volts or value.amps else ""
        first = POWER_KIND_WORDS[value.kind.value] + (f", {rating}" if rating else "")
        return [first] + ([value.note] if value.note else [])
    if isinstance(value, SoftwareReset):
        effect = f" ({value.effect.value} reset)" if value.effect else ""
        return [f"{value.via.value}: {value.path}{effect}"]
    if isinstance(value, Credentials):
        # "password: not given" beside "user: admin" read as "it has none" (KB audit 57)
        user = f"user: {value.username}" if value.username else "no source gives the user name"
        password = (
            f"password: {value.password}" if value.password else "no source gives the password"
        )
        return [f"{user}; {password}"] + ([value.note] if value.note else [])
    if isinstance(value, ResetWindow):
        return [f"{value.seconds} s: {value.effect.value.replace('_', ' ')}"] + (
            [value.note] if value.note else []
        )
    if isinstance(value, LedState):
        return [f"{pattern_name(kb, value.led)}: {value.meaning}"]
    if isinstance(value, Charge):
        return (
            _optional("Charge for", value.hours and f"{value.hours} hours")
            + _optional("At least", value.level_needed)
            + ([value.note] if value.note else [])
        )
    if isinstance(value, Poe):
        return (
            _optional("Standard", value.standard)
            + _optional("Watts", value.watts)
            + ([value.note] if value.note else [])
        )
    if isinstance(value, Transformer):
        return [f"{value.volts}" + (f", {value.va} VA" if value.va else "")] + (
            [value.note] if value.note else []
        )
    if isinstance(value, Hub):  # not "Blink Sync Module (sync module)", "Lorex DVR (nvr)"
        kind = "recorder" if value.kind is HubKind.nvr else value.kind.value.replace("_", " ")
        named = re.search(rf"{kind}|\b[dn]vr\b", value.name, re.I)  # a DVR says what it is
        said = value.name + ("" if named else f" ({kind})")  # under "Pairs through"
        return [said, *([value.note] if value.note else [])]
    if isinstance(value, Wifi):
        return (
            _optional("Bands", ", ".join(value.bands))
            + _optional("Security", ", ".join(value.security))
            + ([value.note] if value.note else [])
        )
    if isinstance(value, Recovery):
        hours = value.expires_hours
        lines = [value.route, *([code_validity(hours)] if hours else [])]
        return (
            lines
            + ([f"You will need {', '.join(_need(n) for n in value.needs)}"] if value.needs else [])
            + ([value.note] if value.note else [])
        )
    if isinstance(value, AfterReset):
        problem = value.problem[:1].upper() + value.problem[1:]  # a label, not a clause
        return [f"{problem}: {value.fix}"]
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, int | float):
        return [clock(float(value))]
    if isinstance(value, list):
        return [", ".join(_listed(v) for v in value)]
    return [str(value)]


def _need(need: str) -> str:
    """What a recovery route needs, in words ("account_email" → "your account's e-mail")."""
    words = SUPPORT_NEED_WORDS.get(need)
    return mid_sentence(words[0]) if words else need.replace("_", " ")


def _listed(value: object) -> str:
    """One entry of a list fact: a way of adding the camera in words, else as written."""
    if isinstance(value, Provisioning):
        return PROVISIONING_WORDS[value]
    if isinstance(value, SupportNeed):  # "uid" and "app_log_id" said as words a person reads
        return _need(value)
    return str(getattr(value, "value", value)).replace("_", " ")
