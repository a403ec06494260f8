"""The knowledge-base records as they are written in YAML (strict: unknown keys rejected).

Sources say who published them and which models they cover, because confidence is computed
from that; models list the sources that show they exist; facts are `Fact`s (core/kb/facts.py)
of the values in core/kb/values.py.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, StringConstraints, field_validator, model_validator

from camreset.core.kb.facts import Fact
from camreset.core.kb.form_factors import FormFactor as FormFactor  # re-exported
from camreset.core.kb.form_factors import form_factor_id as form_factor_id
from camreset.core.kb.power_values import Charge, Hub, Poe, Power, Transformer
from camreset.core.kb.text import Ident, OneLine, Strict, Text
from camreset.core.kb.values import (
    AfterReset,
    Button,
    Credentials,
    Hold,
    LedState,
    Press,
    Provisioning,
    Recovery,
    ResetWindow,
    Seconds,
    SetupMode,
    Signal,
    SoftwareReset,
    SupportNeed,
    Wifi,
)
from camreset.errors import KBError


class SourceKind(StrEnum):
    """What a source is; the vendor's own kinds can make a claim "high"."""

    vendor_page = "vendor_page"
    vendor_manual = "vendor_manual"
    vendor_forum = "vendor_forum"
    third_party_guide = "third_party_guide"
    forum_post = "forum_post"
    seed = "seed"

    @property
    def is_vendor(self) -> bool:
        return self in (SourceKind.vendor_page, SourceKind.vendor_manual, SourceKind.vendor_forum)


def check_url(url: str) -> str:
    """An http(s) URL with a host: no `javascript:`, no `https://` alone."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError("a URL must start with https:// or http://")
    if not parts.hostname or "." not in parts.hostname:
        raise ValueError("a URL needs a host name")
    return url


Url = Annotated[str, StringConstraints(max_length=600)]


class Source(Strict):
    """Where facts come from: a URL or a seed file, with the publisher and kind that decide a
    claim's confidence, and the models it covers."""

    id: Ident
    url: Url | None = None
    seed: OneLine | None = None
    title: OneLine
    publisher: OneLine
    kind: SourceKind
    covers: list[Annotated[str, StringConstraints(pattern=r"^(line:)?[a-z0-9][a-z0-9-]*$")]] = (
        Field(default_factory=list, max_length=400)
    )
    """Model ids this source is about, and `line:<id>` where it says it applies to a line."""
    date: OneLine | None = None
    note: Text | None = None
    retells: Ident | None = None
    """Another source this one retells step by step: cited together they are one publisher's
    word, not two (a blog rewording Lorex's own article made a hold "medium", KB audit 60)."""
    lang: str | None = None
    """The language the title is written in (a tag such as `de` or `es`), where it is not
    English: the page marks it, so a screen reader reads it in that language's voice (WCAG
    3.1.2, review 72 F, #9). Set by hand, never guessed from the address: a /fr/ page of
    Hikvision's and a de_DE page of Blink's have English titles here."""

    @field_validator("url")
    @classmethod
    def _url(cls, url: str | None) -> str | None:
        return None if url is None else check_url(url)

    @field_validator("lang")
    @classmethod
    def _lang(cls, lang: str | None) -> str | None:
        if lang is not None and not re.fullmatch(r"[a-z]{2,3}(-[A-Z]{2})?", lang):
            raise ValueError("a language tag such as de, es or pt-BR, not a word")
        return lang

    @model_validator(mode="after")
    def _url_or_seed(self) -> Source:
        if (self.url is None) == (self.seed is None):
            raise ValueError("give exactly one of url or seed")
        if (self.kind is SourceKind.seed) != (self.seed is not None):
            raise ValueError("a seed file is a source of kind seed, and only those")
        return self


class PatternStep(Strict):
    """One phase of a light pattern: a colour for some milliseconds."""

    color: Ident
    ms: int = Field(strict=True, ge=50, le=10_000)


class Pattern(Strict):
    """A named light pattern as colour phases, shown beside light answers (page and terminal)."""

    id: Ident
    name: OneLine
    steps: list[PatternStep] = Field(min_length=1, max_length=12)
    motion: Literal["spin"] | None = None
    """`spin`: lights going round a ring (a Ring doorbell's white spin), its phases what one
    point of the ring shows; drawn as a turning ring, not a blink (review 75 F, #11)."""

    @model_validator(mode="after")
    def _spin_named(self) -> Pattern:
        if self.motion == "spin" and "spinning" not in self.name.lower():
            raise ValueError(
                'a spinning light\'s name says "spinning", for those who cannot see it'
            )
        if self.motion == "spin" and all(step.color == "off" for step in self.steps):
            raise ValueError("a spinning light has a lit phase")
        return self


