"""The JSON of one step: what to do or answer, its timer, why, and the facts behind it.

The step on screen is the part of a session's document every interface reads most (the API,
`guide --json`, the one-vocabulary check), and the one a helpdesk tool codes its screen
against; kept apart from the session around it (app/documents.py) so each can grow alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from camreset.app.fact_docs import FactDoc, fact_doc
from camreset.core.kb.schema import Source
from camreset.core.present.step import AnswerRole
from camreset.core.present.timer_words import timer_words
from camreset.core.session import Step


class FromCore(BaseModel):
    """A document read off the core's own objects, attribute by attribute."""

    model_config = ConfigDict(from_attributes=True)


class StepRefDoc(FromCore):
    """Which step this is, structured: no client needs to take the id string apart."""

    seq: int = Field(description="how many events the session had when this step was shown")
    kind: Literal["action", "question", "outcome", "opening", "tool", "detour"] = Field(
        description="an attempt's page, a question, the end, the opening, an item to get, "
        "or a detour inside an attempt"
    )
    ref: str = Field(
        description="attempt, question, end (done, handed-over, reset-for-sale, not-needed, "
        "stopped, escalate…), opening step, item or detour id"
    )
    stage: int = Field(description="page of the attempt (0 for questions and outcomes)")
    subject: str | None = Field(default=None, description="for a detour: the attempt it is in")


class AnswerDoc(FromCore):
    id: str
    label: str
    pattern: str | None = Field(description="LED pattern id to animate beside the answer")
    role: AnswerRole = Field(
        description="'not_sure' and 'cant' are the quiet way-outs of attempt pages and "
        "questions; 'skip' skips the opening; 'stop' (every step but the end) ends the session "
        "with the report for support; 'wait' (a check right after a restart) goes back to "
        "that wait; 'no_sign' (a hold) says it was held and nothing happened; 'no_sight' (a "
        "reset's setup-light check) says the camera's light cannot be seen"
    )


class TimerWordsDoc(BaseModel):
    plan: str = Field(description="the whole plan in one sentence (no timer needed)")
    hold: str
    watch: str = Field(description="from `min` on")
    stop: str = Field(description="at `recommended`: let go, or keep holding until the sign")
    over: str = Field(description="at `max`: stop now")


class TimerDoc(FromCore):
    """Seconds to hold, all from the model's one resolved hold fact."""

    min: float
    recommended: float
    max: float = Field(description="stop by this; with `until`, the longest hold sources give")
    until: str | None = Field(description="the sign to hold until, if the step says so")
    max_why: str | None
    from_power: bool = Field(
        description="counted from when the power comes back, the button held since before"
    )
    sureness: str | None = Field(
        description="how sure the sources are of the time, and whose it is (null: the page "
        "sets its own time)"
    )
    no_speaker: bool = Field(
        description="a source says the camera has no speaker: its sign is watched for, not heard"
    )
    not_before: float | None = Field(
        description="with `until`: let go at the sign only from this time on, even if it comes "
        "sooner (a source found letting go earlier resets it only in part); null: when it comes"
    )
    words: TimerWordsDoc


class WaitDoc(BaseModel):
    seconds: float


class CauseDoc(FromCore):
    id: str
    name: str
    probability: float


class WhyDoc(FromCore):
    summary: str
    causes: list[CauseDoc] = Field(description="the leading causes behind this step")
    effect: str
    heading: str = Field(
        description='what the causes are listed under where it is not the usual "most '
        "likely now\" (before any press, or for a camera that won't switch on); empty otherwise"
    )


class StepDoc(FromCore):
    """A step: do something (action), answer (question), wait, or the end (outcome)."""

    id: str = Field(description="echo it back as `step` when answering")
    ref: StepRefDoc
    kind: Literal["action", "question", "wait", "outcome"]
    title: str
    text: str = Field(description="plain text, paragraphs separated by a blank line")
    answers: list[AnswerDoc]
    timer: TimerDoc | None = Field(description="how long to hold, in seconds")
    wait: WaitDoc | None
    why: WhyDoc | None
    facts: list[FactDoc]
    form_factor: str | None
    button_hint: str | None
    pattern: str | None = Field(description="LED pattern id the camera should show now")
    unplugged: bool = Field(description="the camera is unplugged during this step")
    network: bool = Field(
        description="camreset can answer this step by checking the camera over the network "
        "(POST .../network-check)"
    )
    remote: bool = Field(
        description="camreset carries this step out over the network once the camera is "
        "confirmed (POST .../remote-reset)"
    )
    notice: str | None = Field(
        description="what to show above the step as one line (`notices` joined), or null"
    )
    notices: list[str] = Field(
        description="the same, one paragraph each (what earlier answers changed, a warning)"
    )
    reopens: bool = Field(
        description="an end whose likeliest cause needs only something the person lacks: "
        "sending `have` with it carries the session on"
    )


def timer_doc(step: Step) -> TimerDoc | None:
    if step.timer is None:
        return None
    words = TimerWordsDoc(**asdict(timer_words(step.timer)))
    return TimerDoc(**asdict(step.timer), words=words)


def step_doc(step: Step, sources: Mapping[str, Source] | None = None) -> StepDoc:
    """The document of one step; `sources`: the knowledge base's, to cite each fact's by its
    title and address beside its id (none given: ids only)."""
    return StepDoc(
        id=step.id,
        ref=StepRefDoc.model_validate(step.ref),
        kind=step.kind,
        title=step.title,
        text=step.text,
        answers=[AnswerDoc.model_validate(a) for a in step.answers],
        timer=timer_doc(step),
        wait=WaitDoc(seconds=step.wait_seconds) if step.wait_seconds is not None else None,
        why=WhyDoc.model_validate(step.why) if step.why else None,
        facts=[fact_doc(f, sources or {}) for f in step.facts],
        form_factor=step.form_factor,
        button_hint=step.button_hint,
        pattern=step.pattern,
        unplugged=step.unplugged,
        network=step.network,
        remote=step.remote,
        notice=step.notice,
        notices=list(step.notices),
        reopens=step.reopens,
    )
