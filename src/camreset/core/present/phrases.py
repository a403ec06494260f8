"""The words for each kind of fact value: a button, a hold, a light, a power supply.

`value_lines` gives a value as the lines of a reset card; a step shows the same lines joined
on one line. Nothing else in camreset words a fact value.
"""

from __future__ import annotations

from typing import Any

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.schema import (
    Button,
    Credentials,
    Hold,
    Power,
    SetupMode,
    Signal,
    SoftwareReset,
    Tool,
)
from camreset.core.present.holds import timer_of
from camreset.core.present.words import clock, number

TOOL_WORDS = {
    Tool.pin: "a paperclip, pin or SIM-eject tool",
    Tool.finger: "a fingertip",
    Tool.screwdriver_and_pin: "a small screwdriver for the cover, then a paperclip or pin",
}
NO_SIGNAL = "the light starts flashing or changes colour"
NO_SETUP = "the light blinks in a setup pattern and the app can find the camera"


def pattern_name(kb: KnowledgeBase, pattern_id: str | None) -> str | None:
    """A light pattern's name in lower case ("blinking red"), None if unknown."""
    if pattern_id is None or pattern_id not in kb.patterns:
        return None
    return kb.patterns[pattern_id].name.lower()


def signal_words(kb: KnowledgeBase, signal: Signal | None) -> str:
    """What a camera does while the button is held, as one clause."""
    if signal is None:
        return NO_SIGNAL
    parts = [signal.description] if signal.description else []
    led = pattern_name(kb, signal.led)
    if led and not signal.description:
        parts.append(f"the light turns to {led}")
    if signal.sound:
        parts.append(signal.sound)
    if signal.motor:
        parts.append("the camera head moves")
    return "; ".join(parts) or NO_SIGNAL


def setup_words(kb: KnowledgeBase, setup: SetupMode | None) -> str:
    """How a camera in setup mode shows it, as one clause."""
    if setup is None:
        return NO_SETUP
    parts = []
    led = pattern_name(kb, setup.led)
    if led:
        parts.append(f"the light shows {led}")
    if setup.voice:
        parts.append(f"it may say: “{setup.voice}”")
    if setup.wifi_ssid:
        parts.append(f"a Wi-Fi network named like {setup.wifi_ssid} appears")
    return "; ".join(parts) or "the app can find the camera as a new device"


def power_words(power: Power | None) -> str:
    """The adapter's rating ("12 V, 1 A"), or where to read it."""
    if power is None or (power.volts is None and power.amps is None):
        return "the rating printed on the original adapter"
    parts = [f"{power.volts:g} V" if power.volts else "", f"{power.amps:g} A" if power.amps else ""]
    return ", ".join(p for p in parts if p)


def hold_words(hold: Hold) -> str:
    """ "5 to 10 s, aim for 5 s" or "10 s"; the safe maximum where a source gives one."""
    lo, rec, hi = timer_of(hold)
    text = f"{number(lo)} to {number(hi)} s, aim for {number(rec)} s" if lo != hi else clock(lo)
    return text + (f"; never past {number(hold.safe_max)} s" if hold.safe_max else "")


def _pattern_line(kb: KnowledgeBase, pattern_id: str) -> str:
    return f"Light: {pattern_name(kb, pattern_id) or pattern_id}"


def value_lines(kb: KnowledgeBase, value: Any) -> list[str]:
    """The words for one fact value, one line per part."""
    if isinstance(value, Button):
        if not value.present:
            return [f"No reset button: {value.alternative}"]
        lines = [f"Where: {value.location}"]
        if value.open_first:
            lines.append(f"Open first: {value.open_first}")
        if value.tool:
            lines.append(f"Use: {TOOL_WORDS[value.tool]}")
        return lines
    if isinstance(value, Hold):
        return [hold_words(value)]
    if isinstance(value, Signal):
        lines = [_pattern_line(kb, value.led)] if value.led else []
        lines += [f"Sound: {value.sound}"] if value.sound else []
        lines += ["Motor: the pan/tilt motors move"] if value.motor else []
        return lines + ([value.description] if value.description else [])
    if isinstance(value, SetupMode):
        lines = [_pattern_line(kb, value.led)] if value.led else []
        lines += [f"Voice: {value.voice}"] if value.voice else []
        return lines + ([f"Wi-Fi name: {value.wifi_ssid}"] if value.wifi_ssid else [])
    if isinstance(value, Power):
        rating = power_words(value) if value.volts or value.amps else ""
        first = value.kind.value + (f", {rating}" if rating else "")
        return [first] + ([value.note] if value.note else [])
    if isinstance(value, SoftwareReset):
        return [f"{value.via.value}: {value.path}"]
    if isinstance(value, Credentials):
        password = value.password if value.password is not None else "(none)"
        return [f"user {value.username}, password {password}"] + (
            [value.note] if value.note else []
        )
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, int | float):
        return [clock(float(value))]
    return [str(value)]