class ModelFacts(Strict):
    """Facts a model, a line default or a form-factor default may give."""

    button: Fact[Button] | None = None
    press: Fact[Press] | None = None
    add_press: Fact[Press] | None = None
    """How its button is pressed when its app asks for it while it is added again, where a
    source says: `short` for a Wyze Cam v3's SETUP, whose long hold is the reset."""
    hold: Fact[Hold] | None = None
    reset_windows: list[Fact[ResetWindow]] | None = None
    while_holding: Fact[Signal] | None = None
    speaker: Fact[bool] | None = None
    """Whether it has a speaker: where a source says it has none, the sound or voice its line's
    sources give for a reset is not promised (a Reolink RLC-510A has no speaker)."""
    setup_mode: Fact[SetupMode] | None = None
    led_states: list[Fact[LedState]] | None = None
    powered_first: Fact[bool] | None = None
    remove_microsd_first: Fact[bool] | None = None
    boot_seconds: Fact[Seconds] | None = None
    reboot_seconds: Fact[Seconds] | None = None
    power: list[Fact[Power]] | None = None
    charge: Fact[Charge] | None = None
    poe: Fact[Poe] | None = None
    transformer: Fact[Transformer] | None = None
    pairs_via: Fact[Hub] | None = None
    hub_lights: list[Fact[Text]] | None = None
    """What the lights of the hub it pairs through mean (a Blink Sync Module's), shown where
    the person checks the hub."""
    provisioning: Fact[list[Provisioning]] | None = None
    app: Fact[OneLine] | None = None
    """The app it is added in, where that is not its line's (an older Nest camera: the Nest app,
    not Google Home)."""
    not_in_app: Fact[OneLine] | None = None
    """An app its sources say it is not added in, named as a reset path starts with it (a Nest
    Cam (battery), set up in the Google Home app: `Nest`): its line's reset path in that app
    is not offered for it (phone review 73: it was sent to the Nest app first, every time)."""
    app_permissions: list[Fact[Text]] | None = None
    """What its maker says the phone must allow the app, to add it (each: the permission and
    what for): the permissions page gave every brand the list Wyze's pages give (web review
    55)."""
    wifi: Fact[Wifi] | None = None
    software_reset: list[Fact[SoftwareReset]] | None = None
    reset_unbinds_account: Fact[bool] | None = None
    remove_before_reset: Fact[bool] | None = None
    reset_after_removal: Fact[bool] | None = None
    """The maker says to factory reset it after removing it from the account when it is not
    to be used again (Google's Nest page): taking it off the account is then not the reset,
    whatever another source says of removing it."""
    unbind_route: Fact[Text] | None = None
    password_recovery: list[Fact[Recovery]] | None = None
    wifi_change: Fact[Text] | None = None
    router_swap: Fact[Text] | None = None
    """How a camera cut off by a router already replaced comes back online without a reset
    (the old network's name and password on the new router), said where someone moving it to
    new Wi-Fi is told to look in the app (session-69 review, U #14)."""
    first_use_activation: Fact[bool] | None = None
    default_ip: Fact[OneLine] | None = None
    default_credentials: Fact[Credentials] | None = None
    nvr_reset: Fact[Text] | None = None
    support_needs: Fact[list[SupportNeed]] | None = None
    support_contact: Fact[Text] | None = None
    label_location: Fact[OneLine] | None = None
    fcc_id: Fact[OneLine] | None = None
    after_reset: list[Fact[AfterReset]] | None = None
    tips: list[Fact[Text]] | None = None

    @model_validator(mode="after")
    def _only_for_contacts(self) -> ModelFacts:
        """`only_for` says what a way to reach support is for: on another fact it means nothing."""
        for name in type(self).model_fields:
            value = getattr(self, name)
            facts = value if isinstance(value, list) else [value]
            for fact in facts:
                marked = isinstance(fact, Fact) and any(c.only_for for c in fact.all_claims)
                if marked and name != "support_contact":
                    raise ValueError(f"{name}: only_for is for support_contact claims alone")
        return self


FACT_NAMES: tuple[str, ...] = tuple(ModelFacts.model_fields)
LIST_FACTS = frozenset(
    {"reset_windows", "led_states", "power", "software_reset", "password_recovery"}
    | {"after_reset", "tips", "hub_lights", "app_permissions"}
)
"""Facts written as a list: each entry is its own fact (every way to power a camera...)."""
GATHERED_FACTS = frozenset({"led_states", "after_reset", "tips", "hub_lights", "app_permissions"})
"""List facts that add up across layers (a model's own and its line's); the other list facts
are replaced wholesale by the nearest layer that has them."""


class Status(StrEnum):
    """Whether the vendor still sells the model, where a source says."""

    current = "current"
    discontinued = "discontinued"


