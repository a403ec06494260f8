"""A fact as every interface shows it: label, words, how sure, where it came from, and where
sources disagree. Steps show a few of these; a reset card shows them all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from camreset.core.kb.facts import Fact
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.resolve import Origin, ResolvedModel
from camreset.core.kb.schema import Hold
from camreset.core.present.holds import timer_of
from camreset.core.present.phrases import value_lines
from camreset.core.present.words import CONFIDENCE, clock, shape_words

LABELS = {
    "button": "Reset button",
    "hold": "How long to hold",
    "powered_first": "Powered and started first",
    "boot_seconds": "Start-up time",
    "while_holding": "While holding",
    "reboot_seconds": "Restart time",
    "setup_mode": "Setup mode looks like",
    "power": "Power",
    "software_reset": "Software reset",
    "default_credentials": "Default login",
}
SPECIAL_WORDS: dict[str, Callable[[Any], str]] = {
    "powered_first": lambda v: "yes: plug it in and let it start first" if v else "no",
}
UNKNOWN = "not known: no source says"


@dataclass(frozen=True)
class FactView:
    """One fact in words. `lines` is the card's layout; `text` the same words on one line."""

    name: str
    label: str
    lines: tuple[str, ...]
    confidence: str | None = None
    origin: str | None = None
    disagreement: tuple[str, ...] = ()
    note: str | None = None
    sources: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "; ".join(self.lines)

    @property
    def is_default(self) -> bool:
        return self.origin is not None

    @property
    def sure(self) -> str | None:
        """ "Fairly sure"; None for an unknown fact."""
        return CONFIDENCE[self.confidence].word if self.confidence else None

    @property
    def sure_why(self) -> str | None:
        return CONFIDENCE[self.confidence].why if self.confidence else None


def origin_words(model: ResolvedModel, origin: Origin) -> str | None:
    """None for the model's own fact; otherwise which default it is."""
    if origin is Origin.model:
        return None
    if origin is Origin.form_factor:
        shape = shape_words(model.form_factor.value if model.form_factor else None)
        return f"a default for {model.line.name} {shape} cameras"
    if origin is Origin.line:
        return f"a default for the whole {model.line.name} line"
    return "camreset's general default, from the seed guides"


def _hold_range(fact: Fact[Any]) -> str:
    times = [t for c in fact.all_claims for t in timer_of(c.value)]
    return f" ({clock(min(times))} to {clock(max(times))})" if times else ""


def disagreement_lines(kb: KnowledgeBase, fact: Fact[Any]) -> tuple[str, ...]:
    """ "Sources disagree:" then one line per claim (words, confidence, sources); () if none."""
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


def view_of(
    kb: KnowledgeBase, model: ResolvedModel, name: str, fact: Fact[Any], origin: Origin
) -> FactView:
    """The view of one resolved fact of `model`."""
    primary = fact.primary
    words = SPECIAL_WORDS.get(name)
    return FactView(
        name=name,
        label=LABELS.get(name, name.replace("_", " ").capitalize()),
        lines=(words(primary.value),) if words else tuple(value_lines(kb, primary.value)),
        confidence=primary.confidence.value,
        origin=origin_words(model, origin),
        disagreement=disagreement_lines(kb, fact),
        note=fact.note,
        sources=tuple(primary.sources),
    )


def fact_view(kb: KnowledgeBase, model: ResolvedModel, name: str) -> FactView | None:
    """The view of fact `name` of `model`, None when no layer has it."""
    resolved = model.facts.get(name)
    if resolved is None:
        return None
    return view_of(kb, model, name, resolved.fact, resolved.origin)


CARD_ORDER = (
    "button",
    "hold",
    "powered_first",
    "boot_seconds",
    "while_holding",
    "reboot_seconds",
    "software_reset",
    "setup_mode",
    "power",
    "default_credentials",
)


def card_views(kb: KnowledgeBase, model: ResolvedModel) -> list[FactView]:
    """Every fact of a reset card in the order a person needs them; unknowns said plainly."""
    views: list[FactView] = []
    for name in CARD_ORDER:
        if name == "software_reset":
            views += [view_of(kb, model, name, f, o) for f, o in model.software_reset] or [
                FactView(name, LABELS[name], ("none known",))
            ]
            continue
        view = fact_view(kb, model, name)
        views.append(view or FactView(name, LABELS[name], (UNKNOWN,)))
    return views


def card_sources(model: ResolvedModel) -> list[str]:
    """Every source id the card cites (all claims), first-seen order."""
    seen: dict[str, None] = {}
    facts = [r.fact for r in model.facts.values()] + [f for f, _ in model.software_reset]
    for fact in facts:
        for claim in fact.all_claims:
            seen.update(dict.fromkeys(claim.sources))
    return list(seen)
