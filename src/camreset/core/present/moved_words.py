"""What moved a session on elsewhere, in words for a screen that did not see it happen.

A session open on two screens (a helpdesk agent's desk, the customer's phone; a terminal and a
browser) learns that the other one answered or took answers back: the web page from its `/now`
or a refused answer, the terminal when its answer, undo or timed hold is refused. Its own
module, out of the web's pages, so that both say the same words: the terminal said only
"another screen took back an answer meanwhile" of seven, and nothing of the hold it had timed
(session 68, K). What an undo took back: taken_back_words.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from camreset.core.present.found_words import found_by
from camreset.core.present.moved import SOMEWHERE, Moved, last_move
from camreset.core.present.names import camera_name
from camreset.core.present.number_words import clock
from camreset.core.present.screen_names import held_from, mid_sentence, who_all, who_did
from camreset.core.present.taken_back_words import taken_back_words
from camreset.core.session import HistoryEntry, SessionState
from camreset.core.session.events import STEP_EVENTS, SessionEvent
from camreset.core.session.model_found import MODEL_FOUND


def moved_words(
    state: SessionState,
    *,
    here: bool = False,
    since: SessionState | None = None,
    mine: frozenset[int] = frozenset(),
    who: str | None = None,
) -> Moved:
    """The last step-moving event of `state`, said for a page that did not see it; `here`:
    this browser gave it (another tab), so it is named so; `since`: the session as that page
    showed it, when known (answers taken back since are said first, then every answer given
    since, but this browser's own: `mine`, the event counts after them); `who`, the name an
    API client is given for requests through the API (screen_names.who_did). Who did it is
    named by its event's marks, the same on every screen (screen_names.py)."""
    after = len(since.events) if since is not None else 0
    took = undoer(state.events[after:], here=here, api=who)
    theirs = frozenset() if here else mine
    if since is not None:
        undone = _since_words(state, since, took, theirs, here=here, api=who)
        if undone is not None:
            return undone
    at = last_move(state)
    last = state.events[at] if at >= 0 else None
    if last is not None and last.type in STEP_EVENTS and state.history:
        entry = state.history[-1]
        if entry.at == last.at and entry.answer_label:
            name = who_did(last.data, here=here, api=who)
            said = f"{name} answered “{entry.answer_label}” to “{entry.title}”{held_said(entry)}."
            return Moved(said, "This is the next step.")
    if last is not None and last.type == MODEL_FOUND:  # no answer: say who found which model
        name = camera_name(state.model.line, state.model.name)
        found = found_by(who_did(last.data, here=here, api=who), name)
        return Moved(found, "Here is where it is now.")  # the step's notice says what was kept
    gone = taken_back_words(state, who=took, mine=theirs, api=who)
    return gone or Moved(SOMEWHERE, "Here is where it is now.")


def undoer(events: Sequence[SessionEvent], *, here: bool = False, api: str | None = None) -> str:
    """Who made the last undo among `events`, in `who_did`'s words."""
    undo = next((e for e in reversed(events) if e.type == "undone"), None)
    return who_did(undo.data if undo is not None else {}, here=here, api=api)


def _since_words(
    state: SessionState,
    since: SessionState,
    who: str,
    mine: frozenset[int],
    *,
    here: bool = False,
    api: str | None = None,
) -> Moved | None:
    """Answers taken back since the page showed `since`, then every one given: a page left on
    "Contact Wyze support" was told only "The other screen answered “Done” to “Release it”",
    not that three answers and the ending were undone (phone review 60, #19), and the agent's
    page three quick answers later only the last (helpdesk review 67, E #3). None when one
    answer only was taken back or given, and nothing more (the last move says it). `who`:
    who took them back; those who gave the new ones are named by their own marks."""
    old, now = since.history, state.history
    same = next(
        (i for i, (a, b) in enumerate(zip(old, now, strict=False)) if _key(a) != _key(b)), None
    )
    common = min(len(old), len(now)) if same is None else same
    count = {(e.step, e.at): i + 1 for i, e in enumerate(state.events)}
    new = [h for h in now[common:] if h.answer_label and count.get((h.step, h.at)) not in mine]
    undone = len(old) - common
    ended = since.finished and (not state.finished or state.current.title != since.current.title)
    if not ended and (len(new) <= 1 if not undone else (undone == 1 and not new)):
        return None  # one answer given or taken back: the last move says it
    events = state.events
    gave = who_all(
        who_did(events[count[(h.step, h.at)] - 1].data, here=here, api=api)
        if (h.step, h.at) in count
        else who_did({}, here=here, api=api)
        for h in new
    )
    said = f"{who} took back {'an answer' if undone == 1 else f'{undone} answers'}"
    said = said if undone else gave
    said += f", so the end “{since.current.title}” no longer stands" if ended else ""
    if not new:
        return Moved(f"{said}.", "This is the step they went back to.")
    then = ", then" if gave == who else f"; {mid_sentence(gave)}"
    return Moved(f"{said}{then if undone else ''} {given_words(new)}", "This is the next step.")


def _key(entry: HistoryEntry) -> tuple[str, str, object]:
    """An answer as given: a hold timed late, or a refused answer noted beside it, changes
    its entry but is no new answer."""
    return entry.step, entry.answer, entry.at


LISTED = 4
"""Answers a notice names one by one; of more, the last ones (the rest are in "What you've
done so far")."""


def given_words(new: Sequence[HistoryEntry]) -> str:
    """ "answered “X” to “Y”.", or of several "gave 3 answers: “X” to “Y”; “Z” to “W”; …"."""
    said = [f"“{h.answer_label}” to “{h.title}”{held_said(h)}" for h in new[-LISTED:]]
    if len(new) == 1:
        return f"answered {said[0]}."
    some = "" if len(new) <= LISTED else f", the last {LISTED}"
    return f"gave {len(new)} answers{some}: {'; '.join(said)}."


def held_said(entry: HistoryEntry) -> str:
    """ " (held 14 s)": the hold the timer measured with an answer, as the log has it. The
    desk read "The other screen answered “Done, I let go” to “Hold the reset button…”" and
    had to ask how long, though the phone had timed 14 s (helpdesk review 70 H, #10)."""
    start = "" if entry.held_start is None else f", {held_from(entry.held_start)}"  # 74 F, #3
    return f" (held {clock(entry.held)}{start})" if entry.held is not None else ""
