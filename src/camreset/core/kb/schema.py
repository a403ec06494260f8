"""The knowledge-base records as they are written in YAML (strict: unknown keys rejected)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from camreset.core.kb.facts import Fact, Strict

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
Seconds = Annotated[float, Field(ge=0, le=3600)]


class FormFactor(StrEnum):
    indoor = "indoor"
    pan_tilt = "pan_tilt"
    outdoor = "outdoor"
    bullet = "bullet"
    dome = "dome"
    turret = "turret"
    doorbell = "doorbell"
    battery = "battery"
    floodlight = "floodlight"


class Tool(StrEnum):
    pin = "pin"
    finger = "finger"
    screwdriver_and_pin = "screwdriver_and_pin"


class SourceKind(StrEnum):
    vendor = "vendor"
    third_party = "third_party"
    seed = "seed"


class Source(Strict):
    id: Ident
    url: str | None = None
    seed: str | None = None
    title: str
    publisher: str
    kind: SourceKind
    note: str | None = None

    @model_validator(mode="after")
    def _url_or_seed(self) -> Source:
        if (self.url is None) == (self.seed is None):
            raise ValueError("give exactly one of url or seed")
        if self.url is not None and not self.url.startswith(("https://", "http://")):
            raise ValueError("url must start with https:// or http://")
        return self


class PatternStep(Strict):
    color: str
    ms: int = Field(ge=50, le=10_000)


class Pattern(Strict):
    id: Ident
    name: str
    steps: list[PatternStep] = Field(min_length=1)


class Button(Strict):
    present: bool = True
    location: str | None = None
    tool: Tool | None = None
    open_first: str | None = None
    alternative: str | None = None

    @model_validator(mode="after")
    def _location_or_alternative(self) -> Button:
        if self.present and not self.location:
            raise ValueError("a button needs a location")
        if not self.present and not self.alternative:
            raise ValueError("a model with no button needs an alternative")
        return self


class Hold(Strict):
    min: Seconds | None = None
    recommended: Seconds | None = None
    max: Seconds | None = None
    safe_max: Seconds | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Hold:
        given = [v for v in (self.min, self.recommended, self.max) if v is not None]
        if given != sorted(given):
            raise ValueError("hold times must satisfy min <= recommended <= max")
        if not given and self.safe_max is None:
            raise ValueError("give at least one of min, recommended, max, safe_max")
        return self


class Signal(Strict):
    led: str | None = None
    sound: str | None = None
    motor: bool | None = None
    description: str | None = None


class SetupMode(Strict):
    led: str | None = None
    voice: str | None = None
    wifi_ssid: str | None = None


class PowerKind(StrEnum):
    adapter = "adapter"
    poe = "poe"
    battery = "battery"
    usb = "usb"
    transformer = "transformer"


class Power(Strict):
    kind: PowerKind
    volts: float | None = Field(default=None, gt=0, le=60)
    amps: float | None = Field(default=None, gt=0, le=10)
    note: str | None = None


class SoftwareVia(StrEnum):
    app = "app"
    web = "web"
    onvif = "onvif"
    client = "client"
    nvr = "nvr"


class SoftwareReset(Strict):
    via: SoftwareVia
    path: str


class Credentials(Strict):
    username: str
    password: str | None = None
    note: str | None = None


class ModelFacts(Strict):
    """Facts a model, a line default or a form-factor default may give."""

    button: Fact[Button] | None = None
    hold: Fact[Hold] | None = None
    powered_first: Fact[bool] | None = None
    boot_seconds: Fact[Seconds] | None = None
    while_holding: Fact[Signal] | None = None
    reboot_seconds: Fact[Seconds] | None = None
    setup_mode: Fact[SetupMode] | None = None
    power: Fact[Power] | None = None
    software_reset: list[Fact[SoftwareReset]] | None = None
    default_credentials: Fact[Credentials] | None = None


FACT_NAMES: tuple[str, ...] = tuple(ModelFacts.model_fields)


class Status(StrEnum):
    current = "current"
    discontinued = "discontinued"


class CameraModel(ModelFacts):
    id: Ident
    name: str
    aliases: list[str] = Field(default_factory=list)
    form_factor: FormFactor
    status: Status | None = None
    sources_note: str | None = None


class Support(Strict):
    url: str
    contact: str


class Line(Strict):
    id: Ident
    brand: str
    name: str
    app: str
    support: Support
    label_location: Fact[str] | None = None
    defaults: ModelFacts = Field(default_factory=ModelFacts)
    form_factor_defaults: dict[FormFactor, ModelFacts] = Field(default_factory=dict)


class LineFile(Strict):
    sources: list[Source] = Field(default_factory=list)
    patterns: list[Pattern] = Field(default_factory=list)
    line: Line
    models: list[CameraModel] = Field(default_factory=list)


class SourcesFile(Strict):
    sources: list[Source]


class PatternsFile(Strict):
    colors: dict[str, Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]]
    patterns: list[Pattern]


class DefaultsFile(Strict):
    """Last-resort facts, each saying plainly that it is a default."""

    defaults: ModelFacts
