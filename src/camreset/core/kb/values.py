"""What a fact can say: a button, a hold, a light, a power supply, a recovery route.

Each value is a strict record (unknown keys rejected) with bounded, finite numbers and
single-line text, so a broken file is caught by `camreset kb check`, not by a person.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, model_validator

from camreset.core.kb.text import OneLine, Strict, Text

Seconds = Annotated[float, Field(strict=True, ge=0, le=3600, allow_inf_nan=False)]


def _ascending(text: str) -> str:
    start, _, end = text.rstrip("+").partition("-")
    if end and float(end) <= float(start):
        raise ValueError("a window runs from the shorter time to the longer, e.g. 5-10")
    return text


SecondsText = Annotated[
    str,
    StringConstraints(pattern=r"^\d{1,4}(\.\d)?(-\d{1,4}(\.\d)?)?\+?$"),
    AfterValidator(_ascending),
]
"""A hold window as sources give it: "5", "5-10", "20+"."""


class Face(StrEnum):
    """Which face of the camera the reset button is on: the one a drawing shows."""

    back = "back"
    bottom = "bottom"
    side = "side"
    top = "top"
    front = "front"
    under_lens = "under_lens"
    inside_cover = "inside_cover"
    on_cable = "on_cable"
    on_board = "on_board"
    none = "none"


class Tool(StrEnum):
    """What presses the button: a pin (recessed hole), a finger, or a screwdriver, then a pin."""

    pin = "pin"
    finger = "finger"
    screwdriver_and_pin = "screwdriver_and_pin"


PLACE_WORDS = ("on", "under", "inside", "behind", "beside", "below", "above", "in", "at", "hidden")
"""How a place in a source's words starts ("on the camera head"); `near` never does."""


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    first = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
    return first in words


class Button(Strict):
    """Where the reset button is, what is near it, and what must be opened or moved first."""

    face: Face | None = None
    """None where the source does not say which face (the product then says so)."""
    where: OneLine | None = None
    """Where on the camera in the source's words when no face says it ("on the camera head",
    "under the camera module"); said as written, so it starts with its preposition."""
    near: OneLine | None = None
    """What the button is next to ("the microSD slot"); said after "next to"."""
    label: OneLine | None = None
    open_first: OneLine | None = None
    tilt_lens_up: bool = False
    tool: Tool | None = None
    alternative: Text | None = None
    description: Text | None = None
    candidates: list[Face] = Field(default_factory=list, max_length=6)
    """Where a source names only the usual places for cameras in general (not which one this
    camera uses): the faces a drawing offers, each as "maybe here", when `face` is not given."""
    hedge: Literal["usually", "often", "maybe"] = "usually"
    """How sure a guide for many cameras is of its place ("often on the pigtail", "may be near
    the microSD slot"): a default's place is said with its word, not a firmer (review 63, #5)."""

    @model_validator(mode="after")
    def _alternative_when_none(self) -> Button:
        if self.face is Face.none and not self.alternative:
            raise ValueError("a model with no reset button needs an alternative")
        if self.face is not Face.none and self.alternative:
            raise ValueError("an alternative is only for face: none")
        if self.candidates and (self.face is not None or Face.none in self.candidates):
            raise ValueError("candidates are faces to look at when the face is not known")
        if self.near and _starts_with(self.near, PLACE_WORDS):
            raise ValueError(
                f"near is said after 'next to' ('the microSD slot'), not {self.near!r}: "
                "put a place that starts with its own preposition in 'where'"
            )
        if self.where and not _starts_with(self.where, PLACE_WORDS):
            raise ValueError(
                f"where is said as written and starts with where it is ({', '.join(PLACE_WORDS)}), "
                f"not {self.where!r}"
            )
        return self

    @property
    def present(self) -> bool:
        return self.face is not Face.none


class Press(StrEnum):
    """Whether a brief press or a long hold is what resets (where sources tell them apart)."""

    short = "short"
    long = "long"


class Hold(Strict):
    """How long to hold the button as sources give it: a window, the time to aim for, a safe
    upper limit, or a sign to hold until."""

    min: Seconds | None = None
    recommended: Seconds | None = None
    max: Seconds | None = None
    safe_max: Seconds | None = None
    long: Seconds | None = None
    """The longer hold to try when the usual one did not take, where the camera's own sources
    give one: the Wyze Cam OG's 20 s, the longest its guide gives, not the general guides' 30 s
    (session 71). Without it: 30 s, or the longest hold given where that is longer."""
    until: OneLine | None = None
    note: OneLine | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Hold:
        given = [v for v in (self.min, self.recommended, self.max) if v is not None]
        if given != sorted(given):
            raise ValueError("hold times must satisfy min <= recommended <= max")
        if self.long is not None and any(self.long < v for v in given):
            raise ValueError("a long hold is no shorter than min, recommended or max")
        if not given and self.safe_max is None:
            raise ValueError("give at least one of min, recommended, max, safe_max")
        return self


class WindowEffect(StrEnum):
    """What a hold of a given length does (some cameras reset only part at a short hold)."""

    nothing = "nothing"
    reboot = "reboot"
    wifi_only = "wifi_only"
    partial = "partial"
    full = "full"
    setup_mode = "setup_mode"


class ResetWindow(Strict):
    """What a hold of this span does, for cameras whose short and long holds differ."""

    seconds: SecondsText
    effect: WindowEffect
    note: OneLine | None = None
    keeps_password: bool | None = None
    """True where its source says a hold in this window leaves the camera's own admin password
    as it was: the pages after going on with such a reset say so (core/session/kept_password)."""


