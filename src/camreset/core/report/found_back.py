"""A model found on the label and taken back by undo, in the report's "taken back".

Undo takes back a model found with nothing answered since (a label read off the wrong camera,
a mis-tap: review N F1); support then read the steps of another model, or of none, with no
trace that the session once ran as that model. It is listed once, beside the answers taken
back, with when it was found and when it was taken back.
"""

from __future__ import annotations

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.present.found_words import FOUND_ROW
from camreset.core.report.steps import ReportTakenBack, taken_back
from camreset.core.session import SessionEvent, SessionState
from camreset.core.session.events import effective
from camreset.core.session.model_found import MODEL_FOUND
from camreset.core.session.screens import BY, SCREEN


def taken_back_all(kb: KnowledgeBase, state: SessionState) -> list[ReportTakenBack]:
    """The answers taken back and the models found taken back, in the order they were given."""
    rows = [*taken_back(state), *_found_taken_back(kb, state)]
    return sorted(rows, key=lambda t: t.at)


def _found_taken_back(kb: KnowledgeBase, state: SessionState) -> list[ReportTakenBack]:
    events = list(state.events)
    kept = {id(e) for e in effective(events)}
    rows = []
    for i, event in enumerate(events):
        if event.type != MODEL_FOUND or id(event) in kept:
            continue
        undo = _undo_of(events, i)
        model_id = str(event.data.get("model"))
        model = kb.models.get(model_id)
        rows.append(
            ReportTakenBack(
                title=FOUND_ROW,
                answer=model.name if model is not None else model_id,
                at=event.at,
                screen=event.data.get(SCREEN),
                by=event.data.get(BY),
                undone_at=undo.at if undo else None,
                undone_screen=undo.data.get(SCREEN) if undo else None,
                undone_by=undo.data.get(BY) if undo else None,
                model_id=model_id,
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
