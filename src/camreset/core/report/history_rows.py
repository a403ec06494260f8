"""The step page's "What you've done so far", from the report's own rows: when each answer came,
which screen gave it, the hold the timer measured, a wait cut short, and the answers taken
back, in the words the report prints.

The desk's list was bare "title — answer" lines while the report, on another page, had the
rest: an agent asking "did you hold it the full 10 seconds?" had the answer in the log but
not on the screen (helpdesk review 70 H, #3).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from camreset.core.present.number_words import clock
from camreset.core.report.model import Report
from camreset.core.report.step_rows import LATE_HOLD_WHERE, held_note_words, row_time, row_times
from camreset.core.report.steps import ReportStep, ReportTakenBack
from camreset.core.session.commands import ANOTHER, STARTER
from camreset.core.session.screens import HELPDESK

THIS_SCREEN = ("on this screen", "this screen")
BY_HELPDESK = ("entered by the helpdesk", "helpdesk")
"""An answer a client said a helpdesk sent (the API's `by`), wherever it came from: the
report's "(entered by the helpdesk)" (merged-diff review 70, N #3: "on another screen")."""
WHERE = {
    STARTER: (LATE_HOLD_WHERE[STARTER], "first screen"),
    ANOTHER: (LATE_HOLD_WHERE[ANOTHER], "another screen"),
}
"""Where an answer was given, as the report says where a hold was timed, and in a phone's
short words; one this browser gave is "on this screen" (a log or an answer from the API that
says nothing: nothing)."""

Note = tuple[str, str]
"""A note in full, and as a phone shows it (the same words where they are short)."""


@dataclass(frozen=True)
class HistoryRow:
    """One answer as the page lists it: `notes` short enough for a phone's line, `more` the
    report's longer words beside them (shown where there is room)."""

    title: str
    answer: str
    notes: tuple[Note, ...]
    more: str = ""


def history_rows(report: Report, here: Collection[datetime] = ()) -> list[HistoryRow]:
    """The answers standing, in order; `here`: when this browser gave its answers."""
    rows = []
    for step, time in zip(report.steps, row_times(report), strict=True):
        if step.answer is None:
            continue  # a hold timed on the step on screen: the timer says it
        notes = [
            (time, time),
            *_where(step.screen, step.by, step.at, here),
            *_held(step),
            *_waited(step),
        ]
        if step.scripted:
            notes.append(("answered from a file", "from a file"))
        theirs = " and ".join(f"“{words}”" for words in step.overtaken)
        more = f"another screen answered {theirs}, not saved" if theirs else ""
        rows.append(HistoryRow(step.title, step.answer, tuple(notes), _joined(step, more)))
    return rows


def taken_back_rows(report: Report) -> list[HistoryRow]:
    """The answers taken back, as the report's "Answers taken back (undone)" lists them."""
    return [
        HistoryRow(
            t.title,
            t.answer,
            (
                _same(row_time(t.at, report.started_at)),
                *_where(t.screen, t.by, None, ()),
                *_held_back(t),
            ),
        )
        for t in report.taken_back
    ]


def _same(words: str) -> Note:
    return (words, words)


def _where(
    screen: str | None, by: str | None, at: datetime | None, here: Collection[datetime]
) -> list[Note]:
    if by == HELPDESK:
        return [BY_HELPDESK]
    if at is not None and at in here:
        return [THIS_SCREEN]
    return [WHERE[screen]] if screen in WHERE else []


def _held(step: ReportStep) -> list[Note]:
    return [_same(f"held {clock(step.held)}")] if step.held is not None else []


def _held_back(taken: ReportTakenBack) -> list[Note]:
    return [_same(f"held {clock(taken.held)}")] if taken.held is not None else []


def _waited(step: ReportStep) -> list[Note]:
    """A wait answered before its time was up ("waited 0.2 s of 3 min"): a start-up wait cut
    short keeps "pressed before the camera had finished starting" likely."""
    if step.kind != "wait" or step.wait is None or step.seconds is None or step.away:
        return []
    cut = step.seconds < step.wait
    return [_same(f"waited {clock(step.seconds)} of {clock(step.wait)}")] if cut else []


def _joined(step: ReportStep, more: str) -> str:
    return "; ".join(part for part in (held_note_words(step), more) if part)


def hold_on_screen_words(report: Report, screen: str | None, here: bool) -> str:
    """The hold timed and saved for the step on screen, not answered yet, as the log has it
    ("" if none): the desk showed "0.0 s" beside the customer's saved 14 s hold (helpdesk
    review 70 H, #10). Only what is saved: a timer still running elsewhere sends nothing."""
    row = next((s for s in report.steps if s.answer is None and s.held is not None), None)
    if row is None:
        return ""
    where = THIS_SCREEN[0] if here else WHERE[screen][0] if screen in WHERE else ""
    when = row_time(row.at, report.started_at)
    return (
        f"A hold of {clock(row.held)} was timed for this step{f' {where}' if where else ''} "
        f"at {when}, and saved: it goes with the answer given to this step."
    )