class Cues(Strict):
    """What a person can see or hear from the camera: its light, a sound, a spoken prompt."""

    led: OneLine | None = None
    sound: OneLine | None = None
    voice: OneLine | None = None
    description: Text | None = None


class Signal(Cues):
    """What the camera does while the button is held: the moment to let go."""

    motor: bool | None = None


class SetupMode(Cues):
    """How the camera shows it is back in setup mode (and the network it opens, if any)."""

    wifi_ssid: OneLine | None = None
    tool: OneLine | None = None
    """The maker's tool on a computer that lists it, by name (Hikvision's SADP)."""
    listed_as: OneLine | None = None
    """The status that tool, or a recorder's camera list, shows for it ("Inactive"): an
    installer checks a reset Hikvision there, not in the app (installer review 62, #7)."""


class LedState(Strict):
    """One row of a vendor's light table: what the light does, and what that means."""

    led: OneLine
    meaning: OneLine


class Provisioning(StrEnum):
    """How a reset camera is added again."""

    own_ap = "own_ap"
    qr_to_camera = "qr_to_camera"
    qr_on_camera = "qr_on_camera"
    bluetooth = "bluetooth"
    sound_wave = "sound_wave"
    lan_tool = "lan_tool"
    base_station = "base_station"
    wired_lan = "wired_lan"
    nvr = "nvr"
    wps = "wps"
    app = "app"


class Wifi(Strict):
    """The Wi-Fi bands and security modes the camera can join, as its sources list them."""

    bands: list[OneLine] = Field(default_factory=list, max_length=4)
    security: list[OneLine] = Field(default_factory=list, max_length=6)
    note: OneLine | None = None


class SoftwareVia(StrEnum):
    """Where a reset without the button is started."""

    app = "app"
    web = "web"
    client = "client"
    onvif = "onvif"
    nvr = "nvr"
    lan_tool = "lan_tool"
    base_station = "base_station"


class ResetEffect(StrEnum):
    """Whether a reset restores everything, or keeps some settings (a partial reset)."""

    full = "full"
    partial = "partial"


class SoftwareReset(Strict):
    """A reset without the button: where it is started, the path to it, and what it clears."""

    via: SoftwareVia
    path: Text
    effect: ResetEffect | None = None
    by_removal: bool = False
    """The path takes the camera off the account in the app ("Remove Device"): a seller who
    removed it may have reset it already (with `effect` full the source says it does)."""

    @property
    def app(self) -> str | None:
        """The app the path starts in ("Nest app > Settings …" → "Nest"), where it names one."""
        named = re.match(r"^(.+?) app\b", self.path)
        return named.group(1) if named else None

    @model_validator(mode="after")
    def _removal_in_the_app(self) -> SoftwareReset:
        if self.by_removal and self.via is not SoftwareVia.app:
            raise ValueError("by_removal is a path in the app (via: app)")
        return self


class RecoveryKind(StrEnum):
    """Whose password a route recovers: the camera's own (no reset needed), the cloud account
    the app signs in to, a recorder's; `none` records that a source says there is no route."""

    device = "device"
    account = "account"
    recorder = "recorder"
    none = "none"


class Recovery(Strict):
    """A way back in without a reset (or the vendor-assisted reset), and when its code expires."""

    kind: RecoveryKind
    route: Text
    expires_hours: float | None = Field(
        strict=True, default=None, gt=0, le=720, allow_inf_nan=False
    )
    needs: list[OneLine] = Field(default_factory=list, max_length=12)
    note: OneLine | None = None
    keep_running: bool = False
    """A source says the reply answers the camera as it runs now: restarted, or asked again,
    it no longer takes the code (Hikvision's SADP export)."""


class Credentials(Strict):
    """The factory login, only where a source gives it; a password someone set is never kept."""

    username: OneLine | None = None
    password: OneLine | None = None
    note: OneLine | None = None


class TroubleAt(StrEnum):
    """The page a known trouble after a reset shows on, where its fix is said before the
    person answers (the QR check: a "No" then means the camera really ignores the code)."""

    qr_scan = "qr_scan"


class AfterReset(Strict):
    """A known failure after a successful reset, and the vendor's (or a source's) fix."""

    problem: Text
    fix: Text
    cause: OneLine | None = None  # the troubleshooting cause it fixes, where its source says so
    on_page: TroubleAt | None = None  # the check page whose answer it could mislead: said there


class SupportNeed(StrEnum):
    """What a vendor's support asks for."""

    model = "model"
    serial = "serial"
    mac = "mac"
    firmware = "firmware"
    hardware_version = "hardware_version"
    purchase_date = "purchase_date"
    purchase_place = "purchase_place"
    proof_of_purchase = "proof_of_purchase"
    label_photo = "label_photo"
    led_pattern = "led_pattern"
    steps_tried = "steps_tried"
    account_email = "account_email"
    device_start_time = "device_start_time"
    device_date = "device_date"
    reset_screen_photo = "reset_screen_photo"
    contact_details = "contact_details"
    error_message = "error_message"
    support_code = "support_code"
    lan_tool_export = "lan_tool_export"
    uid = "uid"
    support_file = "support_file"
    app_log_id = "app_log_id"
    safe_word = "safe_word"
    recorder_device_id = "recorder_device_id"
    recorder_info_photo = "recorder_info_photo"
    recorder_label_photo = "recorder_label_photo"
