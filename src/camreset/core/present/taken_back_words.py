"""What the last undo took back (an answer, several, or the model found on the label), said
on every screen: the one that took it back, and one open on another screen that did not see it.

Out of moved_words.py, which says every move made elsewhere and asks this module only when the
last one was an undo (session 76, modules at the 400-line limit).
"""

from __future__ import annotations

from collections.abc import Mapping

from camreset.core.present.found_words import FOUND_BACK_HERE, found_taken_back
from camreset.core.present.moved import YOU, Moved, last_move
from camreset.core.present.screen_names import found_who, given_where, who_all, who_did, who_words
from camreset.core.session import SessionState
from camreset.core.session.commands import SCREEN
from camreset.core.session.events import SessionEvent, effective, moves_on
from camreset.core.session.model_found import MODEL_FOUND
from camreset.core.session.screens import API, BY, HELPDESK, VIA
from camreset.core.session.taken_back import TakenBack


def last_taken_back(state: SessionState) -> TakenBack | None:
    """The answer the last undo took back, if the session's last step-moving event is an undo
    of an answer (not of the end page's question)."""
    gone = _taken_gone(state)
    return None if gone is None else gone[0]


def _taken_gone(state: SessionState) -> tuple[TakenBack, SessionEvent, int] | None:
    """That answer, the event that gave it (its marks say who) and its event count."""
    events, at = list(state.events), last_move(state)
    if at < 0 or events[at].type != "undone":
        return None
    kept = {id(e) for e in effective(events[: at + 1])}
    dropped = [e for e in effective(events[:at]) if id(e) not in kept]
    taken = [t for t in state.taken_back if dropped and t.at == dropped[0].at and not t.model]
    if not taken:
        return None
    count = next(i + 1 for i, e in enumerate(events) if e is dropped[0])
    return taken[-1], dropped[0], count


def found_back(state: SessionState) -> TakenBack | None:
    """The model found on the label that the session's last move, an undo, took back."""
    gone = _found_gone(state)
    return None if gone is None else gone[0]


def _found_gone(state: SessionState) -> tuple[TakenBack, SessionEvent] | None:
    """That model found, and the event that said it was found (its marks say who)."""
    events, at = list(state.events), last_move(state)
    if at < 0 or events[at].type != "undone":
        return None
    kept = {id(e) for e in effective(events[: at + 1])}
    gone = {e.at: e for e in effective(events[:at]) if id(e) not in kept and e.type == MODEL_FOUND}
    found = next((t for t in state.taken_back if t.model is not None and t.at in gone), None)
    return None if found is None else (found, gone[found.at])


def found_back_words(
    state: SessionState, *, who: str, own: str | None = None, entered: bool = False
) -> Moved | None:
    """The model found the last undo took back, said on every screen (`who`: "You" on the
    one that took it back); None if it took back no model found. `entered`: who entered it
    is named as the report's rows name it (", entered by the helpdesk"), but not where it
    may have been entered by the reader itself (`own`: see `entered_by`)."""
    gone = _found_gone(state)
    if gone is None:
        return None
    found, event = gone
    named = entered_by(event.data, own) if entered else ""
    return Moved(found_taken_back(who, found.answer_label, named), FOUND_BACK_HERE)


def entered_by(data: Mapping[str, object], own: str | None) -> str:
    """Who entered a model found, by its event's marks (screen_names.found_who: ", entered
    by the helpdesk"); "" where the log does not say, or where the reader may have entered
    it itself and the helpdesk is not named: `own` is the reader's SCREEN mark, or API for
    the API, which cannot tell its own requests from another client's. The API said "You
    took back the model found" to a helpdesk whose customer had not entered it (session
    74)."""
    by = data.get(BY)
    mine = data.get(VIA) == API if own == API else data.get(SCREEN) == own
    if own is not None and mine and by != HELPDESK:
        return ""
    screen = data.get(SCREEN)
    return found_who(
        screen if isinstance(screen, str) else None, by if isinstance(by, str) else None
    )


def your_found_back(state: SessionState) -> str | None:
    """The API's notice on the document answering an undo that took back the model found:
    "You took back the model found, entered by the helpdesk: Ring Video Doorbell 3. The
    steps are the usual ones again, for any camera." (it said nothing, while a page following
    the session did)."""
    found = found_back_words(state, who=YOU, own=API, entered=True)
    return None if found is None else f"{found.said} {found.here}"


def taken_back_words(
    state: SessionState, *, who: str, mine: frozenset[int] = frozenset(), api: str | None = None
) -> Moved | None:
    """The answer or model found the last undo took back, said for a page that did not see it;
    who entered the answer too, where known and not the taker (`api`: see `moved_words`), or
    "your answer" where this screen gave it (`mine`): the phone read only who took it back
    (session 74 B, left over)."""
    if (found := found_back_words(state, who=who)) is not None:
        return found
    if (gone := _taken_gone(state)) is None:
        return None
    (taken, event, count), via = gone, gone[1].data.get(VIA)
    gave = api if api is not None and via == API else who_words(event.data)
    entered = f", entered {given_where(gave)}" if gave not in (None, who) else ""
    whose, entered = ("your answer", "") if count in mine else ("the answer", entered)
    said = f"{who} took back {whose} “{taken.answer_label}” to “{taken.title}”{entered}."
    return Moved(said, "This is that step again.")


def your_undo_words(state: SessionState, screen: str | None = None) -> Moved | None:
    """The same, on the page this browser's own undo led to: its heading is that question
    already, so it names the answer only; of several (back to the first question), how many
    and how many of them the other screen gave, as that screen is told: the desk read "You
    took back “Skip: go straight to the reset”" of 4 answers, 3 of them the phone's, while
    the phone read "The other screen took back 4 answers" (merged-diff review 67, N #3);
    whose they were is named as every screen names it (screen_names.py).
    `screen`: where this browser gives its answers (SCREEN), if known."""
    dropped = _dropped(state)
    if len(dropped) > 1:
        theirs = [e for e in dropped if screen and e.data.get(SCREEN) not in (None, screen)]
        of = "all" if len(theirs) == len(dropped) else f"{len(theirs)} of them"
        where = given_where(who_all(who_did(e.data) for e in theirs))
        others = f", {of} given {where}" if theirs else ""
        start = "" if state.history else ", back to the first question"
        said = f"You took back {len(dropped)} answers{start}{others}."
        return Moved(said, "Answer this step again.")
    if (found := found_back_words(state, who=YOU, own=screen, entered=True)) is not None:
        return found
    taken = last_taken_back(state)
    if taken is None:
        return None
    return Moved(f"{YOU} took back “{taken.answer_label}”.", "Answer this step again.")


def undone_count(state: SessionState) -> int:
    """How many answers the last undo took back (0 if the last move was no undo)."""
    return len(_dropped(state))


def _dropped(state: SessionState) -> list[SessionEvent]:
    """The answers the last undo took back, if the session's last step-moving event is one."""
    events, at = list(state.events), last_move(state)
    if at < 0 or events[at].type != "undone":
        return []
    kept = {id(e) for e in effective(events[: at + 1])}
    return [e for e in effective(events[:at]) if id(e) not in kept and moves_on(e)]
