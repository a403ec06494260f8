"""A model found on the label and taken back by undo, in the report's "taken back".

Undo takes back a model found with nothing answered since (a label read off the wrong camera,
a mis-tap: review N F1); support then read the steps of another model, or of none, with no
trace that the session once ran as that model. It is listed once, beside the answers taken
back, with when it was found and when it was taken back.
"""

from __future__ import annotations

from camreset.core.report.steps import ReportTakenBack, taken_back
from camreset.core.session import SessionEvent, SessionState
from camreset.core.session.events import effective
from camreset.core.session.model_found import MODEL_FOUND
from camreset.core.session.screens import BY, SCREEN


def taken_back_all(state: SessionState) -> list[ReportTakenBack]:
    """The answers taken back and the models found taken back, in the order they were given."""
    rows = [*taken_back(state), *_found_taken_back(state)]
    return sorted(rows, key=lambda t: t.at)


def found_marks(state: SessionState) -> dict[str, str | None]:
    """Where the model found that stands was entered and who said they entered it (the
    report's `model_found_screen`, `model_found_by`): its row named nobody (session 73)."""
    if state.fold.found is None:
        return {}
    event = next(e for e in effective(list(state.events)) if e.type == MODEL_FOUND)
    screen, by = event.data.get(SCREEN), event.data.get(BY)
    return {"model_found_screen": screen, "model_found_by": by}


def _found_taken_back(state: SessionState) -> list[ReportTakenBack]:
    """The models found taken back, as the session names them (core/session/taken_back.py),
    with who found each and who took it back."""
    events = list(state.events)
    kept = {id(e) for e in effective(events)}
    dropped = [i for i, e in enumerate(events) if e.type == MODEL_FOUND and id(e) not in kept]
    named = [t for t in state.taken_back if t.model is not None]  # in the log's order too
    rows = []
    for i, t in zip(dropped, named, strict=False):
        event, undo = events[i], _undo_of(events, i)
        rows.append(
            ReportTakenBack(
                title=t.title,
                answer=t.answer_label,
                at=t.at,
                screen=event.data.get(SCREEN),
                by=event.data.get(BY),
                undone_at=undo.at if undo else None,
                undone_screen=undo.data.get(SCREEN) if undo else None,
                undone_by=undo.data.get(BY) if undo else None,
                model_id=t.model,
            )
        )
    return rows


def _undo_of(events: list[SessionEvent], at: int) -> SessionEvent | None:
    """The undo that dropped the event at `at`."""
    for j in range(at + 1, len(events)):
        dropped = all(e is not events[at] for e in effective(events[: j + 1]))
        if events[j].type == "undone" and dropped:
            return events[j]
    return None
