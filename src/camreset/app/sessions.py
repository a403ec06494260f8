"""The one session service: every interface (web pages, JSON API, terminal) starts, reads and
advances sessions here, and nothing else touches the store.

It does what the pure core cannot: reads the clock, looks a typed model name up once, checks
what is at hand once, keeps each session's latest state (so a request folds one new event,
not the whole log) and serialises racing answers. Advancing is: state → `guide.command` →
`guide.extend` → append at the count the state was built from. When two answers race, the
store lets one win; the other reloads the events it missed and is checked again, which now
either accepts it (a step-free event such as `details`) or refuses it as a StaleStepError.

Each operation is written once, yielding its store calls (app/store_calls.py): `start`,
`state` and `apply` make them in the caller's thread (the terminal, tests); the web awaits
`start_async`, `state_async` and `apply_async`, which on PostgreSQL wait for the database in
a worker thread while the event loop serves other requests.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from functools import partial
from threading import Lock
from typing import Any, TypedDict, TypeVar, Unpack

from camreset.app.code_guard import CodeGuard
from camreset.app.memo import MemoRecommender
from camreset.app.store_calls import Operation, StoreCall, call_here, run_async, run_here
from camreset.core.kb.hubs import as_hub
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.kb.meant_model import find_match
from camreset.core.kb.search import Match
from camreset.core.present.taken_back_past import taken_back_over
from camreset.core.session import Command, Guide, SessionEvent, SessionState, StepRef
from camreset.core.session.commands import typed_label
from camreset.core.session.intake import (
    parse_form_factor,
    parse_have,
    parse_power,
)
from camreset.core.session.model_found import said_first, started_first
from camreset.core.session.overtaken import clash
from camreset.core.session.screens import Via
from camreset.core.session.step_again import shown_then
from camreset.core.share_code import ShareCode, look_alikes
from camreset.errors import (
    CamresetError,
    DamagedSessionError,
    InvalidAnswerError,
    SessionError,
    StaleStepError,
    UnknownModelError,
)
from camreset.store.session_store import SessionStore
from camreset.store.session_store import SessionSummary as SessionSummary  # what recent() lists

T = TypeVar("T")
Clock = Callable[[], datetime]
MAX_ATTEMPTS = 8
EARLIER_REQUEST = "An earlier request"
"""Who took an answer back, said to an API client: the service cannot tell another client's
undo from this one's own ("The other screen" was said to a lone client of its own undo:
merged-diff review 69, N #8)."""
STATES_KEPT = 2048
"""Latest states kept in memory; an evicted session is replayed once on its next request."""


async def _in_thread(call: StoreCall) -> Any:
    """A database server's call waits in a worker thread, not on the event loop."""
    return await asyncio.to_thread(call)


def utc_now() -> datetime:
    """The wall clock, in UTC (the core is given time, it never reads it)."""
    return datetime.now(UTC)


class Intake(TypedDict, total=False):
    """What the person said to start a session, each part optional: `have` None (or left out,
    or empty) means nobody asked what is at hand, so each step asks for what it needs; `power`
    (how the camera is powered) picks the defaults of an unknown model, and for a listed one is
    the answer to "How is it powered?"."""

    model: str | None
    line: str | None
    form_factor: str | None
    have: Iterable[str] | None
    power: str | None
    via: Via | None


