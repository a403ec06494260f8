"""A fact as every interface shows it: label, words, how sure, where it came from, and where
sources disagree. Steps show a few of these; a reset card shows them all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from camreset.core.kb.confidence import parts_apart
from camreset.core.kb.connection import without_wifi
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.resolved import Origin, Resolved, ResolvedModel
from camreset.core.kb.schema import LIST_FACTS
from camreset.core.kb.values import Recovery, RecoveryKind
from camreset.core.present.confidence_words import CONFIDENCE, LOW_IN_PARTS
from camreset.core.present.copies import read_in_copies
from camreset.core.present.disputes import ADDS, AGREE, WAYS, DisputedClaim, disputed_claims
from camreset.core.present.holds import in_part_note
from camreset.core.present.names import shape_words
from camreset.core.present.phrases import lines_joined, value_lines

LABELS = {
    "button": "Reset button",
    "hold": "How long to hold",
    "powered_first": "Powered on first",
    "boot_seconds": "Start-up time",
    "while_holding": "While holding",
    "speaker": "Has a speaker",
    "reboot_seconds": "Restart time",
    "setup_mode": "Setup mode looks like",
    "power": "Power",
    "software_reset": "Software reset",
    "default_credentials": "Default login",
    "press": "Press or hold",
    "add_press": "When the app asks for the button",
    "reset_windows": "What a hold of each length does",
    "led_states": "What the light means",
    "remove_microsd_first": "Take the microSD card out first",
    "charge": "Charge first",
    "poe": "Power over Ethernet",
    "transformer": "Doorbell wiring",
    "pairs_via": "Pairs through",
    "hub_lights": "What the hub's lights mean",
    "provisioning": "How it is added again",
    "app": "The app it is added in",
    "not_in_app": "Not added in",
    "app_permissions": "What the phone must allow the app",
    "wifi": "Wi-Fi it needs",
    "reset_unbinds_account": "A reset removes it from the account",
    "remove_before_reset": "Remove it from the app first",
    "reset_after_removal": "Reset it after removing it",
    "unbind_route": "Another owner's camera",
    "password_recovery": "Forgot the password",
    "wifi_change": "Changing Wi-Fi without a reset",
    "router_swap": "A new router already in place",
    "first_use_activation": "Needs activating with a new password",
    "default_ip": "Factory IP address",
    "nvr_reset": "On a recorder (NVR)",
    "support_needs": "Support asks for",
    "support_contact": "How to reach support",
    "label_location": "Where the label is",
    "fcc_id": "FCC ID",
    "after_reset": "Known trouble after a reset",
    "tips": "Also from the sources",
}
POWERED_ON = "yes: it must be on"
"""Not "on and fully started": a maker that says only "powered on" (Wyze, Ubiquiti) was shown
Sure of a full start-up only a blog gives (KB audit 67, F7); the start-up has its own row."""
SPECIAL_WORDS: dict[str, Callable[[Any], str]] = {
    "powered_first": lambda v: (
        POWERED_ON if v else "no: the button is held while the power comes back on"
    ),
    "app": lambda v: f"the {v} app",
    "not_in_app": lambda v: f"the {v} app, so no reset in that app is offered",
    "speaker": lambda v: "yes" if v else "no: it plays no sound or voice when reset",
    "add_press": lambda v: (
        "a brief press, not the long hold of the reset" if v == "short" else "a long hold"
    ),
}
UNKNOWN = "not known: no source says"


SENTENCE_FACTS = frozenset({"password_recovery"})
"""Facts whose lines are steps and conditions, said one sentence each."""


def _as_sentence(line: str) -> str:
    line = line.strip()
    return f"{line[:1].upper()}{line[1:]}" + ("" if line.endswith((".", "!", "?")) else ".")


@dataclass(frozen=True)
class FactView:
    """One fact in words. `lines` is the card's layout; `text` the same words on one line."""

    name: str
    label: str
    lines: tuple[str, ...]
    confidence: str | None = None
    origin: str | None = None
    disputed: str | None = None
    """ "Sources disagree:" (or that they agree in other words) where claims differ."""
    claims: tuple[DisputedClaim, ...] = ()
    note: str | None = None
    sources: tuple[str, ...] = ()
    copy_on: str | None = None
    """Where the maker's documents behind a "Sure" fact were read, when only in copies."""
    in_parts: bool = False
    """Unconfirmed part by part, its sources from more than one publisher (parts_apart)."""

    @property
    def text(self) -> str:
        if self.name in SENTENCE_FACTS:  # "route; Needs: …; only if …" read as one run-on
            return " ".join(_as_sentence(line) for line in self.lines)  # (web review 56, F13)
        return lines_joined(self.lines)

    @property
    def conflicting(self) -> bool:
        """Whether the sources may give different values: not where they agree in other words,
        nor where they give ways of doing one thing (terminal review 59: `!` beside "The
        sources agree"); "put it differently" may be either, so it stays a warning."""
        return self.disputed is not None and self.disputed not in (AGREE, ADDS, *WAYS.values())

    @property
    def disagreement(self) -> tuple[str, ...]:
        """The heading, then one line per claim (words, confidence, source ids); () if none."""
        if self.disputed is None:
            return ()
        lines = (
            f"{i}. {c.words} ({c.confidence}: {', '.join(c.sources)})"
            for i, c in enumerate(self.claims, 1)
        )
        return (self.disputed, *lines)

    @property
    def is_default(self) -> bool:
        return self.origin is not None

    @property
    def sure(self) -> str | None:
        """ "Fairly sure"; None for an unknown fact."""
        return CONFIDENCE[self.confidence].word if self.confidence else None

    @property
    def sure_why(self) -> str | None:
        if not self.confidence:
            return None
        why = CONFIDENCE[self.confidence].why
        if self.in_parts and self.confidence == "low":
            return LOW_IN_PARTS
        return f"{why}, read in a copy on {self.copy_on}" if self.copy_on else why


