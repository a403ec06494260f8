"""Check what a person did against the step on screen, and turn it into the event to append.

A command for a step that is no longer current is refused (StaleStepError, so a second tab or
a racing answer never lands twice); an answer the step does not offer is refused too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from camreset.core.lone_password import without_lone_password
from camreset.core.no_passwords import (
    without_passwords,
    without_symbol_words,
    words_named_apart,
)
from camreset.core.plain import BIDI_MARKS, bare_text, visible
from camreset.core.present.detail_words import DETAIL_WORDS, mac_form
from camreset.core.present.feedback_words import FEEDBACK_WORDS
from camreset.core.present.step import Answer, StepRef
from camreset.core.present.timer_words import timer_words
from camreset.core.present.words import CANT
from camreset.core.session.events import (
    ATTEMPT,
    LABEL,
    TITLE,
    TO_START,
    CommandType,
    EventType,
    SessionEvent,
)
from camreset.core.session.holding import holding_event
from camreset.core.session.intake import parse_have
from camreset.core.session.later_rules import REMOTE_FACTORY_RULES
from camreset.core.session.model_found import found_event
from camreset.core.session.network import FACTORY, clean_network, clean_remote
from camreset.core.session.screens import ANOTHER as ANOTHER
from camreset.core.session.screens import SCREEN as SCREEN
from camreset.core.session.screens import STARTER as STARTER
from camreset.core.session.screens import screen_marks
from camreset.core.session.state import SessionState
from camreset.errors import InvalidAnswerError, SessionError, StaleStepError

DETAIL_FIELDS = tuple(DETAIL_WORDS)
DETAIL_MAX = 100
COMMENT_MAX = 2000


def typed_label(raw: str) -> str:
    """What a person typed for their camera, as one safe line no longer than a detail (the
    web's search and the terminal's model name both keep it for the report)."""
    return bare_text(raw)[:DETAIL_MAX]


REFERENCE = "reference"
"""A details key apart from the form for support: a short reference the helper typed (a
ticket number), so a helpdesk's list of sessions tells callers apart (helpdesk review 67, #4:
seven rows read "Tapo C200: step 1"). It stays with the helpdesk: in the report for the
vendor only where the helper ticked `REFERENCE_SHARED` (helpdesk review 70 H, #13)."""
REFERENCE_SHARED = "reference_shared"
"""Saved with each reference: "yes" where the helper asked for it in the report for the
vendor, "" where not (a log written before has neither: left out of that report too)."""
ASKED_FOR = ("yes", "1", "on", "true")
"""How a form's tick or the API's `true` reads as `REFERENCE_SHARED` asked for."""
REFERENCE_MAX = 40
"""A ticket number with a first name ("INC0012345 Maria") fits; a list row stays one line. A
longer one is refused with words, never cut: a cut ticket number finds the wrong ticket."""


def reference_of(raw: object) -> str:
    """A typed reference as one safe line; InvalidAnswerError when it is too long ("": none)."""
    typed = bare_text(str(raw))
    if len(typed) > REFERENCE_MAX:
        raise InvalidAnswerError(
            f"a reference is at most {REFERENCE_MAX} characters (a ticket number); this one has "
            f"{len(typed)}"
        )
    return typed


HOLD_MAX = 600.0
"""The longest hold a timer may report (seconds); no source asks for more than a minute."""
FEEDBACK_ANSWERS = tuple(answer for answer, _ in FEEDBACK_WORDS)
SCRIPTED = "scripted"
"""In an answer's data: it was read from a file (`camreset guide --answers`), not given by a
person at that moment, so the time between it and the step before says nothing."""
PACE = "pace"
"""In an answer's data: the terminal ran its timers this many times faster (`guide --fast`),
so a wait it counted down in 1.8 s was the step's 3 minutes (terminal review 56, F8)."""
PACE_MAX = 1000.0
AWAY = "away"
"""In an answer's data: how many seconds of the time since the last answer the session was
left (the terminal's q, then `guide --resume`): not the person's time on the step, which the
report showed as "2 min 07 s" for a 15-second hold (terminal review 56, F7)."""


@dataclass(frozen=True)
class Command:
    """What a person did on a step: answer it (or done / skip / undo), add details, report a
    measured hold, change what is at hand, or say whether it worked. `step` is the id of the
    step on screen (not needed for details or the checklist)."""

    type: CommandType
    step: str | None = None
    answer: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)


