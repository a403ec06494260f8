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

from rich.console import Group
from rich.text import Text

from camreset.core.present.moved_words import moved_words, your_undo_words
from camreset.core.report import Report, side_sections
from camreset.core.report.history_rows import history_rows
from camreset.core.session import SessionState

SO_FAR = "What you've done so far"
"""The web's heading for the same list (web/templates/step.html)."""


def so_far_view(report: Report, here: Collection[datetime] = ()) -> Group:
    """Every answer standing, oldest first, as the web's desk lists them (time, step, answer,
    and which screen gave it: `here`, when this run's answers were saved, is "on this
    screen"), then the answers taken back."""
    standing = history_rows(report, here)
    rows = [Text(f"{SO_FAR} ({len(standing)}):", style="step.title")]
    for row in standing:
        time, *notes = (full for full, _short in row.notes)
        said = " · ".join(notes)
        rows.append(Text(f"  {time}  {row.title} — {row.answer}" + (f" · {said}" if said else "")))
    if not standing:
        rows.append(Text("  Nothing answered yet."))
    for title, lines in side_sections(report)[:1] if report.taken_back else []:
        rows.append(Text(f"{title}:", style="step.title"))
        rows += [Text(f"  {line}") for line in lines]
    return Group(*rows)


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
