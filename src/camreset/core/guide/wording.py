"""Words built from a model's facts: template values and the fact notes shown with a step.

Every number a person reads here comes from a resolved fact, and every note says how sure
we are, whether sources disagree, and when the value is only a default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from camreset.core.kb.facts import Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import Origin, ResolvedModel
from camreset.core.kb.schema import Button, Hold, Power, SetupMode, Signal, SoftwareVia, Tool

LONG_HOLD_FLOOR = 30.0
"""The TP-Link seed's "a full 30 seconds": the shortest long hold we ever suggest."""

TOOL_WORDS = {
    Tool.pin: "paperclip, pin or SIM-eject tool",
    Tool.finger: "fingertip",
    Tool.screwdriver_and_pin: "small screwdriver for the cover, then a paperclip or pin",
}

ORIGIN_WORDS = {
    Origin.form_factor: "a default for this kind of camera",
    Origin.line: "a default for the whole product line",
    Origin.default: "camreset's general default (from the seed guides)",
}


@dataclass(frozen=True)
class FactNote:
    """One fact as shown beside a step."""

    label: str
    text: str
    confidence: str
    disagreement: str | None
    is_default: bool
    default_kind: str | None
    sources: tuple[str, ...]


def secs(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:g}"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "a few minutes"
    if seconds < 90:
        return f"{seconds:g} seconds"
    minutes = seconds / 60
    return (
        f"about {minutes:g} minutes" if minutes == int(minutes) else f"about {minutes:.1f} minutes"
    )


def timer_of(hold: Hold | None) -> tuple[float, float, float]:
    """(min, recommended, max) seconds for the hold timer, filling gaps from one another."""
    if hold is None:
        return (LONG_HOLD_FLOOR, LONG_HOLD_FLOOR, 60.0)
    known = [v for v in (hold.min, hold.recommended, hold.max) if v is not None]
    if not known:
        only = hold.safe_max or LONG_HOLD_FLOOR
        return (only, only, only)
    lo = hold.min if hold.min is not None else min(known)
    rec = hold.recommended if hold.recommended is not None else max(lo, min(known))
    hi = hold.max if hold.max is not None else max(known)
    return (lo, rec, max(rec, hi))


def long_hold(hold: Hold | None) -> float:
    """The "hold longer" time: at least 30 s, up to the longest hold sources allow."""
    _, _, hi = timer_of(hold)
    value = max(LONG_HOLD_FLOOR, hi)
    if hold is not None and hold.safe_max is not None:
        value = min(value, hold.safe_max)
    return value


def pattern_name(kb: KnowledgeBase, pattern_id: str | None) -> str | None:
    if pattern_id is None or pattern_id not in kb.patterns:
        return None
    return kb.patterns[pattern_id].name.lower()


def signal_words(kb: KnowledgeBase, signal: Signal | None) -> str:
    if signal is None:
        return "the light starts flashing or changes colour"
    parts = [signal.description] if signal.description else []
    led = pattern_name(kb, signal.led)
    if led and not signal.description:
        parts.append(f"the light turns to {led}")
    if signal.sound:
        parts.append(signal.sound)
    if signal.motor:
        parts.append("the camera head moves")
    return "; ".join(parts) or "the light starts flashing or changes colour"


def setup_words(kb: KnowledgeBase, setup: SetupMode | None) -> str:
    if setup is None:
        return "the light blinks in a setup pattern and the app can find the camera"
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
    if power is None or (power.volts is None and power.amps is None):
        return "the rating printed on the original adapter"
    parts = [f"{power.volts:g} V" if power.volts else "", f"{power.amps:g} A" if power.amps else ""]
    return ", ".join(p for p in parts if p)


