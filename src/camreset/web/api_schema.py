"""What the JSON API takes, and the documents of camera models it gives.

Sessions and steps go out as camreset.app.documents (the shape `guide --json` prints too);
request bodies and model documents are here. They are the OpenAPI schema a helpdesk tool
codes against.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from camreset.core.kb import search
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.troubleshooting import Have


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StartRequest(_In):
    """Start a session. Leave `model` out when the person does not know it."""

    model: str | None = Field(default=None, max_length=200, description="model id or name")
    line: str | None = Field(default=None, max_length=100, description="product line id")
    form_factor: str | None = Field(default=None, max_length=50)
    have: list[Have] = Field(default_factory=list, max_length=20)


class EventData(_In):
    """`details`: serial and firmware; `feedback`: fixed and comment."""

    serial: str | None = Field(default=None, max_length=100)
    firmware: str | None = Field(default=None, max_length=100)
    fixed: Literal["yes", "no", "not_sure"] | None = None
    comment: str | None = Field(default=None, max_length=2000)


class EventRequest(_In):
    """One thing the person did or said about the current step."""

    type: Literal["answer", "done", "skip", "undo", "details", "feedback"]
    step: str | None = Field(default=None, max_length=200, description="id of the current step")
    answer: str | None = Field(default=None, max_length=100, description="id of an offered answer")
    data: EventData | None = None

    def data_dict(self) -> dict[str, Any]:
        return self.data.model_dump(exclude_none=True) if self.data else {}


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


class SupportOut(BaseModel):
    url: str
    contact: str


class ModelOut(ModelSummaryOut):
    app: str
    support: SupportOut
    status: str | None
    facts: dict[str, Any] = Field(description="the model's own facts as the KB writes them")


def search_models(kb: KnowledgeBase, query: str, limit: int = 50) -> list[str]:
    """Model ids the query may mean, best first; every model (by id) for an empty query."""
    if not query.strip():
        return sorted(kb.models)[:limit]
    return [match.model_id for match in search.search_models(kb, query, limit)]


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
        app=line.app,
        support=SupportOut(url=line.support.url, contact=line.support.contact),
        status=model.status.value if model.status else None,
        facts=facts,
    )
