"""What moved a session on elsewhere, in words for a screen that did not see it happen.

A session open on two screens (a helpdesk agent's desk, the customer's phone; a terminal and a
browser) learns that the other one answered or took answers back: the web page from its `/now`
or a refused answer, the terminal when its answer, undo or timed hold is refused. Its own
module, out of the web's pages, so that both say the same words: the terminal said only
"another screen took back an answer meanwhile" of seven, and nothing of the hold it had timed
(session 68, K).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from camreset.core.present.found_words import (
    FOUND_BACK_HERE,
    found_by,
    found_taken_back,
    takes_found_back,
    undo_found,
)
from camreset.core.present.names import camera_name
from camreset.core.present.screen_names import (
    found_who,
    given_where,
    held_from,
    mid_sentence,
    who_all,
    who_did,
)
from camreset.core.present.screen_names import who_words as who_words
from camreset.core.present.words import clock
from camreset.core.session import HistoryEntry, SessionState
from camreset.core.session.commands import SCREEN
from camreset.core.session.events import SIDE_EVENTS, STEP_EVENTS, SessionEvent, effective, moves_on
from camreset.core.session.model_found import MODEL_FOUND
from camreset.core.session.screens import API, BY, HELPDESK, VIA
from camreset.core.session.taken_back import TakenBack

YOU = "You"
"""Who did it, on the screen that did it."""
SOMEWHERE = "The session has changed on another screen."
"""When what changed cannot be named (the end page's question answered, say)."""


@dataclass(frozen=True)
class Moved:
    said: str
    """What was done elsewhere: "The other screen answered “Done” to “Press reset”."."""
    here: str
    """What the page now shown is, after that: "This is the next step."."""


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


def last_move(state: SessionState) -> int:
    """The index of the last event that moved a step (not a detail, hold or check), or -1."""
    kinds = [e.type for e in state.events]
    return next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] not in SIDE_EVENTS), -1)


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


def taken_back_over(
    state: SessionState,
    shown: SessionState | None,
    *,
    here: bool = False,
    mine: frozenset[int] = frozenset(),
    who: str | None = None,
) -> Moved | None:
    """What took the session back past the step a screen showed (`shown`: the session as it
    showed it), said for that screen (`who`: see `moved_words`); None when that step is still
    current, or was answered and its answer stands, or no answer was taken back since."""
    if shown is None or shown.current.id == state.current.id:
        return None
    page = shown.current.ref
    if any(h.ref == page for h in state.history):  # answered, and it stands
        return None
    after = len(shown.events)
    if not any(e.type == "undone" for e in state.events[after:]):
        return None
    return moved_words(state, here=here, since=shown, mine=mine, who=who)


SENT = ("answer", "hold", "undo", "check", "remote")
"""What a screen sent that was refused: an answer (with its hold, if any), a timed hold alone
(the terminal saves it as the timer stops, before the answer), an undo, or a check or reset
over the network (nothing is sent to the camera for a step no longer current)."""


def taken_back_past(
    state: SessionState,
    shown: SessionState | None,
    *,
    here: bool = False,
    mine: frozenset[int] = frozenset(),
    held: str | float = "",
    sent: str = "answer",
) -> str | None:
    """This page's answer, refused because the session was taken back past its step (an undo,
    or back to the first question, on another screen) while it was open, said as that: the
    page said "that step had already been answered" of a step nobody answered, and a hold
    timed there was dropped without a word (merged-diff review 67, N #8); the terminal, "took
    back an answer" of seven (session 68, K). `shown`: the session as the page showed it;
    `held`: the hold sent with the answer, in seconds; `sent`: what was refused (SENT). None
    when its step was answered (by another screen or tab) and still stands."""
    moved = taken_back_over(state, shown, here=here, mine=mine)
    if shown is None or moved is None:
        return None
    try:
        seconds = float(held)
    except ValueError:
        seconds = 0.0
    timed = clock(seconds) if 0 < seconds < 1e4 else ""
    title = shown.current.title
    if sent == "hold" and timed:
        what = f"The hold timed on “{title}” ({timed}) was not saved"
    elif sent == "undo":
        what = f"Nothing was undone on “{title}”"
    elif sent == "check":
        what = f"The camera was not checked for “{title}”"
    elif sent == "remote":
        what = f"Nothing was sent to the camera for “{title}”"
    else:
        hold = f", nor the hold timed with it ({timed})" if timed else ""
        what = f"Your answer to “{title}” was not saved{hold}"
    return f"{what}: the session was taken back past that step. {moved.said} {moved.here}"


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