class SessionService:
    """Start, read and advance stored sessions."""

    def __init__(self, store: SessionStore, kb: KnowledgeBase, clock: Clock = utc_now) -> None:
        self.store = store
        self.kb = kb
        self.clock = clock
        self.guide = Guide(kb, MemoRecommender())
        self._states: OrderedDict[str, SessionState] = OrderedDict()
        self._lock = Lock()
        self.code_guard = CodeGuard()

    # -- starting -------------------------------------------------------------------------
    def find_model(self, typed: str) -> str:
        """The model id a typed name means ("tapo c-200" → tapo-c200); UnknownModelError with
        the closest models unless exactly one is meant."""
        return self.match_model(typed).model_id

    def match_model(self, typed: str) -> Match:
        """`find_model`, saying whether the typed name was exact or taken as the closest (and
        what a hub's name is, when it was typed instead of a camera's)."""
        try:
            return find_match(self.kb, typed)
        except UnknownModelError as exc:
            raise as_hub(self.kb, exc) from None

    def start(self, **said: Unpack[Intake]) -> tuple[str, SessionState]:
        """Create a session from what the person said (`Intake`)."""
        return run_here(self._start(said))

    async def start_async(self, **said: Unpack[Intake]) -> tuple[str, SessionState]:
        """`start`, for the event loop."""
        return await self._run(self._start(said))

    def preview(self, **said: Unpack[Intake]) -> SessionState:
        """The first step a session started from `said` would show, with nothing saved: a
        script's first answer is checked against it before a session is made for it."""
        return self.guide.replay([self._started(said)])

    def _started(self, said: Intake) -> SessionEvent:
        model, have = said.get("model"), said.get("have")
        try:
            match = self.match_model(model) if model else None
        except UnknownModelError as exc:  # the brand and shape asked for offered first
            raise exc.offering(said_first(self.kb, said, exc.suggestions)) from None
        return self.guide.start(
            model=match.model_id if match else None,
            typed=model if match is not None and not match.exact else None,
            line=said.get("line"),
            form_factor=parse_form_factor(said.get("form_factor")),
            power=parse_power(said.get("power")),
            have=None if have is None else parse_have(have),
            at=self.clock(),
            via=said.get("via"),
        )

    def _start(self, said: Intake) -> Operation[tuple[str, SessionState]]:
        event = self._started(said)
        state = self.guide.replay([event])
        session_id: str = yield partial(self.store.create, [event])
        self._keep(session_id, state)
        return session_id, state

    # -- reading --------------------------------------------------------------------------
    def state(self, session_id: str) -> SessionState:
        """The session as it stands; SessionNotFoundError if there is none."""
        return run_here(self._fresh(session_id, self._known(session_id)))

    async def state_async(self, session_id: str) -> SessionState:
        """`state`, for the event loop."""
        return await self._run(self._fresh(session_id, self._known(session_id)))

    def kb_for(self, state: SessionState) -> KnowledgeBase:
        """The knowledge base a session's steps were made from: what its report, page and
        terminal read beside its state, so a fact marked for later rules never shows there."""
        return self.guide.as_started(state.fold.rules).kb

    def _known(self, session_id: str) -> SessionState | None:
        with self._lock:
            return self._states.get(session_id)

    def _fresh(self, session_id: str, known: SessionState | None) -> Operation[SessionState]:
        """`known` brought up to date with what the store holds (other servers' events)."""
        since = 0 if known is None else len(known.events)
        events = yield partial(self.store.load, session_id, since)
        try:
            state = self.guide.replay(events) if known is None else self.guide.extend(known, events)
        except (CamresetError, LookupError, TypeError, ValueError) as exc:
            raise DamagedSessionError(
                f"the saved session {session_id} cannot be replayed here: {exc}"
            ) from exc
        if state is not known:
            self._keep(session_id, state)
        return state

    def share_code(self, session_id: str, *, new: bool = True) -> ShareCode | None:
        """The session's live short code; with `new`, a fresh one when it has none. The
        session is read first: a code for one that cannot be opened (damaged, or a row with
        no events) would open only an error (robustness review 70, #8)."""
        self.state(session_id)
        return self.store.codes.code_for(session_id, self.clock(), new=new)

    def shared_session(self, typed: str, client: str = "") -> str | None:
        """The session a typed short code opens now (None: not a code, unknown, expired);
        TooManyCodesError when this client's codes have missed too often (`CodeGuard`)."""
        now = self.clock()
        self.code_guard.check(client, now)
        found = self.store.codes.session_for(typed, now)
        if found is None:
            self.code_guard.missed(client, 1, now)
        return found

    def look_alike_session(self, typed: str, client: str = "") -> str | None:
        """The one session a code typed with characters codes never have (O for D or Q, …)
        opens now, read as the look-alikes codes do have; None when none does, or more than
        one could be meant. Every reading that opens nothing counts against `client`."""
        now = self.clock()
        self.code_guard.check(client, now)
        readings = look_alikes(typed)
        found = self.store.codes.sessions_for(readings, now)
        self.code_guard.missed(client, len(readings) - len(found), now)
        return found.pop() if len(found) == 1 else None

    def recent(self, limit: int = 20) -> list[SessionSummary]:
        """The most recently updated sessions, newest first."""
        return self.store.recent(limit)

    # -- advancing ------------------------------------------------------------------------
    def found_model(
        self, session_id: str, typed: str, marks: Mapping[str, str] | None = None
    ) -> SessionState:
        """The model found on the label of a session started without it (core/session/
        model_found.py): UnknownModelError for a name no model matches, InvalidAnswerError
        for a session that has a model; `marks`: who found it (core/session/screens.py)."""
        return self.apply(session_id, self.found_command(typed, marks))

    def found_command(
        self,
        typed: str,
        marks: Mapping[str, str] | None = None,
        started: SessionEvent | None = None,
    ) -> Command:
        """The command that says the model typed was found on the label; `marks`: who found
        it (core/session/screens.py), as an answer is marked. A name that means no model or
        several is UnknownModelError, offering first the models the session `started` could
        take, as its page and the terminal list them."""
        try:
            match = self.match_model(typed)
        except UnknownModelError as exc:
            if started is None:
                raise
            raise exc.offering(started_first(self.kb, started, exc.suggestions)) from None
        said = None if match.exact else typed_label(typed)  # kept for the report, as typed
        return Command("found", data={"model": match.model_id, "typed": said, **(marks or {})})

    def apply(self, session_id: str, command: Command) -> SessionState:
        """Apply one command and return the new state, serialised against racing commands."""
        return run_here(self._apply(session_id, command))

    async def apply_async(self, session_id: str, command: Command) -> SessionState:
        """`apply`, for the event loop."""
        return await self._run(self._apply(session_id, command))

    def _apply(self, session_id: str, command: Command) -> Operation[SessionState]:
        """The state in memory is trusted first, with no read: the store appends only at the
        count that state was built from, so a state another server has moved on from can
        never write. If the append loses, or the command does not fit the state in memory,
        the events it missed are read and the command is checked again."""
        state, fresh = self._known(session_id), False
        for _attempt in range(MAX_ATTEMPTS):
            if state is None or fresh:
                state, fresh = (yield from self._fresh(session_id, state)), True
            try:
                event = self.guide.command(state, command, self.clock())
            except (StaleStepError, InvalidAnswerError) as exc:
                if fresh and isinstance(exc, StaleStepError):
                    raise (yield from self._overtaken(session_id, state, command, exc)) from None
                if fresh:
                    raise
                fresh = True  # the step on screen may be one this server has not seen yet
                continue
            new = self.guide.extend(state, [event])
            try:
                yield partial(
                    self.store.append,
                    session_id,
                    len(state.events),
                    event,
                    finished=new.finished,
                    outcome=new.outcome,
                )
            except StaleStepError:
                fresh = True
                continue
            self._keep(session_id, new)
            return new
        raise StaleStepError("the session kept changing while this answer was saved; try again")

    def _overtaken(
        self, session_id: str, state: SessionState, command: Command, stale: StaleStepError
    ) -> Operation[StaleStepError]:
        """An answer refused as stale, to the step answered last: another screen's answer
        landed first. Unless it was the same answer, it is logged (an `overtaken` event, which
        moves no step) for the other screen and the report, and the error names the answer
        kept (helpdesk review 60, #3)."""
        for _attempt in range(MAX_ATTEMPTS):
            found = clash(state, command, self.clock(), self.guide.replay)
            if found is None:
                return self._taken_back(state, command, stale)
            now = {"id": state.current.id, "title": state.current.title}
            kept = found.kept_words()
            said = f"{stale}; “{kept['answer_label']}” was answered first and kept"
            error = StaleStepError(said, kept=kept, again=found.again, current=now)
            if found.event is None:
                return error
            new = self.guide.extend(state, [found.event])
            try:
                yield partial(self.store.append, session_id, len(state.events), found.event)
            except StaleStepError:
                state = yield from self._fresh(session_id, state)
                continue
            self._keep(session_id, new)
            return error
        return stale

    def _taken_back(
        self, state: SessionState, command: Command, stale: StaleStepError
    ) -> StaleStepError:
        """A command refused as stale, naming the step the session is on; and, when another
        screen took the session back past the step it was sent for, saying so in the words
        the pages use: a client of the API got a bare 409 (session 69, B #2)."""
        now = {"id": state.current.id, "title": state.current.title}
        try:
            seq = StepRef.parse(command.step).seq if command.step else None
        except SessionError:
            seq = None
        shown = shown_then(state, seq, self.guide.replay) if seq else None
        moved = taken_back_over(state, shown, who=EARLIER_REQUEST)
        if moved is None:
            return StaleStepError(str(stale), current=now)
        said = (
            f"step {command.step!r} is no longer the current step: the session was taken back "
            f"past it. {moved.said} The current step is {now['id']!r} (“{now['title']}”)."
        )
        return StaleStepError(said, current=now, taken_back=True)

    async def _run(self, operation: Operation[T]) -> T:
        make = _in_thread if self.store.remote else call_here
        return await run_async(operation, make)

    def close(self) -> None:
        """Release the store's connections."""
        self.store.close()

    def _keep(self, session_id: str, state: SessionState) -> None:
        with self._lock:
            known = self._states.get(session_id)
            if known is None or len(known.events) <= len(state.events):
                self._states[session_id] = state
            self._states.move_to_end(session_id)
            if len(self._states) > STATES_KEPT:
                self._states.popitem(last=False)