def _was_shown(state: SessionState, step: str | None) -> bool:
    """Whether `step` can be a step this session showed before (answered, or since taken
    back): a stale page's answer, unlike an id it never had ("99.x.nope"). A page of the
    current step's number that names another step is stale too: a session saved before a
    newer version put another step there (a seller's "3.i.tried", now "3.i.removal-reset")."""
    if step is None:
        return False
    if any(h.ref.id == step for h in state.history):
        return True
    seq, _, rest = step.partition(".")
    if seq.isdigit() and int(seq) == state.current.ref.seq:
        return _names_a_step(step)
    return seq.isdigit() and int(seq) < state.current.ref.seq and bool(rest)


def _names_a_step(step: str) -> bool:
    try:
        StepRef.parse(step)
    except SessionError:
        return False
    return True


def _camera_words(state: SessionState, label_model: str) -> frozenset[str]:
    """The words that name this camera ("C110" of "Tapo C110", its aliases, the model the
    person read off the label): a sentence about its password keeps them."""
    known = _words(" ".join((state.model.name, *state.model.aliases, state.model.id)))
    label = " ".join((str(state.details.get("label_model", "")), label_model))
    return known | _words(_without_passwords("label_model", label, known))  # never a password


LABEL_CODES = frozenset({"serial", "mac", "hardware_version", "label_model"})
"""Fields that hold a code read off the label: its first word is what support asks for (the
model too: "V380 Pro password: hunter2" lost its "V380" with the password, review 63 D #12)."""


def _without_passwords(field: str, value: str, names: frozenset[str]) -> str:
    """A detail without a password: a label code's first word stays when a password of its
    own follows it ("SN123 password: hunter2" keeps "SN123", which looks like one)."""
    if field not in LABEL_CODES:
        return without_lone_password(without_passwords(value, names))
    named = words_named_apart(value)  # a code is one word; a model, every word (review 64)
    kept = names | set(named if field == "label_model" else named[:1])
    return without_symbol_words(without_passwords(value, kept))


def _words(said: str) -> frozenset[str]:
    words = re.findall(r"[^\s/(),;:]+", said)
    return frozenset(p for w in words for p in (w, *w.split("-")) if p)


def detail_as_kept(state: SessionState, key: str, typed: object, label_model: str = "") -> str:
    """A detail as a session keeps it: one line of at most DETAIL_MAX characters, without a
    password (a page that says what was typed and not saved says it so too)."""
    names = _camera_words(state, label_model)
    return _without_passwords(key, BIDI_MARKS.sub("", str(typed)).strip()[:DETAIL_MAX], names)


SHOWN = "shown"
"""In a details command from a page: each field as that page showed it. A field is saved only
where the person changed it there, and only while the session still holds what the page
showed: a form left open on the customer's phone put back the serial the agent had corrected
since (helpdesk review 67, E #1)."""


