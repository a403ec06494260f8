"""An answer another screen's overtook: two screens (a helpdesk agent's desk, the customer's
phone) answered one step at once, and only the first to land was saved.

The second is refused as stale, but no longer lost: the agent carried on believing the camera
reacted while the person holding it had said it did not (helpdesk review 60, #3). It is
logged as an `overtaken` side event (the step, the answer refused, its words as shown), which
moves no step: replay only notes it on the answer kept, for the page after it and the report.
Logs without one replay as before, and no logged event is read another way, so it needs no
rules constant. The same answer sent twice is no disagreement: it is the answer kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from camreset.core.present.detour_steps import answer_words
from camreset.core.session.commands import Command, command_event
from camreset.core.session.events import LABEL, TITLE, SessionEvent, effective, moves_on
from camreset.core.session.screens import BY, SCREEN, VIA
from camreset.core.session.state import HistoryEntry, SessionFold, SessionState
from camreset.errors import SessionError

OVERTAKEN = "overtaken"
KEPT = "kept"
"""In an `overtaken` event's data: the id of the answer that was saved first."""
ANSWERING = frozenset({"answer", "done", "skip"})


@dataclass(frozen=True)
class Clash:
    """A refused answer to the step answered last: the answer `kept`, and the `overtaken`
    event to log (None: noted already, or `again`: the same answer, sent twice)."""

    kept: HistoryEntry
    event: SessionEvent | None
    again: bool = False

    def kept_words(self) -> dict[str, str]:
        """The answer kept, as a refused caller is told it."""
        k = self.kept
        words = {"answer": k.answer, "answer_label": k.answer_label, "title": k.title}
        return {"step": k.step, **words}


def clash(
    state: SessionState,
    command: Command,
    at: datetime,
    replay: Callable[[Sequence[SessionEvent]], SessionState],
) -> Clash | None:
    """The clash of a command refused as stale with the answer saved first on its step; None
    when it answered an older step (a page restored by Back), or is no answer at all."""
    if command.type not in ANSWERING or not state.history:
        return None
    kept = state.history[-1]
    events = list(state.events)
    counting = {id(e) for e in effective(events)}
    found = [i for i, e in enumerate(events) if id(e) in counting and moves_on(e)]
    if kept.step != command.step or not found or events[found[-1]].step != kept.step:
        return None
    before = replay(events[: found[-1]])  # the step as both screens showed it
    if before.current.id != command.step:
        return None
    try:
        refused = command_event(before, command, at)
    except SessionError:  # not an answer that page offered: nothing the two disagreed on
        return None
    if refused.answer is None or refused.type not in ("answered", "done", "skipped"):
        return None
    if refused.answer == kept.answer:
        return Clash(kept, None, again=True)
    noted = (e.answer for e in events[found[-1] :] if e.type == OVERTAKEN and e.step == kept.step)
    if refused.answer in noted:  # sent again: the log keeps it once
        return Clash(kept, None)
    words = answer_words(before.current, refused.answer)
    data = {TITLE: kept.title, LABEL: words, KEPT: kept.answer}
    data |= {k: v for k, v in refused.data.items() if k in (SCREEN, BY, VIA)}  # who sent it:
    # named on the screen whose answer was kept (session 71); replay reads only the words
    event = SessionEvent(type=OVERTAKEN, at=at, step=command.step, answer=refused.answer, data=data)
    return Clash(kept, event)


def note_overtaken(fold: SessionFold, event: SessionEvent) -> None:
    """Replay: the refused answer, noted on the answer kept (if that still stands)."""
    last = fold.history[-1] if fold.history else None
    words = str(event.data.get(LABEL) or event.answer)
    if last is None or last.step != event.step or words in last.overtaken:
        return
    fold.history[-1] = replace(last, overtaken=(*last.overtaken, words))
