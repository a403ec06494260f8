"""Guided sessions: the pure Guide over the SessionStore, shared by the web pages and the API.

Advancing a session is load → `guide.apply` → append at the count that was loaded. When two
answers race, the store lets one win; the other reloads and asks the guide again, which now
either accepts it (a step-free event such as `details`) or refuses it as a StaleStepError
(the step it answered has moved on): never lost, never applied twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from camreset.core.kb.search import find_model
from camreset.core.session import Guide, SessionEvent, SessionState
from camreset.core.session.events import CommandType
from camreset.errors import StaleStepError
from camreset.store.session_store import SessionStore

Clock = Callable[[], datetime]
MAX_ATTEMPTS = 8


def utc_now() -> datetime:
    """The wall clock, in UTC (the core is given time, it never reads it)."""
    return datetime.now(UTC)


class GuidedSessions:
    """Start, read and advance stored sessions."""

    def __init__(self, store: SessionStore, guide: Guide, clock: Clock = utc_now) -> None:
        self.store = store
        self.guide = guide
        self.clock = clock

    def start(
        self,
        *,
        model: str | None = None,
        line: str | None = None,
        form_factor: str | None = None,
        have: Iterable[str] = (),
    ) -> tuple[str, SessionState]:
        """Create a session; `model` may be typed loosely ("tapo c-200").

        UnknownModelError (with the closest models) unless exactly one model is meant.
        """
        if model and model not in self.guide.kb.models:
            model = find_model(self.guide.kb, model)
        event = self.guide.start(
            model=model,
            line=line,
            form_factor=form_factor,
            have=frozenset(have),
            at=self.clock(),
        )
        state = self.guide.replay([event])
        return self.store.create([event]), state

    def state(self, session_id: str) -> SessionState:
        """The session as it stands; SessionNotFoundError if there is none."""
        return self.guide.replay(self.store.load(session_id))

    def events(self, session_id: str) -> list[SessionEvent]:
        """The session's event log."""
        return self.store.load(session_id)

    def apply(
        self,
        session_id: str,
        *,
        type: CommandType,
        step: str | None,
        answer: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> SessionState:
        """Apply one command and return the new state, serialised against racing commands."""
        for _attempt in range(MAX_ATTEMPTS):
            events = self.store.load(session_id)
            event = self.guide.apply(
                events, type=type, step=step, answer=answer, data=data or {}, at=self.clock()
            )
            state = self.guide.replay([*events, event])
            try:
                self.store.append(
                    session_id, len(events), event, finished=state.finished, outcome=state.outcome
                )
            except StaleStepError:
                continue
            return state
        raise StaleStepError("the session kept changing while this answer was saved; try again")