def origin_words(model: ResolvedModel, origin: Origin) -> str | None:
    """None for the model's own fact; otherwise which default it is."""
    if origin is Origin.model:
        return None
    if origin in (Origin.form_factor, Origin.any_brand_shape):
        shape = shape_words(model.form_factor.value if model.form_factor else None)
        if model.line.id == OTHER or origin is Origin.any_brand_shape:
            return f"a default for {shape} cameras of any brand"
        return f"a default for {model.line.name} {shape} cameras"
    if origin is Origin.line:
        return f"a default for the whole {model.line.name} line"
    return "camreset's general default, from two public reset guides by one publisher (scOS)"


RECOVERY_LABELS = {
    RecoveryKind.account: "Forgot the account password",
    RecoveryKind.recorder: "Forgot the recorder's password",
}
"""A way back in for another password than the camera's, labelled whose it is: a camera's
list of twelve read as twelve ways into the camera, three of them a recorder's (terminal
review 26, M5)."""


def _label(name: str, value: object) -> str:
    if isinstance(value, Recovery) and value.kind in RECOVERY_LABELS:
        return RECOVERY_LABELS[value.kind]
    return LABELS.get(name, name.replace("_", " ").capitalize())


def view_of(kb: KnowledgeBase, model: ResolvedModel, name: str, resolved: Resolved) -> FactView:
    """The view of one resolved fact of `model`: its followed claim, and every other."""
    primary = resolved.primary
    words = SPECIAL_WORDS.get(name)
    high = resolved.confidence.value == "high"
    disputed, claims = disputed_claims(kb, resolved, name, words)
    return FactView(
        name=name,
        label=_label(name, primary.value),
        lines=(words(primary.value),) if words else tuple(value_lines(kb, primary.value)),
        confidence=resolved.confidence.value,
        origin=origin_words(model, resolved.origin),
        disputed=disputed,
        claims=claims,
        note=_unheard(model, name, primary.value) or resolved.fact.note,
        sources=resolved.sources,
        copy_on=read_in_copies(kb, resolved.sources) if high else None,
        in_parts=parts_apart(primary, kb.sources),
    )


NO_SPEAKER_NOTE = (
    "A source says this model has no speaker, so the sound or voice here will not come from "
    "it: go by the time the page gives."
)
"""Under a brand's reset sign with a sound, for a model a source says has no speaker (a
Reolink RLC-510A's hold page showed the line's melody and voice: product review 49)."""


def _unheard(model: ResolvedModel, name: str, value: object) -> str | None:
    heard = getattr(value, "sound", None) or getattr(value, "voice", None)
    said = name == "while_holding" and heard and model.value("speaker") is False
    return NO_SPEAKER_NOTE if said else None


def fact_view(kb: KnowledgeBase, model: ResolvedModel, name: str) -> FactView | None:
    """The view of fact `name` of `model`, None when no layer has it."""
    resolved = model.facts.get(name)
    if resolved is None:
        return None
    return view_of(kb, model, name, resolved)


