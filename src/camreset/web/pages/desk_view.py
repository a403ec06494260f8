"""What a step page shows beside the step for whoever follows the session, often a helpdesk:
what has been answered, by which screen, with the holds and waits the log measured.

Its own module: the session page had reached the 400 lines a module may have.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from camreset.app.local_time import local_zone
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.report import build_report
from camreset.core.report.history_rows import history_rows, taken_back_rows
from camreset.core.session import SessionState
from camreset.web.pages.answered_here import given_here


def desk_view(
    request: Request, session_id: str, state: SessionState, kb: KnowledgeBase
) -> dict[str, Any]:
    """The page's `history` and `history_back` rows, from the report's own rows."""
    if not state.history and not state.taken_back:
        return {"history": [], "history_back": []}
    report = build_report(kb, state, zone=local_zone())
    events = list(state.events)
    here = {events[c - 1].at for c in given_here(request, session_id) if 0 < c <= len(events)}
    return {"history": history_rows(report, here), "history_back": taken_back_rows(report)}
