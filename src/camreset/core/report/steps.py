"""The report's list of steps: what was shown, what was said, when, and how long it took.

A step answered from a file (`camreset guide --answers`) keeps its clock time but no time
spent: the seconds between two lines of a file read in one go are not how long the person
took, and support reading "0 s" beside "Let the camera restart" would take it as a rushed
wait (technician review 51).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from camreset.core.session import SessionEvent, SessionState, StepRef
from camreset.core.session.commands import SCREEN, SCRIPTED
from camreset.core.session.events import ATTEMPT, LABEL, effective, moves_on, timed_late
from camreset.core.session.overtaken import KEPT, OVERTAKEN
from camreset.core.session.screens import BY


class Frozen(BaseModel):
    """The report's models: built once, never changed, no field left unknown."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class ReportStep(Frozen):
    """One step the person was shown, in order: when it was answered, how long it took, the
    hold it asked for and the hold the timer measured, what came of it, and why that result
    proves little (if it does)."""

    number: int
    step_id: str
    kind: str
    title: str
    answer_id: str | None
    answer: str | None
    at: datetime | None = None
    seconds: float | None
    held: float | None = None
    away: float | None = None
    """Of the time before it was answered, how long the session was left (then resumed): not
    counted in `seconds`."""
    wait: float | None = None
    """A wait's own length (a night away is not a wait that ran all night)."""
    held_note: str | None = None
    """How the hold compares with the hold asked for ("longer than the 10 s asked for at
    most"); None: within it, or not timed."""
    told: str | None = None
    """For a hold, the hold it asked for, as the page said it."""
    attempt: str | None = None
    """On an attempt's first page, what the attempt asked for, as the page said it (`ATTEMPT`;
    a log written before has none): the formats print it as they print `told` (`told_once`)."""
    result: str | None
    """What came of it, in the words every format prints (`BEFORE_SUPPORT`)."""
    result_code: str | None = None
    """For a look before support, its result as a code that stays for programs."""
    doubt: str | None = None
    scripted: bool = False
    """Answered from a file, not by a person at that moment: `seconds` is None."""
    overtaken: list[str] = []
    """Answers another screen gave this step too, not saved as this one came first."""
    screen: str | None = None
    """Where the answer was given: "starter" (the screen that started the session), "other"
    (another browser or terminal, the API on a session started elsewhere); None: not known (a
    log written before)."""
    by: str | None = None
    """Who the client said gave it ("helpdesk"), if it said so (helpdesk review 70, H #1)."""
    held_late: bool = False
    """The hold was timed after the answer, on another screen than the answer's (the phone
    held on while the desk answered): `seconds` ends before it (merged-diff review 67, N #6:
    "Time spent: 6.5 s … Button held (timed): 17 s" read as a contradiction)."""
    held_screen: str | None = None
    """Where the hold was timed, as `screen` (None: not known, or a log written before)."""
    held_start: str | None = None
    """Where a hold timed from its start on another screen to this answer was started:
    "starter", "other", "helpdesk", "" (not known); None: timed on the answer's own screen
    (core/session/held_elsewhere.py; helpdesk review 74 F, #3)."""
    held_again: bool = False
    """The hold was timed after an earlier answer to this page, on another screen, and that
    answer was taken back and given again (this one): the hold is this answer's now, shown
    here only, not under the answer taken back too (merged-diff review 68, N #4)."""
    before_model_found: bool = False
    """Answered on the usual steps, before the model was found on the label (review N F11)."""
    kept_for_model: bool | None = None
    """Of a step `before_model_found`: whether the model's steps took its answer as their own
    (False: an attempt, or an answer its page does not offer); None: after, or no model found."""


BEFORE_SUPPORT = {
    "kept the answer": (
        "recheck-no-new-answer",
        "asked again before support: no new answer, the earlier one stands",
    ),
    "same answer on a second look": (
        "recheck-same-answer",
        "asked again before support: same answer",
    ),
    "answer changed on a second look": (
        "recheck-answer-replaced",
        "asked again before support: this answer replaces the earlier one",
    ),
    "not seen on a last look": (
        "last-look-still-no",
        "looked at once more before support: still no",
    ),
    "seen on a last look": ("last-look-seen", "seen on a last look"),
    "could not tell on a last look": ("last-look-not-sure", "could not tell on a last look"),
    "could not look again": ("last-look-not-taken", "could not look again"),
}
"""The results of the looks before support, as a code and in words for a third party: "kept
the answer" and "not seen on a last look" read to a vendor's support as doubts, and a changed
answer did not say which one stands (support-report review 67 I, #11, #3); the JSON kept them
while the other formats reworded them (review 67 N, #14)."""