def list_views(kb: KnowledgeBase, model: ResolvedModel, name: str) -> list[FactView]:
    """A view per entry of a list fact (every way to power it, every known trouble...)."""
    return [view_of(kb, model, name, r) for r in model.lists.get(name, ())]


CARD_ORDER = (
    "button",
    "press",
    "hold",
    "reset_windows",
    "powered_first",
    "remove_microsd_first",
    "boot_seconds",
    "while_holding",
    "speaker",
    "reboot_seconds",
    "software_reset",
    "setup_mode",
    "led_states",
    "power",
    "charge",
    "poe",
    "transformer",
    "pairs_via",
    "hub_lights",
    "provisioning",
    "add_press",
    "app",
    "not_in_app",
    "app_permissions",
    "wifi",
    "reset_unbinds_account",
    "remove_before_reset",
    "reset_after_removal",
    "unbind_route",
    "password_recovery",
    "wifi_change",
    "router_swap",
    "first_use_activation",
    "default_ip",
    "default_credentials",
    "nvr_reset",
    "after_reset",
    "label_location",
    "fcc_id",
    "support_needs",
    "support_contact",
    "tips",
)
ALWAYS_SHOWN = frozenset({"button", "hold", "while_holding", "setup_mode", "power"})
"""Facts a card shows even when nothing is known ("not known: no source says")."""
ABOUT_THE_BUTTON = frozenset(
    {"hold", "while_holding", "press", "reset_windows", "powered_first", "remove_microsd_first"}
)
"""Left off the card of a model that has no reset button: there is nothing to hold (a
Hikvision turret's card gave "at least 30 s" under "No reset button"), unless a source gives the
model's own hold for its way without one (the IPM-743E's board contacts: "at least 5 seconds",
left off its card: KB audit 68, R2)."""
ABOUT_WIFI = frozenset({"wifi", "wifi_change", "router_swap"})
"""Left off the card of a camera with no Wi-Fi (a PoE bullet added only over its cable) where
they come from its line's defaults: a Reolink RLC-510A's card listed the Wi-Fi bands it needs
and how to change its Wi-Fi (technician review 40, 13)."""


def card_views(kb: KnowledgeBase, model: ResolvedModel) -> list[FactView]:
    """Every fact of a reset card in the order a person needs them; unknowns said plainly."""
    views: list[FactView] = []
    buttonless = not model.has_button
    wireless = not without_wifi(model)
    for name in CARD_ORDER:
        if buttonless and name in ABOUT_THE_BUTTON and not _its_own(model, name):
            continue
        if name in ABOUT_WIFI and not wireless and not _its_own(model, name):
            continue
        found = list_views(kb, model, name) if name in LIST_FACTS else []
        single = fact_view(kb, model, name) if name not in LIST_FACTS else None
        found += [single] if single else []
        if not found and name in ALWAYS_SHOWN:
            found = [FactView(name, LABELS[name], (UNKNOWN,))]
        if name == "password_recovery" and (expiry := _expiry_disagreement(model)):
            found.append(expiry)
        if name == "hold" and single and (partly := in_part_note(model)):  # the card alone:
            said = f"{single.note} {partly}" if single.note else partly  # a hold page says
            found = [replace(single, note=said)]  # it in its own words
        views += found
    return views


def _its_own(model: ResolvedModel, name: str) -> bool:
    """Whether a source gives fact `name` for this model itself, not only for its line."""
    resolved = model.facts.get(name)
    return resolved is not None and not resolved.origin.is_default


def _expiry_disagreement(model: ResolvedModel) -> FactView | None:
    """Where recovery routes give different times for their code (Hikvision: 24 or 48 hours),
    one line that says so, as the guide does, with the sources of each time."""
    entries = model.lists.get("password_recovery", ())
    timed = [r for r in entries if getattr(r.value, "expires_hours", None)]
    hours = sorted({r.value.expires_hours for r in timed})
    if len(hours) < 2:
        return None
    said = " or ".join(f"{h:g}" for h in hours)
    sources = tuple(dict.fromkeys(s for r in timed for c in r.claims for s in c.sources))
    line = f"Sources disagree: {said} hours. Use the code the same day you get it."
    return FactView("password_recovery", "How long the code lasts", (line,), sources=sources)


def card_sources(model: ResolvedModel) -> list[str]:
    """Every source id the card cites (all claims), first-seen order."""
    seen: dict[str, None] = dict.fromkeys(model.listed_in)
    every = [*model.facts.values(), *(r for rs in model.lists.values() for r in rs)]
    for resolved in every:
        for claim in resolved.claims:
            seen.update(dict.fromkeys(claim.sources))
    return list(seen)
