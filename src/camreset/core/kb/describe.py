"""Facts in plain words: what a reset card says for each fact, and how sure it is.

Interfaces (the CLI card, the web page) lay these rows out; the words, the origin label
("default: from the Tapo line") and the "Sources disagree" line are decided once, here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from camreset.core.kb.facts import Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import Origin, Resolved, ResolvedModel
from camreset.core.kb.schema import (
    Button,
    Credentials,
    FormFactor,
    Hold,
    Power,
    SetupMode,
    Signal,
    SoftwareReset,
)

TOOL_WORDS = {
    "pin": "a pin (a straightened paperclip or a SIM-eject tool)",
    "finger": "a finger",
    "screwdriver_and_pin": "a small screwdriver for the cover, then a pin",
}


@dataclass(frozen=True)
class FactRow:
    """One line of a reset card: a label, the words, and where they came from."""

    label: str
    lines: tuple[str, ...]
    confidence: str | None = None
    origin: str | None = None
    sources: tuple[str, ...] = ()
    disagreement: tuple[str, ...] = ()
    note: str | None = None


def line_words(model: ResolvedModel) -> str:
    """ "TP-Link Tapo", but "Amcrest" where the brand is the line's name."""
    brand, name = model.line.brand, model.line.name
    return name if brand == name else f"{brand} {name}"


def shape_words(ff: FormFactor | None) -> str:
    return ff.value.replace("_", "-") if ff else "unknown"


def seconds(value: float) -> str:
    """120 → "2 min", 7.5 → "7.5 s": people count minutes above a minute and a half."""
    if value >= 90 and value % 60 == 0:
        return f"{value / 60:g} min"
    return f"{value:g} s"


def hold_words(hold: Hold) -> str:
    parts = [
        f"{name} {seconds(v)}"
        for name, v in (
            ("min", hold.min),
            ("recommended", hold.recommended),
            ("max", hold.max),
            ("safe max", hold.safe_max),
        )
        if v is not None
    ]
    return " / ".join(parts)


def _pattern(kb: KnowledgeBase, pattern_id: str) -> str:
    pattern = kb.patterns.get(pattern_id)
    return f"{pattern.name} ({pattern_id})" if pattern else pattern_id


def value_lines(kb: KnowledgeBase, value: Any) -> list[str]:
    """The words for one fact value, one line per part."""
    if isinstance(value, Button):
        if not value.present:
            return [f"No reset button: {value.alternative}"]
        lines = [f"Where: {value.location}"]
        if value.open_first:
            lines.append(f"Open first: {value.open_first}")
        if value.tool:
            lines.append(f"Use: {TOOL_WORDS[value.tool.value]}")
        return lines
    if isinstance(value, Hold):
        return [hold_words(value)]
    if isinstance(value, Signal):
        lines = []
        if value.led:
            lines.append(f"Light: {_pattern(kb, value.led)}")
        if value.sound:
            lines.append(f"Sound: {value.sound}")
        if value.motor:
            lines.append("Motor: the pan/tilt motors move")
        if value.description:
            lines.append(value.description)
        return lines
    if isinstance(value, SetupMode):
        lines = []
        if value.led:
            lines.append(f"Light: {_pattern(kb, value.led)}")
        if value.voice:
            lines.append(f"Voice: {value.voice}")
        if value.wifi_ssid:
            lines.append(f"Wi-Fi name: {value.wifi_ssid}")
        return lines
    if isinstance(value, Power):
        rating = " ".join(
            f"{n:g} {unit}" for n, unit in ((value.volts, "V"), (value.amps, "A")) if n is not None
        )
        first = value.kind.value + (f", {rating}" if rating else "")
        return [first] + ([value.note] if value.note else [])
    if isinstance(value, SoftwareReset):
        return [f"{value.via.value}: {value.path}"]
    if isinstance(value, Credentials):
        password = value.password if value.password is not None else "(none)"
        lines = [f"user {value.username}, password {password}"]
        return lines + ([value.note] if value.note else [])
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    return [str(value)]


def origin_words(model: ResolvedModel, origin: Origin) -> str | None:
    """None for the model's own fact; otherwise which default it is."""
    if origin is Origin.model:
        return None
    if origin is Origin.form_factor:
        return f"default: from the {model.line.name} {shape_words(model.form_factor)} defaults"
    if origin is Origin.line:
        return f"default: from the {model.line.name} line"
    return "default: camreset's default"


def _hold_range(fact: Fact[Any]) -> str:
    times = [
        t
        for c in fact.all_claims
        for t in (c.value.min, c.value.recommended, c.value.max)
        if t is not None
    ]
    return f" ({seconds(min(times))} to {seconds(max(times))})" if times else ""


def disagreement_lines(kb: KnowledgeBase, fact: Fact[Any]) -> tuple[str, ...]:
    """ "Sources disagree:" and one line per claim (value, confidence, sources); () if none."""
    if not fact.disputed:
        return ()
    heading = "Sources disagree:"
    if isinstance(fact.primary.value, Hold):
        heading = f"Sources disagree{_hold_range(fact)}:"
    claims = [
        f"{i}. {'; '.join(value_lines(kb, c.value))} ({c.confidence.value}: {', '.join(c.sources)})"
        for i, c in enumerate(fact.all_claims, start=1)
    ]
    return (heading, *claims)


def _row(
    kb: KnowledgeBase, model: ResolvedModel, label: str, fact: Fact[Any], origin: Origin
) -> FactRow:
    primary = fact.primary
    return FactRow(
        label=label,
        lines=tuple(value_lines(kb, primary.value)),
        confidence=primary.confidence.value,
        origin=origin_words(model, origin),
        sources=tuple(primary.sources),
        disagreement=disagreement_lines(kb, fact),
        note=fact.note,
    )


CARD_FACTS: tuple[tuple[str, str, Any], ...] = (
    ("button", "Reset button", None),
    ("hold", "Hold", None),
    ("powered_first", "Powered first", lambda v: "yes: plug it in and let it start" if v else "no"),
    ("boot_seconds", "Wait after power-on", seconds),
    ("while_holding", "While holding", None),
    ("reboot_seconds", "Reboot takes", seconds),
    ("setup_mode", "Setup mode", None),
    ("power", "Power", None),
    ("default_credentials", "Default login", None),
)


def card_rows(kb: KnowledgeBase, model: ResolvedModel) -> list[FactRow]:
    """Every row of a reset card, in the order a person needs them; unknowns said plainly."""
    rows: list[FactRow] = []
    for name, label, words in CARD_FACTS:
        resolved: Resolved | None = model.facts.get(name)
        if resolved is None:
            rows.append(FactRow(label, ("not known: no source says",)))
            continue
        row = _row(kb, model, label, resolved.fact, resolved.origin)
        if words is not None:
            row = replace(row, lines=(words(resolved.fact.primary.value),))
        rows.append(row)
        if name == "reboot_seconds":
            rows.extend(_software_rows(kb, model))
    return rows


def _software_rows(kb: KnowledgeBase, model: ResolvedModel) -> list[FactRow]:
    if not model.software_reset:
        return [FactRow("Software reset", ("none known",))]
    return [_row(kb, model, "Software reset", f, o) for f, o in model.software_reset]


def card_sources(model: ResolvedModel) -> list[str]:
    """Every source id the card cites (all claims), first-seen order."""
    seen: dict[str, None] = {}
    facts = [r.fact for r in model.facts.values()] + [f for f, _ in model.software_reset]
    for fact in facts:
        for claim in fact.all_claims:
            seen.update(dict.fromkeys(claim.sources))
    return list(seen)
