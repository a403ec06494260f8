"""The one JSON shape of a session, around its step's (app/step_docs.py): the API's responses
and `guide --json` alike.

These pydantic models are the OpenAPI schema a helpdesk tool codes against, so they are
explicit rather than dumps of the core's objects; `step_doc` and `session_doc` do the mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field

from camreset.app.holding_doc import HoldingDoc, holding_doc
from camreset.app.network_docs import CheckDoc, FoundDoc, check_docs, found_doc
from camreset.app.step_docs import CauseDoc, FromCore, StepDoc, step_doc
from camreset.core.kb.schema import Source
from camreset.core.session import SessionState
from camreset.core.session.estimate import TimeLeft
from camreset.core.session.model_found import can_find
from camreset.core.session.screens import step_marks
from camreset.core.session.state import HistoryEntry


class HistoryDoc(FromCore):
    """One answered step, as the session's history and the support report show it."""

    step: str = Field(description="the id of the step that was answered")
    kind: str = Field(description="action, question, opening, tool or detour")
    title: str = Field(description="the step's title as the person saw it")
    answer: str = Field(description="the id of the answer given")
    answer_label: str = Field(description="the answer in the words the person chose")
    at: datetime = Field(description="when the answer was given (UTC)")
    seconds: float = Field(description="seconds between the step appearing and the answer")
    result: str | None = Field(
        description='what the answer meant, in words ("camera reset", "not reset", "could not do '
        'this"…), or null'
    )
    held: float | None = Field(description="seconds the hold timer measured on this step")
    doubt: str | None = Field(description="why this failed attempt rules nothing out")
    screen: str | None = Field(
        default=None, description='"starter": where it was started; "other"; null: not known'
    )
    by: str | None = Field(default=None, description='"helpdesk": the client said it sent it')


class LinksDoc(BaseModel):
    self: str
    events: str
    report: str
    resume: str = Field(description="the web page a person can continue this session at")


class TimeLeftDoc(BaseModel):
    """Typical minutes left, as a range: no escalation weight in it."""

    low: int = Field(description="minutes if the step under way works")
    high: int = Field(description="minutes by which most people in this state are done")
    wait_seconds: float = Field(description="the current wait, included (count it down)")
    grew_because: str | None = Field(description="why it is longer than at the last step")
    support_next: bool = Field(
        description="true: nothing at home is worth trying after the steps before support; "
        "support comes once they are answered as before, unless an answer opens another way "
        "to try at home; the range is those steps' own"
    )
    before_support: int = Field(
        description="with support_next: the steps, this one included, before support when "
        "each is answered as before (1: this is the last); 0 otherwise"
    )


class ProgressDoc(BaseModel):
    steps_done: int
    expected_minutes_left: float = Field(
        description="the engine's weighed cost (support counts as 75 minutes): for tools that "
        "compare steps, not a time to show; show `time_left`"
    )
    time_left: TimeLeftDoc | None = Field(
        description="null once the session is finished: nothing is left to do at home"
    )


class SessionDoc(BaseModel):
    """A session: where it stands and how it got there."""

    id: str
    links: LinksDoc
    model: str | None = Field(description="model id; None when only the line is known")
    model_name: str = Field(
        description="the camera as lists name it: for one camreset does not list, the name on "
        "its label first, where given (“Foscam R2 (not on our list): …”)"
    )
    line: str
    form_factor: str | None
    have: list[str]
    started_at: datetime
    current: StepDoc
    finished: bool
    outcome: Literal["done", "not_needed", "stopped", "escalated"] | None = Field(
        description="done: reset and added again (or, for a camera being sold, reset); "
        "not_needed: the vendor's own route worked, no reset; stopped: the person stopped and "
        "took the report; escalated: support (or the provider) is next"
    )
    phase: Literal["reset", "setup"] = Field(
        description="reset: getting it back to setup mode; setup: adding it again"
    )
    reset_done: bool = Field(description="the person's checks said the reset took")
    progress: ProgressDoc
    can_undo: bool = Field(
        description="an answer given (ends included), or a model found on the label, can be undone"
    )
    can_find_model: bool = Field(
        description="a model found on the label would be taken (POST …/model-found): started "
        "without its model, not before camreset took one, its camera not working again yet; "
        "the pages offer “I found the model” and the terminal `m` only then"
    )
    back_to_start: bool = Field(
        description='after "Skip", a reset\'s step more than one answer in: an undo with '
        'to="start" takes every answer back, to the first question (the pages offer it)'
    )
    have_asked: bool = Field(description="false: nobody said what is at hand; steps ask")
    cannot: list[str] = Field(description="items the person said they cannot get")
    reason: str | None = Field(description="why the person is here, from the opening")
    history: list[HistoryDoc]
    belief: list[CauseDoc] = Field(
        description="causes still likely (1 % or more), most likely first"
    )
    ruled_out: list[CauseDoc] = Field(
        description="causes under 1 % that what was learnt tells against; one under 1 % that "
        "nothing tested is in neither list"
    )
    details: dict[str, str]
    feedback: dict[str, Any] | None
    found: FoundDoc | None = Field(
        description="the camera as it last answered over the network; null if it never did"
    )
    network_checks: list[CheckDoc] = Field(
        description="every check run over the network, oldest first, with what it found"
    )
    holding: HoldingDoc | None = Field(
        default=None,
        description="a hold timer started on the current step and not stopped (`POST "
        "…/holding`, a web page's timer, the terminal's): when, where, by whom; null: none",
    )


