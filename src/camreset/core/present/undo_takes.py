"""What the undo button would take back where it is the model found on the label, in words:
the web's Back button and the terminal's `u` named an answer they would not take back.
"""

from __future__ import annotations

from camreset.core.present.found_words import takes_found_back, undo_found
from camreset.core.present.screen_names import given_where, who_did
from camreset.core.session import SessionState
from camreset.core.session.events import effective, moves_on
from camreset.core.session.model_found import MODEL_FOUND


def undo_takes_found(state: SessionState, *, elsewhere: bool = False) -> str | None:
    """The undo button's words where it would take back the model found (nothing answered
    since): "Back: undo my last answer" named an answer it would not take back; None
    elsewhere. `elsewhere`: another screen found it, and the words say which."""
    what = undo_takes(state)
    if what is None:
        return None
    found = [e for e in effective(list(state.events)) if e.type == MODEL_FOUND]
    where = given_where(who_did(found[-1].data)) if elsewhere and found else ""
    return undo_found(state.model.name, where)


def undo_takes(state: SessionState) -> str | None:
    """What undo would take back where it is the model found, in words: "take back the model
    found (Ring Video Doorbell 3)", the terminal's `u` (the web's Back button's words); None
    where it takes back an answer."""
    if state.fold.found is None:
        return None
    events = effective(list(state.events))
    at = max(i for i, e in enumerate(events) if e.type == MODEL_FOUND)
    if any(e.type == "feedback" or moves_on(e) for e in events[at + 1 :]):
        return None
    return takes_found_back(state.model.name)
