"""A step a screen showed, and the id it has now: a step's id names its position (the count
of events that moved the session on, an undo among them), so an answer given and taken back
on another screen numbers the very page a screen still shows anew (3, then 5).

Its own module, out of the web's pages, so that every interface reads an old id the same way:
the web's forms took it as the step asked again, while the JSON API refused the same answer
with a bare 409 (session 69, B #2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from camreset.core.present.step import StepRef
from camreset.core.session.events import SIDE_EVENTS, SessionEvent, moves_on
from camreset.core.session.state import SessionState
from camreset.errors import SessionError

Replay = Callable[[Sequence[SessionEvent]], SessionState]


def shown_then(state: SessionState, at: int | None, replay: Replay) -> SessionState | None:
    """The session as a page at position `at` (its `?at=`) showed it, with what was said
    beside that step since (another screen's answer refused: a history that differed only
    by it read as "took back an answer, then gave 2 answers"); None if not known."""
    count = 0
    for i, event in enumerate(state.events):
        if event.type not in SIDE_EVENTS and (event.type != "network" or moves_on(event)):
            if count == at:
                return replay(state.events[:i])  # only a page left behind: seldom
            count += 1
    return None


def same_step_now(state: SessionState, step: str, replay: Replay) -> str:
    """The id the step a page shows as `step` has now: the session's current step when the
    session is back on that very page (its answer given and taken back on another screen:
    the same page, after the same answers), the answer's step when it was given again there
    and stands last; otherwise `step` itself. A page's step id names its position, which an
    undo changes: the phone timing a hold was told "the session is no longer on its step"
    and its 16 s hold was refused, after the desk took back its own early "Done, I let go"
    on that very step (merged-diff review 68, N #1). Not across a model found or taken back:
    an answer given on the model's page landed on the usual one, and nobody was told."""
    current = state.current.ref
    try:
        ref = StepRef.parse(step)
    except SessionError:
        return step
    if not 0 < ref.seq < current.seq:
        return step
    then = shown_then(state, ref.seq, replay)
    if then is None or then.current.id != step or then.model.id != state.model.id:
        return step  # a model found, or taken back since: its page is another camera's
    page, count = replace(ref, seq=0), len(then.history)
    if replace(current, seq=0) == page and state.history == then.history:
        return current.id
    again = state.history[count:]
    if len(again) == 1 and state.history[:count] == then.history:
        return again[0].step if replace(again[0].ref, seq=0) == page else step
    return step
