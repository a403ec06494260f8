"""Shared fixtures: the shipped knowledge base and a guide over it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.session import Guide, SessionEvent
from camreset.kb_files import load_kb

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def guide(kb: KnowledgeBase) -> Guide:
    return Guide(kb)


class Driver:
    """Applies commands to a growing event list, one simulated minute apart."""

    def __init__(self, guide: Guide, events: list[SessionEvent]) -> None:
        self.guide = guide
        self.events = events

    @property
    def state(self):  # type: ignore[no-untyped-def]
        return self.guide.replay(self.events)

    def send(self, answer: str, type: str = "answer") -> None:
        at = T0 + timedelta(minutes=len(self.events))
        step = self.state.current.id
        self.events.append(
            self.guide.apply(self.events, type=type, step=step, answer=answer, at=at)
        )  # type: ignore[arg-type]

    def finish_action(self, setup_mode: str) -> None:
        """Answer "done" until the setup-mode check, then answer it."""
        while self.state.current.title != "Is the camera in setup mode now?":
            self.send("done")
        self.send(setup_mode)


@pytest.fixture
def make_driver(guide: Guide):  # type: ignore[no-untyped-def]
    """Start a session with the given choices and return its driver."""

    def make(**start: object) -> Driver:
        return Driver(guide, [guide.start(at=T0, **start)])  # type: ignore[arg-type]

    return make


@pytest.fixture
def t0() -> datetime:
    return T0


@pytest.fixture
def driver(guide: Guide) -> Driver:
    have = frozenset({"pin", "original_adapter", "other_outlet", "app"})
    return Driver(guide, [guide.start(model="tapo-c200", have=have, at=T0)])