class CameraModel(ModelFacts):
    """One camera model: its names (for finding it), shape, the sources that show it exists, and
    its own facts, which win over the line's."""

    id: Ident
    name: OneLine
    aliases: list[OneLine] = Field(default_factory=list, max_length=40)
    form_factor: FormFactor | None = None
    """None where no source says; the product then draws a generic camera and says so."""
    status: Status | None = None
    listed_in: list[Ident] = Field(min_length=1, max_length=20)
    """Sources that show this model exists (ideally the vendor's own)."""
    sources_note: Text | None = None
    not_from_line: list[str] = Field(default_factory=list, max_length=40)
    """Line-wide facts this model does not take, where their sources are about the line's other
    cameras and no source gives its shape for `not_for_shape` to catch (Swann's NHD-818, a
    recorder's camera, is not one of the standalone Wi-Fi cameras its line's signs are from)."""

    @field_validator("not_from_line")
    @classmethod
    def _known_facts(cls, names: list[str]) -> list[str]:
        if unknown := sorted(set(names) - set(FACT_NAMES)):
            raise ValueError(f"not facts: {', '.join(unknown)}")
        return names

    @property
    def shape(self) -> str | None:
        """The form factor's id, None where no source says."""
        return self.form_factor.value if self.form_factor else None


class Support(Strict):
    """The vendor's support route: its page, and who to ask there (the team's name, said
    as "Contact <contact> at <url>.")."""

    url: Url
    contact: Text

    @field_validator("url")
    @classmethod
    def _url(cls, url: str) -> str:
        return check_url(url)


class HubLabel(Strict):
    """The model numbers printed on a hub's label (`VMB4540` on an Arlo SmartHub): people type
    them into the camera search when the box in their hands is the hub, not a camera (hub
    review 64, F5). `name` is the hub as its line's `pairs_via` names it."""

    name: OneLine
    models: list[OneLine] = Field(min_length=1, max_length=20)


class Line(Strict):
    """A brand's product line: its app, its support route, and the facts its models share (for
    the whole line and per form factor)."""

    id: Ident
    brand: OneLine
    name: OneLine
    app: OneLine | None = None
    support: Support | None = None
    """Every brand's line has its vendor's support route (checked in the meaning pass); only
    the "another brand" line of defaults.yaml has none: nobody knows who to ask."""
    defaults: ModelFacts = Field(default_factory=ModelFacts)
    form_factor_defaults: dict[FormFactor, ModelFacts] = Field(default_factory=dict)
    not_for_shape: dict[FormFactor, list[str]] = Field(default_factory=dict)
    """Line-wide facts a model of a shape does not take, because their sources are about the
    line's other cameras (Kasa's button places come from pages about its indoor and outdoor
    cameras, not its doorbell): such a model falls back to camreset's general default (the
    places the seed guides name for cameras in general, marked unconfirmed and said to be no
    source's for this camera), instead of another camera's place marked "fairly sure"."""
    hubs: list[Fact[HubLabel]] = Field(default_factory=list, max_length=40)
    """The model numbers on the labels of the hubs its cameras pair through, each sourced."""

    @field_validator("not_for_shape")
    @classmethod
    def _known_facts(cls, shapes: dict[FormFactor, list[str]]) -> dict[FormFactor, list[str]]:
        unknown = sorted({n for names in shapes.values() for n in names} - set(FACT_NAMES))
        if unknown:
            raise ValueError(f"not facts: {', '.join(unknown)}")
        return shapes

    @property
    def label(self) -> str:
        """ "TP-Link Tapo", but "Amcrest" rather than "Amcrest Amcrest", and "eufy Security"
        rather than "Eufy eufy Security": the brand is said once."""
        if self.name.casefold().split()[:1] == self.brand.casefold().split()[:1]:
            return self.name if len(self.name) >= len(self.brand) else self.brand
        return f"{self.brand} {self.name}"

    @property
    def vendor_support(self) -> Support:
        """The support route of a brand's line (the meaning pass makes sure it has one)."""
        if self.support is None:
            raise KBError([f"line {self.id!r} has no support route"])
        return self.support


class LineFile(Strict):
    """One line's YAML file: its sources, its light patterns, the line and its models."""

    sources: list[Source] = Field(default_factory=list, max_length=2000)
    patterns: list[Pattern] = Field(default_factory=list, max_length=200)
    line: Line
    models: list[CameraModel] = Field(default_factory=list, max_length=1000)


class SourcesFile(Strict):
    """A file of sources shared by several lines (the seed guides, general articles)."""

    sources: list[Source] = Field(max_length=2000)


HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


class PatternsFile(Strict):
    """The colour palette and the light patterns every line may use."""

    colors: dict[Ident, HexColour]
    patterns: list[Pattern] = Field(max_length=200)


class DefaultsFile(Strict):
    """Last-resort facts, each saying plainly that it is a default, and the "another brand"
    line: what any camera of a shape usually has, for a camera of no brand camreset knows."""

    defaults: ModelFacts
    any_brand: Line | None = None
