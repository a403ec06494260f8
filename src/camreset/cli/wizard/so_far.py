"""What the terminal says of answers given so far: the list (`l`), what an undo took back,
and what another screen did since the step was shown.

An agent resuming a customer's session by its short code saw only the step on screen: not
the three answers given on the phone, nor what `u` had just taken back, nor that the phone
had answered meanwhile (helpdesk review 70, H #2). The list is the web desk's rows, each
screen named from where it is read (core/report/history_rows: merged-diff review 70, N #2:
the agent's own answers read "entered on another screen"), the rest the web's words
(core/present/moved_words).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from camreset.cli.wizard.unbroken import Unbroken
from camreset.core.present.moved_words import moved_words
from camreset.core.present.taken_back_words import your_undo_words
from camreset.core.report import Report
from camreset.core.report.history_rows import HistoryRow, history_rows, taken_back_rows
from camreset.core.session import SessionState

SO_FAR = "What you've done so far"
"""The web's heading for the same list (web/templates/step.html)."""
BACK_TITLE = "Answers taken back (undone)"
"""The web's and the report's heading for the answers taken back."""


def so_far_view(report: Report, here: Collection[datetime] = ()) -> Group:
    """Every answer standing, oldest first, then the answers taken back, as the web's desk
    lists them: time, step, answer, and under it which screen gave it (`here`, when this
    run's answers were saved, is "on this screen"), the hold measured, a wait cut short.
    The time is a column of its own: a long row wraps under its text, not under the time,
    and never inside a duration ("14 s", "0.4 s of 2 min": unbroken.py)."""
    standing, back = history_rows(report, here), taken_back_rows(report)
    count = f"{len(standing)}, {len(back)} taken back" if back else f"{len(standing)}"
    parts: list[RenderableType] = [Text(f"{SO_FAR} ({count}):", style="step.title")]
    parts.append(_rows(standing) if standing else Text("  Nothing answered yet."))
    if back:
        parts += [Text(f"{BACK_TITLE}:", style="step.title"), _rows(back, " · taken back")]
    return Group(*parts)


def _rows(rows: list[HistoryRow], mark: str = "") -> Padding:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for row in rows:
        time, *notes = (full for full, _short in row.notes)
        said = " · ".join(notes) + (f" ({row.more})" if row.more else "") + mark
        said = said.removeprefix(" · ")  # the web's small print under the answer
        grid.add_row(time, Unbroken((f"{row.title} — {row.answer}", ""), (said, "fact.meta")))
    return Padding(grid, (0, 0, 0, 2))


def undo_words(back: SessionState, screen: str | None) -> str | None:
    """What this terminal's `u` took back, as the web's page says it after its own undo."""
    took = your_undo_words(back, screen)
    return None if took is None else f"{took.said} {took.here}"


def moved_since(shown: SessionState, now: SessionState) -> str | None:
    """What another screen did since this terminal showed `shown`, or None: nothing moved."""
    same = [(h.step, h.answer, h.at) for h in shown.history] == [
        (h.step, h.answer, h.at) for h in now.history
    ]
    if same and shown.current.id == now.current.id:
        return None
    moved = moved_words(now, since=shown)
    return f"{moved.said} {moved.here}"


def took_back_words(before: SessionState, after: SessionState) -> str:
    """What `s` did: it jumps over many answers, which a single `u` does not (the step just
    answered speaks for itself); the web's own link says the same."""
    taken = len(before.history) - len(after.history)
    answers = "your answer" if taken == 1 else f"your {taken} answers"
    return f"Took back {answers}: back to the first question."
