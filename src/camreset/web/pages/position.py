"""Where a step page's `?at=N` stands against the session now, when it is reloaded or opened
again with Back (without JavaScript, reloading is how a page learns what happened).

Its own module: the session page's handlers had reached the 400 lines a module may have.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from starlette.requests import Request
from starlette.responses import Response

from camreset.core.session import SessionEvent, SessionState
from camreset.core.session.step_again import shown_then
from camreset.web.pages.render import render


def older_step(
    state: SessionState, at: int, replay: Callable[[Sequence[SessionEvent]], SessionState]
) -> bool:
    """Whether a page at position `at` shows an older step than the session's current one.

    A step is numbered by the events that moved the session on, an undo among them, so an
    answer given and taken back on another screen numbers the very step a page still shows
    anew (3, then 5): that page is not older, and its reload asked "Undo your last answer?"
    of the phone's own, correct answer (review 65 D, #1)."""
    if at >= state.current.ref.seq:
        return False
    then = shown_then(state, at, replay)
    if then is None:
        return True
    same = replace(then.current.ref, seq=0) == replace(state.current.ref, seq=0)
    return not (same and then.history == state.history)


def said_here(state: SessionState, at: int) -> bool:
    """Whether a notice of what was just done (an answer not saved, one taken back, details
    saved) still belongs on a page at `at`: only while the session is where it was said.
    The notice is in the address, so a reload after the session moved on said "Answer not
    saved" again, naming the other screen's answer, which was saved (review 65 D, #2)."""
    return at == state.current.ref.seq


def went_back(request: Request, session_id: str, state: SessionState, current_url: str) -> Response:
    """The browser went back to an older step: offer to undo the last answer, or stay (at
    `current_url`)."""
    return render(
        request,
        "back.html",
        title="Undo your last answer?",
        session_id=session_id,
        state=state,
        last=state.history[-1],
        step=state.current,
        current_url=current_url,
    )
