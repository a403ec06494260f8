"""Each step's row in the report: when it was answered, the time spent and the hold timed,
the answer, and the result, in the words the Markdown and the text report share.

Its own module: the report's rendering had reached the 400 lines a module may have.
"""

from __future__ import annotations

from datetime import datetime

from camreset.core.present.found_words import NOT_KEPT, found_between
from camreset.core.present.number_words import clock
from camreset.core.present.screen_names import found_who, held_from
from camreset.core.report.model import Report
from camreset.core.report.steps import ReportStep
from camreset.core.session.commands import ANOTHER, STARTER
from camreset.core.session.screens import HELPDESK


def titled_step(step: ReportStep, told: str | None) -> str:
    """A step's title, and for a hold the hold it asked for (the timer may not have run), in
    `told`'s words (render.py: `told_once`)."""
    return f"{step.title} (asked for: {told})" if told else step.title


def zone_words(at: datetime | None) -> str:
    """Whose clock a report's times are on: "UTC", or "UTC+01:00" for the person's own."""
    offset = at.utcoffset() if at is not None else None
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '-'}{hours:02d}:{rest:02d}"


def row_time(
    at: datetime | None, start: datetime | None = None, before: datetime | None = None
) -> str:
    """A row's time; with its own offset where the clock changed since `start` (the header's
    offset): the October change's repeated hour read 02:20 then 02:10 under one offset; and
    with its date on another day than the row `before` it (or the start): a session finished
    the next day read 05:40:40, then 02:37:07 (review 65 D, #3)."""
    if at is None:
        return "–"
    other = start is not None and at.utcoffset() != start.utcoffset()
    then = before or start
    day = then is not None and at.date() != then.astimezone(at.tzinfo).date()
    return at.strftime("%Y-%m-%d %H:%M:%S" if day else "%H:%M:%S") + (
        f" {zone_words(at)}" if other else ""
    )


def row_times(report: Report) -> list[str]:
    """Each step row's time, dated where the day changed since the row before."""
    times, before = [], report.started_at
    for s in report.steps:
        times.append(row_time(s.at, report.started_at, before))
        before = s.at or before
    return times


def held_words(step: ReportStep) -> str:
    """The timed hold, and how it compares with the hold asked for where it does not fit;
    one timed after the answer, on another screen, says so and where: "Time spent: 6.5 s"
    beside a 17 s hold read as a contradiction, and the only screen mark was the answer's,
    while the hold support cares about was timed at the camera (merged-diff review 67, N #6)."""
    note = held_note_words(step)
    return clock(step.held) + (f" ({note})" if note else "")


def held_note_words(step: ReportStep) -> str:
    """What `held_words` says beside the hold's seconds ("" if nothing): the report page sets
    it apart, where it may wrap (the seconds may not)."""
    notes = [step.held_note] if step.held_note else []
    where = LATE_HOLD_WHERE.get(step.held_screen, "")
    if step.held_start is not None:  # from a timer's start elsewhere (helpdesk 74 F, #3)
        notes.insert(0, f"{held_from(step.held_start)} to this answer")
    elif step.held_late:
        notes.insert(0, f"timed after this answer, {where}")
    elif step.held_again:  # after the same answer, taken back since (review 68, N #4)
        notes.insert(0, f"timed {where}, before this answer was given again")
    return "; ".join(notes)


LATE_HOLD_WHERE = {
    STARTER: "on the screen that started the session",
    ANOTHER: "on another screen",
    None: "on another screen than the answer's",
}
"""Where a hold timed after its answer was timed (never the answer's own screen: that one
sends its hold with the answer); a log written before knows only that it was elsewhere."""


def spent_words(step: ReportStep) -> str:
    """The time spent on a step, without a pause the session was left for (terminal review
    56, F7: a 15-second hold read "2 min 07 s" after a resume). On a wait the pause is
    waiting too: a wait that ran out while the session was left read "0.8 s (after a pause
    of 2 min 22 s)", as if skipped (review 65 D, #4). Left for longer than the wait itself,
    it is not "away while the wait ran": a 3-minute restart left overnight read "20 h 56 min
    (away for 20 h 56 min of it, while the wait ran)", as if it took all night (65 H, #8)."""
    if step.away and step.kind == "wait" and step.seconds is not None:
        if step.wait and step.away > step.wait:
            later = clock(step.seconds + step.away)
            return (
                f"{clock(step.wait)} wait, answered {later} after it began (the session was left)"
            )
        waited = clock(step.seconds + step.away)
        return f"{waited} (away for {clock(step.away)} of it, while the wait ran)"
    paused = f" (after a pause of {clock(step.away)})" if step.away else ""
    return clock(step.seconds) + paused


ELSEWHERE = " (entered on another screen)"
"""After an answer given on a screen other than the one that started the session (helpdesk
review 67, #5); which screen is whose is not guessed (helpdesk review 70, H #1)."""
BY_HELPDESK = " (entered by the helpdesk)"
"""After an answer a client said a helpdesk sent (the API's `by`), wherever it came from."""


def where_said(screen: str | None, by: str | None) -> str:
    """The mark after an answer: who said they gave it, else whether another screen did."""
    if by == HELPDESK:
        return BY_HELPDESK
    return ELSEWHERE if screen == ANOTHER else ""


def answer_said(step: ReportStep) -> str:
    """A step's answer, where it was entered if not on the screen that started the session,
    and the other screen's that was not saved, where two screens gave it different answers
    (helpdesk review 60, #3: the report kept only the one saved)."""
    theirs = " and ".join(f"“{words}”" for words in step.overtaken)
    other = f" (kept; another screen answered {theirs}, not saved)" if theirs else ""
    where = where_said(step.screen, step.by) if step.answer else ""
    dropped = NOT_KEPT if step.kept_for_model is False and step.kind == "question" else ""
    return (step.answer or "–") + where + other + dropped


def found_row(report: Report) -> tuple[int, str] | None:
    """After which step the model was found on the label, and the row saying so (None: no
    model found, or found before any step was answered)."""
    before = [s for s in report.steps if s.before_model_found]
    if report.model_found_at is None or not before:
        return None
    at = row_time(report.model_found_at, report.started_at, before[-1].at)
    who = found_who(report.model_found_screen, report.model_found_by)
    return before[-1].number, found_between(at, report.model_name or "", len(before), who)


def result_words(step: ReportStep) -> str:
    """A step's result, with why it rules nothing out when it does not."""
    result = step.result or "–"  # in support's words already (steps.py: BEFORE_SUPPORT)
    return f"{result} (rules nothing out: {step.doubt})" if step.doubt else result