class ReportTakenBack(Frozen):
    """An answer the person took back (undo): what support should still know happened."""

    title: str
    answer: str
    at: datetime
    held: float | None = None
    screen: str | None = None
    """Where the answer was given, as `ReportStep.screen`: the steps tried marked another
    screen's answer, the same answer taken back lost the mark (merged-diff review 67, N #3)."""
    by: str | None = None
    """As `ReportStep.by`."""
    undone_at: datetime | None = None
    """When it was taken back (the row's own time is the answer's: helpdesk review 70, H #9)."""
    undone_screen: str | None = None
    """Where it was taken back, as `screen` (None: not known, or a log written before)."""
    undone_by: str | None = None
    """Who the client that took it back said it was, as `by`."""
    held_late: bool = False
    """As `ReportStep.held_late`: the hold was timed after this answer, on another screen; the
    step's row said so, the same answer taken back did not (merged-diff review 68, N #3)."""
    held_screen: str | None = None
    """Where a hold timed late was timed, as `ReportStep.held_screen`."""
    overtaken: list[str] = []
    """As `ReportStep.overtaken`: the other screen's answer to the same step, not saved; the
    step's row named it, the same answer taken back did not (merged-diff review 68, N #3)."""
    model_id: str | None = None
    """A model found on the label, taken back by undo: its id (`title` "Model found",
    `answer` its name); None: an answer."""


def report_steps(state: SessionState) -> list[ReportStep]:
    """Every answered step, then the step on screen if its hold was timed."""
    answers = [e for e in effective(list(state.events)) if moves_on(e)]
    scripted = {e.step for e in answers if e.data.get(SCRIPTED)}
    screens = {e.step: e.data.get(SCREEN) for e in answers}
    by = {e.step: e.data.get(BY) for e in answers}
    attempts = {e.step: e.data.get(ATTEMPT) for e in answers}  # first pages (75 G, #3)
    late = {(e := state.events[i]).step: e.data.get(SCREEN) for i in timed_late(state.events)}
    again = _held_again(state)
    late |= {step: screen for step, (screen, _) in again.items()}
    found = state.fold.found
    return [
        ReportStep(
            number=n,
            step_id=h.step,
            kind=h.kind,
            title=h.title,
            answer_id=h.answer,
            answer=h.answer_label,
            at=h.at,
            seconds=None if h.step in scripted else h.seconds - h.away,
            away=h.away or None,
            wait=h.wait,
            held=h.held,
            held_note=h.held_note,
            told=h.told,
            attempt=attempts.get(h.step),
            result_code=BEFORE_SUPPORT.get(h.result or "", (None, h.result))[0],
            result=BEFORE_SUPPORT.get(h.result or "", (None, h.result))[1],
            doubt=h.doubt,
            scripted=h.step in scripted,
            overtaken=list(h.overtaken),
            screen=screens.get(h.step),
            by=by.get(h.step),
            held_late=h.held_start is None
            and h.held is not None
            and h.step in late
            and h.step not in again,
            held_screen=late.get(h.step) if h.held is not None and h.held_start is None else None,
            held_start=h.held_start,
            held_again=h.held is not None and h.step in again,
            before_model_found=found is not None and n <= found.before,
            kept_for_model=h.step in found.carried if found and n <= found.before else None,
        )
        for n, h in enumerate(state.history, start=1)
    ] + _held_on_screen(state)


def taken_back(state: SessionState) -> list[ReportTakenBack]:
    screens = {e.at: e.data.get(SCREEN) for e in state.events if moves_on(e)}  # by when given
    by = {e.at: e.data.get(BY) for e in state.events if moves_on(e)}
    late, moved = _late_holds(state), {at for _, at in _held_again(state).values()}
    refused, undos = _refused(state), _undos(state)
    return [
        ReportTakenBack(
            title=t.title,
            answer=t.answer_label,
            at=t.at,
            held=held,
            screen=screens.get(t.at),
            by=by.get(t.at),
            undone_at=undo.at if undo else None,
            undone_screen=undo.data.get(SCREEN) if undo else None,
            undone_by=undo.data.get(BY) if undo else None,
            held_late=held is not None and t.at in late,
            held_screen=late.get(t.at) if held is not None else None,
            overtaken=refused.get(t.at, []),
        )
        for t in state.taken_back
        if t.model is None  # a model found: found_back.py, with who found it
        for held in [None if t.at in moved else t.held]  # on the answer given again
        for undo in [undos.get(t.at)]
    ]


