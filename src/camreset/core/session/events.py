"""A session is an append-only list of these events; its state is derived by replay."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

EventType = Literal[
    "started", "answered", "done", "skipped", "undone", "details", "feedback", "network", "remote",
    "hold", "have", "overtaken", "model-found", "holding",
]  # fmt: skip
CommandType = Literal[
    "answer", "done", "skip", "undo", "details", "feedback", "network", "remote", "hold", "have",
    "found", "holding",
]  # fmt: skip
STEP_EVENTS = frozenset({"answered", "done", "skipped", "network", "remote"})
"""Events that answer a step (when they name one): each moves the session on, and undo takes
the latest of them back. `network` is what the camera said when camreset checked it over the
network (without a step: it only identified the camera); `remote` is a reset camreset sent
over the network."""
SIDE_EVENTS = frozenset({"details", "hold", "have", "overtaken", "holding"})
"""Events said beside a step (details for support, a measured hold, the checklist edited, an
answer another screen's overtook: core/session/overtaken.py; a hold timer started: holding.py):
they never renumber the step on screen, so its id stays valid."""
NO_ANSWER = "no-answer"
TO_START = "to-start"
"""An undo's answer that takes back every answer, back to the first question: someone three
steps into the reset after "Skip" tapped Back three times to ask whether they needed one
(need-a-reset review 66, E F7)."""


class SessionEvent(BaseModel):
    """One thing that happened: time is passed in by the adapter, so replay is pure."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: EventType
    at: datetime
    step: str | None = None
    answer: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _answers_a_step(self) -> SessionEvent:
        """An answer names the step it answers: one with none (a row damaged by hand) was
        replayed as if it had answered the step on screen (robustness review 70, #7)."""
        if self.type in ANSWERING and self.step is None:
            raise ValueError(f"an {self.type!r} event names the step it answers")
        return self


ANSWERING = frozenset({"answered", "done", "skipped"})
"""Events that are always an answer to the step on screen, so always name it."""


def moves_on(event: SessionEvent) -> bool:
    """A step event that answered its step: undo takes it back, it numbers the next step.

    A check over the network that got no answer on an attempt's page leaves that page on
    screen (the person still checks by eye): like a side event it renumbers nothing, undo
    passes it by, and the report lists it with the other checks rather than as an answer.
    """
    if event.type not in STEP_EVENTS or event.step is None:
        return False
    on_attempt = event.step.split(".")[1:2] == ["a"]
    return not (event.type == "network" and event.answer == NO_ANSWER and on_attempt)


def timed_late(events: Sequence[SessionEvent]) -> list[int]:
    """Where in `events` a hold was timed on a hold page after another screen had answered
    it (kept with that answer, core/session/measured.py): the event before it that moved a
    step, passing other side events by, answered that page."""
    late, answered = [], None
    for i, event in enumerate(events):
        if event.type == "hold" and answered is not None and event.step == answered:
            late.append(i)
        elif event.type not in SIDE_EVENTS:
            answered = event.step if moves_on(event) else None
    return late


def standing_late(events: Sequence[SessionEvent]) -> list[int]:
    """Of `timed_late`, the holds whose answer still counts: one kept with an answer taken
    back since (back to the first question) was still said "kept with the answer" by `/now`
    (merged-diff review 67, N #10)."""
    kept = {id(e) for e in effective(list(events))}
    late_at, late = set(timed_late(events)), []
    answer: SessionEvent | None = None  # the last event that moved a step
    for i, event in enumerate(events):
        if i in late_at and answer is not None and id(answer) in kept:
            late.append(i)
        elif event.type not in SIDE_EVENTS:
            answer = event
    return late


def effective(events: list[SessionEvent]) -> list[SessionEvent]:
    """The events that still count: each `undone` drops the latest step event before it, or
    the feedback given on the end after it (undo takes back what was done last: it used to
    take back the answer that led to the end and keep the feedback on it); one to the start
    drops them all. None goes back past a model found on the label (core/session/
    model_found.py): the answers before it were given on the usual steps; one with no answer
    since takes the model found back (a mis-tap: review N F1; such events are rules 69's)."""
    kept: list[SessionEvent] = []
    floors = [0]  # the first event an undo may drop, one more for each model found kept
    for event in events:
        floor = floors[-1]
        if event.type == "undone" and event.answer == TO_START:
            kept = kept[:floor] + [
                e for e in kept[floor:] if e.type != "feedback" and not moves_on(e)
            ]
        elif event.type == "undone":
            for i in range(len(kept) - 1, floor - 1, -1):
                if kept[i].type == "feedback" or moves_on(kept[i]):
                    del kept[i]
                    break
            else:  # no answer since the model was found: it is what is taken back
                if len(floors) > 1:
                    del kept[floors.pop() - 1]
        else:
            kept.append(event)
            if event.type == "model-found":
                floors.append(len(kept))
    return kept


TITLE = "title"
"""The key an answer event keeps its page's title under, as it was shown (a later knowledge
base, or what feeds the camera, may name that page otherwise)."""
ATTEMPT = "attempt"
"""The key an answer to an attempt's first page keeps what that attempt asked for under, as
its page said it ("Give the doorbell the power it needs, then reset: the transformer's
voltage and VA, or the battery instead"): a report that read only "Enough power — I can't do
this" told support nothing of what was asked (support-report review 75 G, #3)."""
LABEL = "label"
"""The key an answer event keeps the chosen answer's words under, as its page showed them (a
label renamed since read in a report as if chosen: session-65 diff review, H #12); an
`overtaken` note keeps the refused answer's words under it."""
