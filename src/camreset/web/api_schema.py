"""What the JSON API takes to start a session or find its model, and the documents of
camera models and short codes it gives.

Sessions and steps go out as camreset.app.documents (the shape `guide --json` prints too);
what a step takes (the events) is web/api_events.py. They are the OpenAPI schema a helpdesk
tool codes against, so they say everything the API checks: a body the schema accepts is never
refused for its shape (a start needs a model or a line).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from camreset.app.documents import LinksDoc
from camreset.core.kb import search
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.power_values import PowerKind
from camreset.core.kb.resolve import resolve_model
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.troubleshooting import Have
from camreset.core.present.names import camera_name, fcc_id_words
from camreset.core.session.screens import BY, HELPDESK


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


def one_of_required(*names: str) -> dict[str, Any]:
    """JSON Schema: at least one of `names` is present as a string (null does not count)."""
    return {
        "anyOf": [{"required": [name], "properties": {name: {"type": "string"}}} for name in names]
    }


class StartRequest(_In):
    """Start a session: give `model`, or the `line` (and if known the `form_factor` and
    `power`) when the person does not know the model; `line: "other"` is any other brand, or
    a brand the person does not know (a generic flow by shape and power, labelled so). With a
    model, `line` and `form_factor` are not used, and `power` is the answer to "How is it
    powered?" (422 where the model's sources give other ways)."""

    model_config = ConfigDict(json_schema_extra=one_of_required("model", "line"))

    model: str | None = Field(
        default=None, min_length=1, max_length=200, description="model id or name"
    )
    line: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="product line id (see /openapi.json enum); other: another or unknown brand",
    )
    form_factor: FormFactor | None = None
    power: PowerKind | None = Field(
        default=None,
        description="how the camera is powered: an unknown model's defaults follow it; a "
        "listed model takes it as the answer to 'How is it powered?'",
    )
    have: list[Have] | None = Field(
        default=None,
        max_length=20,
        description="what is at hand; left out or empty: not asked, and each step that needs "
        "an item asks for it",
    )

    @model_validator(mode="after")
    def _model_or_line(self) -> StartRequest:
        if not self.model and not self.line:
            raise ValueError("give a camera model, or at least its line (brand)")
        return self


BY_WORDS = 'leave it out, or send "helpdesk" when a helpdesk sends this'
"""What a `by` the API does not know gets, after "by: "."""


class SaysWho(_In):
    """A body that may say a helpdesk sent it: an event, a model found."""

    by: Literal["helpdesk"] | None = Field(
        default=None,
        description='"helpdesk": a helpdesk sent this (the report marks it "entered by the '
        'helpdesk"); left out, the report says only whether it came from where the session was '
        "started (the API, when the API started it) or from another screen",
    )

    @field_validator(BY, mode="before")
    @classmethod
    def _by_in_words(cls, value: object) -> object:
        """A wrong `by` in words, not the schema's "Input should be 'helpdesk'" (merged-diff
        review 70, N #6); the schema still lists the one value."""
        if value is None or value == HELPDESK:
            return value
        raise ValueError(BY_WORDS)


class ModelFoundRequest(SaysWho):
    """The model found on the camera's label, in a session started without it."""

    model: str = Field(
        min_length=1, max_length=100, description='as the label gives it: "Ring Video Doorbell 3"'
    )


class ShareCodeOut(BaseModel):
    """A short code for a session, to read out over the phone (any case, dash optional)."""

    code: str = Field(description='as people read it, "K7QM-4TXP"')
    spoken: str = Field(
        description="how to say it on the phone, letters in the NATO spelling alphabet: "
        '"Kilo seven Quebec Mike, four Tango X-ray Papa"'
    )
    expires_at: datetime
    minutes_left: int


class SharedSessionOut(BaseModel):
    """The session a short code opens."""

    session_id: str
    links: LinksDoc


class ProblemOut(BaseModel):
    """RFC 9457 problem details, the body of every error."""

    type: str
    title: str
    status: int
    detail: str


class ModelSummaryOut(BaseModel):
    id: str
    name: str
    brand: str
    line: str
    form_factor: str | None
    aliases: list[str]


class ModelMatchOut(ModelSummaryOut):
    """A model a search found, saying so when the FCC ID typed from its label found it."""

    found_by_fcc_id: str | None = Field(
        None,
        description="the FCC ID typed, when that is what found this model (a sourced ID, "
        'without the label\'s "FCC ID:"), as `camreset models --json` names it; else null',
    )
    notice: str | None = Field(
        None,
        description="what the web's search and the terminal say of a model found by its FCC ID: "
        '"Found by its FCC ID: 2AOKBT8113 is the FCC ID of the eufy Security eufyCam 2C."',
    )


class SupportOut(BaseModel):
    url: str
    contact: str


class ModelOut(ModelSummaryOut):
    app: str
    support: SupportOut
    status: str | None
    facts: dict[str, Any] = Field(description="the model's own facts as the KB writes them")


def search_models(kb: KnowledgeBase, query: str, limit: int = 50) -> list[str]:
    """Model ids the query may mean, best first (at most `limit`); every model (by id) for
    an empty query, so a model picker filled from it misses no brand."""
    return [m.id for m in found_models(kb, query, limit)]


def found_models(kb: KnowledgeBase, query: str, limit: int = 50) -> list[ModelMatchOut]:
    """`search_models`' models, each saying whether the FCC ID typed found it (the web said
    "Found by its FCC ID", the API nothing: session 72 leftover)."""
    if not query.strip():
        return [ModelMatchOut(**model_summary(kb, m).model_dump()) for m in sorted(kb.models)]
    return [
        ModelMatchOut(
            **model_summary(kb, m.model_id).model_dump(),
            found_by_fcc_id=m.fcc_id,
            notice=fcc_id_words(m.fcc_id, camera_name(kb.lines[m.line], m.name))
            if m.fcc_id
            else None,
        )
        for m in search.search_models(kb, query, limit)
    ]


def model_summary(kb: KnowledgeBase, model_id: str) -> ModelSummaryOut:
    model, line = kb.models[model_id], kb.line_of(model_id)
    return ModelSummaryOut(
        id=model.id,
        name=model.name,
        brand=line.brand,
        line=line.id,
        form_factor=model.shape,
        aliases=list(model.aliases),
    )


def model_out(kb: KnowledgeBase, model_id: str) -> ModelOut:
    model, line = kb.models[model_id], kb.line_of(model_id)
    skip = {"id", "name", "aliases", "form_factor", "status", "sources_note"}
    facts = {
        k: v for k, v in model.model_dump(mode="json", exclude_none=True).items() if k not in skip
    }
    return ModelOut(
        **model_summary(kb, model_id).model_dump(),
        app=resolve_model(kb, model_id).app,
        support=SupportOut(url=line.vendor_support.url, contact=line.vendor_support.contact),
        status=model.status.value if model.status else None,
        facts=facts,
    )