def time_left_doc(left: TimeLeft) -> TimeLeftDoc:
    low, high = left.rounded()
    return TimeLeftDoc(
        low=low,
        high=high,
        wait_seconds=left.wait,
        grew_because=left.grew,
        support_next=left.support_next,
        before_support=left.before_support,
    )


def links(base: str, session_id: str) -> LinksDoc:
    """Where a session is read, answered, reported and resumed, under the public base URL."""
    api = f"{base}/api/sessions/{session_id}"
    return LinksDoc(
        self=api, events=f"{api}/events", report=f"{api}/report", resume=f"{base}/s/{session_id}"
    )


def session_doc(
    session_id: str,
    state: SessionState,
    base: str,
    sources: Mapping[str, Source] | None = None,
    *,
    now: datetime | None = None,
    told: str | None = None,
) -> SessionDoc:
    """The document of a session as it stands (`sources`: as for `step_doc`); `now`: the
    time a hold going on is judged at (None: as of the session's last event); `told`: what
    the event this document answers did, said first in the current step's notices."""
    step = state.current
    if told is not None:
        step = replace(step, notices=(told, *step.notices))
    old, marks = state.history, step_marks(state.events)  # where each answer was given
    return SessionDoc(
        id=session_id,
        links=links(base, session_id),
        model=None if state.model.generic else state.model.id,
        model_name=state.camera_name,  # as `camreset sessions --json` names it (diff review 63, #9)
        line=state.line,
        form_factor=state.form_factor,
        have=sorted(state.have),
        started_at=state.started_at,
        current=step_doc(step, sources),
        finished=state.finished,
        outcome=state.outcome,
        phase="setup" if state.phase == "setup" else "reset",
        reset_done=state.reset_done,
        progress=ProgressDoc(
            steps_done=state.progress.steps_done,
            expected_minutes_left=state.progress.expected_minutes_left,
            # a finished session had read e.g. 36-49 minutes left (helpdesk review 60, #12)
            time_left=None if state.finished else time_left_doc(state.progress.time_left),
        ),
        can_undo=state.can_undo,
        can_find_model=can_find(state),
        back_to_start=state.skipped_to_the_reset,
        have_asked=state.have_asked,
        cannot=sorted(state.cannot),
        reason=state.reason,
        history=[_history_doc(h, tuple(marks.get(h.step, {}).items())) for h in old],
        belief=[CauseDoc.model_validate(c) for c in state.belief],
        ruled_out=[CauseDoc.model_validate(c) for c in state.ruled_out],
        details={k: str(v) for k, v in state.details.items()},
        feedback=dict(state.feedback) if state.feedback else None,
        found=found_doc(state),
        network_checks=check_docs(state),
        holding=holding_doc(state, state.events[-1].at if now is None else now),
    )


HISTORY_DOCS_KEPT = 8192
"""Answered steps' documents kept: each request's document repeats every earlier answer of
its session, and building them again was 40 % of the document's cost (session 71)."""


@lru_cache(maxsize=HISTORY_DOCS_KEPT)
def _history_doc(entry: HistoryEntry, marks: tuple[tuple[str, str], ...]) -> HistoryDoc:
    """One answered step's document, built once: an entry and its marks never change (both
    are values; nothing changes a document once built)."""
    return HistoryDoc.model_validate(entry).model_copy(update=dict(marks))