def _changed_here(state: SessionState, data: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a details command to save: all of them, unless it says what was shown."""
    shown = data.get(SHOWN)
    if not isinstance(shown, Mapping):
        return {k: v for k, v in data.items() if k != SHOWN}

    def same(a: object, b: object) -> bool:
        return str(a).split() == str(b).split()

    return {
        k: v
        for k, v in data.items()
        if k != SHOWN
        and (k not in shown or (not same(v, shown[k]) and same(state.details.get(k, ""), shown[k])))
    }


def command_event(state: SessionState, command: Command, at: datetime) -> SessionEvent:
    """The event for a command, or InvalidAnswerError / StaleStepError saying why not."""
    type, step, answer, data = command.type, command.step, command.answer, command.data
    current = state.current
    if type == "found":  # the model on the label, in a session started without it
        return found_event(state, str(data.get("model") or ""), at, data.get("typed"), data)
    if type == "details":
        label_model = str(data.get("label_model", ""))
        clean = {
            k: detail_as_kept(state, k, v, label_model)
            for k, v in _changed_here(state, data).items()
            if k in DETAIL_FIELDS and visible(v)  # only invisible characters: empty (R #10)
        }
        if REFERENCE in data:  # "" takes a reference away
            typed = reference_of(data[REFERENCE])
            clean[REFERENCE] = _without_passwords(REFERENCE, typed, _camera_words(state, ""))
            shared = str(data.get(REFERENCE_SHARED, "")).strip().lower() in (
                "yes",
                "1",
                "on",
                "true",
            )
            clean[REFERENCE_SHARED] = "yes" if shared and typed else ""
        if not clean:
            raise InvalidAnswerError(f"details take at least one of {', '.join(DETAIL_FIELDS)}")
        if "mac" in clean:  # one way of writing it; one that is not a MAC is kept as typed
            clean["mac"] = mac_form(clean["mac"]) or clean["mac"]
        clean |= screen_marks(state.events, data)  # who saved them: named on the other
        # screen as every screen names it (session 71); replay keeps them out of the details
        return SessionEvent(type="details", at=at, data=clean)
    if type == "network" and step is None:  # it only identified the camera: no step answered
        found = clean_network(data)
        if found["camera"] is None:
            raise InvalidAnswerError("a network check that answers no step must name a camera")
        return SessionEvent(type="network", at=at, answer=found["result"], data=found)
    if type == "have":
        items = data.get("have", ())
        if isinstance(items, str) or not isinstance(items, list | tuple | frozenset | set):
            raise InvalidAnswerError("the checklist is a list of items at hand")
        have = sorted(h.value for h in parse_have(str(i) for i in items))
        marks = screen_marks(state.events, data)  # who changed it (session 71)
        return SessionEvent(type="have", at=at, data={"have": have, **marks})
    if type == "hold" and step is not None and step != current.id and _late_hold(state, step):
        return _hold_event(state, step, data, at, late=True)
    if step != current.id:
        if not _was_shown(state, step):
            raise InvalidAnswerError(
                f"this session has no step {step!r}; the current step is {current.id!r}"
            )
        raise StaleStepError(
            f"step {step!r} is no longer the current step; the current step is {current.id!r}"
        )
    if type in ("network", "remote"):
        return _network_event(state, type, step, data, at)
    if type == "undo":
        if not state.can_undo:
            raise InvalidAnswerError("there is no answer to undo")
        to_start = TO_START if answer == TO_START else None  # every answer, at once
        marks = screen_marks(state.events, data)  # who took it back (helpdesk review 70, H #9)
        return SessionEvent(type="undone", at=at, step=step, answer=to_start, data=marks)
    if type == "hold":
        return _hold_event(state, step, data, at)
    if type == "holding":  # a timer started: seen on the other screen (holding.py)
        return holding_event(state, step, data, at)
    chosen = {"done": "done", "skip": _way_out(current.answers)}.get(type, answer)
    if type == "feedback" or current.kind == "outcome":
        fixed = data.get("fixed", chosen)
        if current.kind != "outcome" or fixed not in FEEDBACK_ANSWERS:
            raise InvalidAnswerError(
                f"feedback is given on the outcome step: {', '.join(FEEDBACK_ANSWERS)}"
            )
        typed = BIDI_MARKS.sub("", str(data.get("comment", "")))[:COMMENT_MAX]
        comment = without_lone_password(without_passwords(typed, _camera_words(state, "")))
        return SessionEvent(
            type="feedback", at=at, step=step, data={"fixed": fixed, "comment": comment}
        )
    if chosen is None or not current.offers(chosen):
        offered = ", ".join(a.id for a in current.answers)
        raise InvalidAnswerError(
            f"step {current.id!r} offers {offered}; {chosen!r} is not one of them"
        )
    event_type: EventType = (
        "done" if type == "done" else "skipped" if type == "skip" else "answered"
    )
    # the hold the page asked for, as shown (a later knowledge base, or the light-free page
    # after "I can't see a light", would say otherwise): the report quotes it to support
    # and the page's title as shown: a later knowledge base, or what feeds the camera, may
    # name it otherwise (diff review 53: old reports quoted pages nobody saw); so are the
    # answer's words (session-65 diff review, H #12: a label renamed since)
    asked: dict[str, Any] = {TITLE: current.title, LABEL: current.answer_label(chosen)}
    if current.timer is not None:
        asked["asked"] = timer_words(current.timer).plan
    elif current.attempt and _first_page(state):  # what the attempt was for (75 G, #3)
        asked[ATTEMPT] = current.attempt
    if data.get(SCRIPTED) is True:  # its time is when a file was read, not a person's pace
        asked[SCRIPTED] = True
    pace = data.get(PACE)
    if isinstance(pace, int | float) and 1 < pace <= PACE_MAX:
        asked[PACE] = float(pace)
    away = data.get(AWAY)
    if isinstance(away, int | float) and not isinstance(away, bool) and 0 < away < 1e9:
        asked[AWAY] = float(away)
    asked |= screen_marks(state.events, data)
    return SessionEvent(type=event_type, at=at, step=step, answer=chosen, data=asked)


def _first_page(state: SessionState) -> bool:
    """Whether the step on screen is the first page of its attempt answered in this run of
    it: the answer before was not to a page of the same attempt, nor to a detour from one."""
    ref = state.current.ref
    last = state.history[-1].ref if state.history else None
    if last is None or ref.kind != "action":
        return ref.kind == "action"
    return not ((last.ref == ref.ref and last.kind == "action") or last.subject == ref.ref)


def _network_event(
    state: SessionState,
    type: CommandType,
    step: str | None,
    data: Mapping[str, Any],
    at: datetime,
) -> SessionEvent:
    """A check or a remote reset camreset ran for the current step, if the step takes one."""
    current = state.current
    if type == "network":
        if not current.network and not factory_on_remote(state, data):
            raise InvalidAnswerError(f"step {step!r} is not one camreset checks over the network")
        found = clean_network(data)
        if data.get(SCRIPTED) is True:  # an address from a file of answers (diff review 52)
            found[SCRIPTED] = True
        return SessionEvent(type="network", at=at, step=step, answer=found["result"], data=found)
    if not current.remote:
        raise InvalidAnswerError(f"step {step!r} is not a reset camreset sends over the network")
    return SessionEvent(type="remote", at=at, step=step, data=clean_remote(data))


def factory_on_remote(state: SessionState, data: Mapping[str, Any]) -> bool:
    """Whether a check is a camera found already at factory settings on the remote reset's
    page: nothing to send, the reset confirmed by the camera itself (REMOTE_FACTORY_RULES)."""
    return (
        state.current.remote
        and data.get("result") == FACTORY
        and state.fold.rules >= REMOTE_FACTORY_RULES
    )


def _late_hold(state: SessionState, step: str) -> bool:
    """Whether `step` is the hold page answered last, with no hold measured on it: a timer
    on one screen stopped after the other screen answered "Done, I let go" (helpdesk review
    40). The page had said the hold being timed is kept; it was dropped as stale."""
    last = state.history[-1] if state.history else None
    return last is not None and last.step == step and last.told is not None and last.held is None


def keeps_a_late_hold(state: SessionState, at: int) -> bool:
    """Whether a hold timed on the page shown at position `at`, now left behind, would still
    be kept: only on the hold page answered last. A page whose step was taken back on the
    other screen (an undo, or back to the first question) said "the hold being timed is kept",
    then dropped it (merged-diff review 67, N #8)."""
    last = state.history[-1] if state.history else None
    return last is not None and last.ref.seq == at and _late_hold(state, last.step)


def _hold_event(
    state: SessionState, step: str, data: Mapping[str, Any], at: datetime, *, late: bool = False
) -> SessionEvent:
    """A hold the timer measured on the step on screen (which must have a timer), or on the
    hold page just answered on another screen (`late`)."""
    if state.current.timer is None and not late:
        raise InvalidAnswerError(f"step {step!r} has no hold timer")
    try:
        seconds = float(data.get("seconds", ""))
    except (TypeError, ValueError):
        raise InvalidAnswerError("a measured hold gives 'seconds' as a number") from None
    if not 0 < seconds <= HOLD_MAX:
        raise InvalidAnswerError(f"a measured hold is more than 0 and at most {HOLD_MAX:g} seconds")
    held: dict[str, Any] = {"seconds": round(seconds, 1)}
    held |= screen_marks(state.events, data)  # where it was timed: a late hold's is not its
    # answer's (merged-diff review 67, N #6)
    return SessionEvent(type="hold", at=at, step=step, data=held)


def _way_out(answers: Sequence[Answer]) -> str:
    """What "skip" (I can't do this) means on a step: its can't answer, or skipping the
    opening's questions, or a plain CANT (refused below when the step does not offer it)."""
    return next((a.id for a in answers if a.role in ("cant", "skip")), CANT)
