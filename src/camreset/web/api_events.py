"""What the JSON API takes for a session's step: one body per event type (an answer, done,
skip, undo, details, a hold the timer measured, what is at hand, feedback) and the session
command each one asks for.

They are the OpenAPI schema a helpdesk tool codes against, so they say everything the API
checks: a body the schema accepts is never refused for its shape (each event type has its own
body, discriminated by `type`). Their own module: what a step takes is one concept, apart
from starting a session and the model documents (api_schema.py), which had reached the 400
lines a module may have.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from camreset.core.kb.troubleshooting import Have
from camreset.core.session import Command
from camreset.core.session.commands import REFERENCE_MAX
from camreset.core.session.events import TO_START
from camreset.core.session.screens import API, BY, VIA
from camreset.web.api_schema import SaysWho, one_of_required
from camreset.web.pattern_words import ONE_LINE


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _StepEvent(_In):
    step: str = Field(max_length=200, description="id of the current step")


class _ByEvent(SaysWho, _StepEvent):
    """An event for a step, which may say who sent it."""


class AnswerEvent(_ByEvent):
    """Answer the current step with one of its `answers`."""

    type: Literal["answer"]
    answer: str = Field(max_length=100, description="id of an offered answer")


class DoneEvent(_ByEvent):
    """The person did what the current (action) step asked."""

    type: Literal["done"]


class SkipEvent(_ByEvent):
    """The person cannot do the current step."""

    type: Literal["skip"]


class UndoEvent(_ByEvent):
    """Take back the last answer; `step` is the step on screen."""

    type: Literal["undo"]
    to: Literal["start"] | None = Field(
        default=None,
        description='"start": take back every answer, back to the first question (offered '
        "where the session's `back_to_start` is true)",
    )


DETAILS = (
    "serial",
    "mac",
    "firmware",
    "hardware_version",
    "purchase_date",
    "purchase_place",
    "power_source",
    "light",
    "error_message",
    "device_start_time",
    "app_log_id",
    "recorder",
    "recorder_device_id",
    "hub",
    "recovery_code",
    "app_version",
    "phone_os",
    "label_model",
    "reference",
)


DetailText = Annotated[str, Field(min_length=1, max_length=100, pattern=ONE_LINE)]
"""One line of text with something in it (a mismatch is told in words: web/pattern_words.py)."""


class DetailsData(_In):
    """What support may ask for: at least one of these (each one line of text)."""

    model_config = ConfigDict(json_schema_extra=one_of_required(*DETAILS))

    serial: DetailText | None = None
    mac: DetailText | None = None
    firmware: DetailText | None = None
    hardware_version: DetailText | None = None
    purchase_date: DetailText | None = None
    power_source: DetailText | None = None
    light: DetailText | None = Field(default=None, description="what the light did")
    purchase_place: DetailText | None = None
    error_message: DetailText | None = None
    device_start_time: DetailText | None = Field(
        default=None, description="as the maker's program on a computer on the network shows it"
    )
    app_log_id: DetailText | None = Field(
        default=None,
        description="the ID of a log sent from the brand's app, where its support asks",
    )
    recorder: DetailText | None = Field(
        default=None,
        description="the recorder (NVR) or console the camera is connected to: its model and "
        "firmware",
    )
    recorder_device_id: DetailText | None = Field(
        default=None,
        description="the recorder's Device ID (not its serial number), where its support asks",
    )
    hub: DetailText | None = Field(
        default=None,
        description="the hub or base station it pairs through: its model, serial and firmware",
    )
    recovery_code: DetailText | None = Field(
        default=None,
        description="how the maker's recovery code failed: refused, expired, or it never came",
    )
    app_version: DetailText | None = Field(
        default=None, description="the brand app's version, where adding it again failed"
    )
    phone_os: DetailText | None = Field(
        default=None, description="the phone and its system's version, where adding it failed"
    )
    label_model: DetailText | None = Field(
        default=None,
        description="the brand and model as on its label, for a camera not on camreset's "
        "list (line 'other', or a brand's usual steps): the report names the camera by it",
    )
    reference: Annotated[str, Field(min_length=1, max_length=REFERENCE_MAX, pattern=ONE_LINE)] | (
        None
    ) = Field(
        default=None,
        description="the helpdesk's own reference (its ticket number; not a person's name): "
        "the sessions list shows it; the report for the vendor only with reference_shared",
    )
    reference_shared: bool | None = Field(
        default=None,
        description="with reference: true puts it in the report for the vendor's support too "
        "(left out by default)",
    )

    @model_validator(mode="after")
    def _one_given(self) -> DetailsData:
        if not any(getattr(self, name) for name in DETAILS):
            raise ValueError(f"details take at least one of {', '.join(DETAILS)}")
        return self


class DetailsEvent(_In):
    """Add details for support (serial, MAC, firmware…); needs no step, moves no step."""

    type: Literal["details"]
    data: DetailsData


class HoldData(_In):
    seconds: float = Field(
        gt=0,
        le=600,
        allow_inf_nan=False,
        strict=True,  # a number: `true` was a 1 s hold, "5" five (robustness review 70, #11)
        description="how long the button was held",
    )


class HoldEvent(_ByEvent):
    """The hold the timer measured on the current step (which has a timer), or on the hold
    page answered last when another screen answered it first; moves no step."""

    type: Literal["hold"]
    data: HoldData


class HoldingRequest(_ByEvent):
    """A hold timer started on the current step (one with a `timer`), sent as it starts: the
    session's `holding`, and a web page following the session, say a hold is going on until
    the `hold` event (or an answer) follows. Moves no step; nothing but `step` and `by`."""

    def command(self) -> Command:
        return Command("holding", self.step, data=_marks(self))


class HaveData(_In):
    have: list[Have] = Field(max_length=20, description="everything at hand now")


class HaveEvent(_In):
    """Change what is at hand during the session; needs no step."""

    type: Literal["have"]
    data: HaveData


class FeedbackData(_In):
    fixed: Literal["yes", "no", "not_sure"]
    comment: str | None = Field(default=None, max_length=2000)


class FeedbackEvent(_StepEvent):
    """Say whether the reset worked, on the outcome step."""

    type: Literal["feedback"]
    data: FeedbackData


AnyEvent = (
    AnswerEvent
    | DoneEvent
    | SkipEvent
    | UndoEvent
    | DetailsEvent
    | FeedbackEvent
    | HoldEvent
    | HaveEvent
)
EventRequest = Annotated[AnyEvent, Field(discriminator="type")]
"""One thing the person did or said about the current step; `type` says which."""
EVENT_TYPES = tuple(get_args(c.model_fields["type"].annotation)[0] for c in get_args(AnyEvent))
"""The event types, in the order the docs give them: said when `type` is missing or wrong."""


def event_command(event: AnyEvent) -> Command:
    """The session command an event body asks for; a step's marked as sent through the API
    (and by the helpdesk, when it says so: core/session/screens.py)."""
    marks = _marks(event) if isinstance(event, _ByEvent) else {VIA: API}
    if isinstance(event, DetailsEvent):
        return Command("details", data=event.data.model_dump(exclude_none=True))
    if isinstance(event, HoldEvent):
        return Command("hold", event.step, data={"seconds": event.data.seconds, **marks})
    if isinstance(event, HaveEvent):
        return Command("have", data={"have": [h.value for h in event.data.have]})
    if isinstance(event, FeedbackEvent):
        return Command("feedback", event.step, data=event.data.model_dump(exclude_none=True))
    if isinstance(event, AnswerEvent):
        return Command("answer", event.step, event.answer, marks)
    if isinstance(event, UndoEvent) and event.to == "start":
        return Command("undo", event.step, TO_START, marks)
    return Command(event.type, event.step, data=marks)


def _marks(event: _ByEvent) -> dict[str, str]:
    """Sent through the API, and by the helpdesk when it says so (core/session/screens.py)."""
    return {VIA: API} | ({BY: event.by} if event.by else {})
