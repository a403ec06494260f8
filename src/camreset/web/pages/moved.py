"""What moved a session on elsewhere, told to a page that did not see it happen.

A step page open on two screens (a helpdesk agent's desk, the customer's phone) learns that
the other one answered: its script asks `/s/{id}/now`, and a page shown after the move says so.
Both say what was answered, in the words the undo button uses ("“X” to “Y”"), not only that
something changed: a person who hears the page change is told why.
"""

from __future__ import annotations

from dataclasses import dataclass

from camreset.core.session import SessionState
from camreset.core.session.events import SIDE_EVENTS, STEP_EVENTS, effective
from camreset.core.session.taken_back import TakenBack

SOMEWHERE = "The session has changed on another screen."
"""When what changed cannot be named (the end page's question answered, say)."""


@dataclass(frozen=True)
class Moved:
    said: str
    """What was done elsewhere: "The other screen answered “Done” to “Press reset”."."""
    here: str
    """What the page now shown is, after that: "This is the next step."."""


def moved_words(state: SessionState, *, here: bool = False) -> Moved:
    """The last step-moving event of `state`, said for a page that did not see it; `here`:
    this browser gave it (another tab), so it is not "the other screen"."""
    who = "Another tab in this browser" if here else "The other screen"
    at = _last_move(state)
    last = state.events[at] if at >= 0 else None
    if last is not None and last.type in STEP_EVENTS and state.history:
        entry = state.history[-1]
        if entry.at == last.at and entry.answer_label:
            said = f"{who} answered “{entry.answer_label}” to “{entry.title}”."
            return Moved(said, "This is the next step.")
    return taken_back_words(state, who=who) or Moved(SOMEWHERE, "Here is where it is now.")


def _last_move(state: SessionState) -> int:
    """The index of the last event that moved a step (not a detail, hold or check), or -1."""
    kinds = [e.type for e in state.events]
    return next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] not in SIDE_EVENTS), -1)


def _taken_back(state: SessionState) -> TakenBack | None:
    """The answer the last undo took back, if the session's last step-moving event is an undo
    of an answer (not of the end page's question)."""
    events, at = list(state.events), _last_move(state)
    if at < 0 or events[at].type != "undone":
        return None
    kept = {id(e) for e in effective(events[: at + 1])}
    dropped = [e for e in effective(events[:at]) if id(e) not in kept]
    taken = [t for t in state.taken_back if dropped and t.at == dropped[0].at]
    return taken[-1] if taken else None


def taken_back_words(state: SessionState, *, who: str) -> Moved | None:
    """The answer the last undo took back, said for a page that did not see it."""
    taken = _taken_back(state)
    if taken is None:
        return None
    said = f"{who} took back the answer “{taken.answer_label}” to “{taken.title}”."
    return Moved(said, "This is that step again.")


def your_undo_words(state: SessionState) -> Moved | None:
    """The same, on the page this browser's own undo led to: its heading is that question
    already, so it names the answer only."""
    taken = _taken_back(state)
    if taken is None:
        return None
    return Moved(f"You took back “{taken.answer_label}”.", "Answer this step again.")


def overtaken_words(state: SessionState, *, here: bool) -> str | None:
    """The answers another screen gave the step answered last, refused as this one landed
    first, said on the step after it: the agent whose "Yes" won was never told that the
    customer's phone said "No" (helpdesk review 60, #3). `here`: this browser gave the
    answer kept."""
    last = state.history[-1] if state.history else None
    if last is None or not last.overtaken:
        return None
    theirs = " and ".join(f"“{words}”" for words in last.overtaken)
    again = "If that is wrong, go back one step."
    if here:
        return (
            f"The other screen answered {theirs} to “{last.title}” too; your "
            f"“{last.answer_label}” came first and was kept. {again}"
        )
    return (
        f"Two screens answered “{last.title}”: “{last.answer_label}” came first and was kept; "
        f"{theirs} was not saved. {again}"
    )