def _undos(state: SessionState) -> dict[datetime, SessionEvent]:
    """Of the answers given, by when, the undo that took each back."""
    events, out = list(state.events), dict[datetime, SessionEvent]()
    for i, event in enumerate(events):
        if event.type == "undone":
            kept = {id(e) for e in effective(events[: i + 1])}
            for gone in effective(events[:i]):
                if id(gone) not in kept and moves_on(gone):
                    out.setdefault(gone.at, event)
    return out


def _held_again(state: SessionState) -> dict[str, tuple[str | None, datetime]]:
    """The standing answers whose hold was timed late on an answer to the same page since
    taken back (the desk's early "Done", its "← Back", then "Done" again): by step, where the
    hold was timed and when the answer taken back was given. The session folds that hold
    before the answer given again, as its own: one 17 s hold read twice, on the standing row
    as timed with the desk's answer (merged-diff review 68, N #4)."""
    events = list(state.events)
    kept = {id(e) for e in effective(events)}
    held = {h.step: h.held for h in state.history}
    out: dict[str, tuple[str | None, datetime]] = {}
    for i in timed_late(events):
        hold = events[i]
        first = next((j for j in range(i - 1, -1, -1) if moves_on(events[j])), None)
        if first is None or id(events[first]) in kept:
            continue  # its answer stands: a late hold, said as that
        page = replace(StepRef.parse(str(hold.step)), seq=0)
        for event in events[i + 1 :]:
            if event.type == "hold" and event.step != hold.step:
                break  # timed on the page shown again: that one is the answer's
            if moves_on(event) and id(event) in kept and event.step:
                same = replace(StepRef.parse(event.step), seq=0) == page
                if same and held.get(event.step) == hold.data.get("seconds"):
                    out[event.step] = (hold.data.get(SCREEN), events[first].at)
                break
    return out


def _refused(state: SessionState) -> dict[datetime, list[str]]:
    """Of the answers given, by when, the other screen's answers to the same step refused as
    they came first, in their words (core/session/overtaken.py)."""
    events, out = list(state.events), {}
    for i, event in enumerate(events):
        if moves_on(event) and event.step is not None:
            notes = [
                e for e in events[i + 1 :]
                if e.type == OVERTAKEN and e.step == event.step and e.data.get(KEPT) == event.answer
            ]  # fmt: skip
            if notes:
                out[event.at] = [str(e.data.get(LABEL) or e.answer) for e in notes]
    return out


def _late_holds(state: SessionState) -> dict[datetime, str | None]:
    """Of the answers given, by when, those whose hold was timed after them, and where: a
    hold timed with an answer comes before it, so one after it (and none before, on its
    step) was timed late, on another screen (as `taken_back` picks a taken-back answer's)."""
    events, late = list(state.events), {}
    for i in timed_late(events):
        hold = events[i]
        at = next((j for j in range(i - 1, -1, -1) if moves_on(events[j])), None)
        if at is None or events[at].at in late:
            continue
        if not any(e.type == "hold" and e.step == hold.step for e in events[:at]):
            late[events[at].at] = hold.data.get(SCREEN)
    return late


UNANSWERED = "not answered yet (the session was left on this step)"


def _held_on_screen(state: SessionState) -> list[ReportStep]:
    """The step on screen, when its hold was timed and it was not answered: the terminal said
    "Saved to the report." and the person left (a technician's 30 s hold was in no report)."""
    held, step = state.fold.held, state.current
    if held is None or state.finished or (held[0], held[1]) != (step.ref.ref, step.ref.stage):
        return []
    events = list(state.events)
    undone = max((i for i, e in enumerate(events) if e.type == "undone"), default=-1)
    timed = [e for e in events[undone + 1 :] if e.type == "hold" and e.step == step.id]
    if not timed:  # timed before an undo: that hold is with the answer taken back
        return []
    return [
        ReportStep(
            number=len(state.history) + 1,
            step_id=step.id,
            kind=step.kind,
            title=step.title,
            answer_id=None,
            answer=None,
            at=timed[-1].at,
            seconds=None,
            held=held[2],
            held_note=state.fold.held_note,
            result=UNANSWERED,
        )
    ]