def template_values(kb: KnowledgeBase, model: ResolvedModel) -> dict[str, str]:
    """Every `{field}` a KB template may use, for this model."""
    button = model.button
    open_first = ""
    if button is not None and button.open_first:
        open_first = f"First: {button.open_first}."
    if button is not None and not button.present:
        location = f"this model has no reset button. {button.alternative}"
    else:
        location = button.location if button and button.location else "see the model's manual"
    app_paths = model.software_paths(SoftwareVia.app)
    web_paths = model.software_paths(SoftwareVia.web)
    values = {
        "model.name": model.name,
        "line.brand": model.line.brand,
        "line.name": model.line.name,
        "line.app": model.line.app,
        "support.url": model.line.support.url,
        "support.contact": model.line.support.contact,
        "button.location": location,
        "button.tool": TOOL_WORDS[button.tool] if button and button.tool else TOOL_WORDS[Tool.pin],
        "button.open_first": open_first,
        "hold.min": secs(timer_of(model.hold)[0]),
        "hold.recommended": secs(timer_of(model.hold)[1]),
        "hold.max": secs(timer_of(model.hold)[2]),
        "hold.long": secs(long_hold(model.hold)),
        "boot.wait": duration(model.seconds("boot_seconds")),
        "reboot.wait": duration(model.seconds("reboot_seconds")),
        "while_holding": signal_words(kb, model.while_holding),
        "setup_mode": setup_words(kb, model.setup_mode),
        "power.rating": power_words(model.power),
        "software.app": app_paths[0].path.rstrip(".")
        if app_paths
        else "the reset entry in the app's settings",
        "software.web": web_paths[0].path.rstrip(".")
        if web_paths
        else "the factory-default entry in its settings",
    }
    # Templates put their own full stop after a value: drop the value's own. The two values
    # that are whole sentences (or empty) keep theirs.
    sentences = {"support.contact", "button.open_first"}
    return {k: v if k in sentences else v.rstrip(". ") for k, v in values.items()}


def _claim_words(name: str, value: Any, kb: KnowledgeBase) -> str:
    if isinstance(value, Hold):
        lo, rec, hi = timer_of(value)
        text = (
            f"hold {secs(lo)}–{secs(hi)} s (aim for {secs(rec)} s)"
            if lo != hi
            else f"hold {secs(lo)} s"
        )
        return text + (f", never past {secs(value.safe_max)} s" if value.safe_max else "")
    if isinstance(value, Button):
        if not value.present:
            return f"no button: {value.alternative}"
        extra = f" (first: {value.open_first})" if value.open_first else ""
        return f"{value.location}{extra}"
    if isinstance(value, Signal):
        return signal_words(kb, value)
    if isinstance(value, SetupMode):
        return setup_words(kb, value)
    if isinstance(value, Power):
        return f"{value.kind.value}: {power_words(value)}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return duration(float(value))
    return str(value)


LABELS = {
    "button": "Reset button",
    "hold": "How long to hold",
    "powered_first": "Powered and started first",
    "boot_seconds": "Start-up time",
    "while_holding": "While holding",
    "reboot_seconds": "Restart time",
    "setup_mode": "Setup mode looks like",
    "power": "Power",
}


def fact_note(kb: KnowledgeBase, model: ResolvedModel, name: str) -> FactNote | None:
    resolved = model.facts.get(name)
    if resolved is None:
        return None
    fact: Fact[Any] = resolved.fact
    claims = fact.all_claims
    disagreement = None
    if fact.disputed:
        versions = "; ".join(
            f"{_claim_words(name, c.value, kb)} ({', '.join(c.sources)})" for c in claims
        )
        disagreement = f"Sources disagree. {fact.note} Versions: {versions}."
        if name == "hold":
            holds = [c.value for c in claims]
            lows = [timer_of(h)[0] for h in holds]
            highs = [timer_of(h)[2] for h in holds]
            disagreement = (
                f"Sources say {secs(min(lows))}–{secs(max(highs))} s: hold until the light "
                f"or sound changes, and stop at {secs(max(highs))} s. {fact.note}"
            )
    origin = resolved.origin
    return FactNote(
        label=LABELS.get(name, name.replace("_", " ").capitalize()),
        text=_claim_words(name, claims[0].value, kb),
        confidence=claims[0].confidence.value,
        disagreement=disagreement,
        is_default=origin.is_default,
        default_kind=ORIGIN_WORDS.get(origin),
        sources=tuple(s for c in claims for s in c.sources),
    )
