"""What the JSON API takes and gives: request bodies, the step and session documents.

These pydantic models are the OpenAPI schema a helpdesk tool codes against, so they are
explicit rather than dumps of the core's objects; `session_out` and friends do the mapping.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from camreset.core.kb import search
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.session import SessionState, Step

HaveId = Literal[
    "pin", "original_adapter", "spare_adapter", "other_outlet", "app", "admin_password", "computer"
]
Short = Field(default=None, max_length=200)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StartRequest(_In):
    """Start a session. Leave `model` out when the person does not know it."""

    model: str | None = Field(default=None, max_length=200, description="model id or name")
    line: str | None = Field(default=None, max_length=100, description="product line id")
    form_factor: str | None = Field(default=None, max_length=50)
    have: list[HaveId] = Field(default_factory=list, max_length=20)


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


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ProblemOut(BaseModel):
    """RFC 9457 problem details, the body of every error."""

    type: str
    title: str
    status: int
    detail: str


class AnswerOut(_Out):
    id: str
    label: str
    pattern: str | None = Field(description="LED pattern id to animate beside the answer")


class TimerOut(_Out):
    min: float | None
    recommended: float | None
    max: float | None


class WaitOut(BaseModel):
    seconds: float


class CauseOut(_Out):
    id: str
    name: str
    probability: float


class WhyOut(_Out):
    summary: str
    causes: list[CauseOut] = Field(description="the leading causes behind this step")
    effect: str | None


class FactOut(_Out):
    label: str
    text: str
    confidence: str
    disagreement: str | None = Field(description="how sources disagree, if they do")
    is_default: bool
    sources: list[str]


class StepOut(_Out):
    """A step: do something (action), answer (question), wait, or the end (outcome)."""

    id: str
    kind: Literal["action", "question", "wait", "outcome"]
    title: str
    text: str = Field(description="plain text, paragraphs separated by a blank line")
    answers: list[AnswerOut]
    timer: TimerOut | None = Field(description="how long to hold, in seconds")
    wait: WaitOut | None
    why: WhyOut | None
    facts: list[FactOut]
    form_factor: str | None
    button_hint: str | None
    pattern: str | None = Field(description="LED pattern id the camera should show now")
    unplugged: bool = Field(description="the camera is unplugged during this step")


class HistoryOut(_Out):
    step: str
    kind: str
    title: str
    answer: str
    answer_label: str
    at: datetime
    seconds: float
    result: str | None


class LinksOut(BaseModel):
    self: str
    events: str
    report: str
    resume: str = Field(description="the web page a person can continue this session at")


class ProgressOut(_Out):
    steps_done: int
    expected_minutes_left: float


class SessionOut(BaseModel):
    """A session: where it stands and how it got there."""

    id: str
    links: LinksOut
    model: str | None = Field(description="model id; None when only the line is known")
    model_name: str
    line: str
    form_factor: str | None
    have: list[str]
    started_at: datetime
    current: StepOut
    finished: bool
    outcome: Literal["reset", "escalated"] | None
    progress: ProgressOut
    can_undo: bool
    history: list[HistoryOut]
    belief: list[CauseOut] = Field(description="causes still likely, most likely first")
    ruled_out: list[CauseOut]
    details: dict[str, str]
    feedback: dict[str, Any] | None


class ModelSummaryOut(BaseModel):
    id: str
    name: str
    brand: str
    line: str
    form_factor: str
    aliases: list[str]


class SupportOut(BaseModel):
    url: str
    contact: str


class ModelOut(ModelSummaryOut):
    app: str
    support: SupportOut
    status: str | None
    facts: dict[str, Any] = Field(description="the model's own facts as the KB writes them")


def step_out(step: Step) -> StepOut:
    """The JSON form of one step."""
    return StepOut(
        id=step.id,
        kind=step.kind,
        title=step.title,
        text=step.text,
        answers=[AnswerOut.model_validate(a) for a in step.answers],
        timer=TimerOut.model_validate(step.timer) if step.timer else None,
        wait=WaitOut(seconds=step.wait_seconds) if step.wait_seconds is not None else None,
        why=WhyOut.model_validate(step.why) if step.why else None,
        facts=[FactOut.model_validate(f) for f in step.facts],
        form_factor=_text(step.form_factor),
        button_hint=step.button_hint,
        pattern=step.pattern,
        unplugged=step.unplugged,
    )


def session_out(session_id: str, state: SessionState, base: str) -> SessionOut:
    """The JSON form of a session as it stands."""
    api = f"{base}/api/sessions/{session_id}"
    return SessionOut(
        id=session_id,
        links=LinksOut(
            self=api,
            events=f"{api}/events",
            report=f"{api}/report",
            resume=f"{base}/s/{session_id}",
        ),
        model=None if state.model.generic else state.model.id,
        model_name=state.model.name,
        line=state.line,
        form_factor=state.form_factor,
        have=sorted(state.have),
        started_at=state.started_at,
        current=step_out(state.current),
        finished=state.finished,
        outcome=state.outcome,
        progress=ProgressOut.model_validate(state.progress),
        can_undo=state.can_undo,
        history=[HistoryOut.model_validate(h) for h in state.history],
        belief=[CauseOut.model_validate(c) for c in state.belief],
        ruled_out=[CauseOut.model_validate(c) for c in state.ruled_out],
        details={k: str(v) for k, v in state.details.items()},
        feedback=dict(state.feedback) if state.feedback else None,
    )


def _text(value: object) -> str | None:
    """An enum or plain value as its string, None kept."""
    if value is None:
        return None
    return str(getattr(value, "value", value))


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
        form_factor=str(model.form_factor.value),
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
