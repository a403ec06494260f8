"""Shared fixtures: the shipped knowledge base and a guide over it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.core.session import Command, Guide, SessionEvent, SessionState
from camreset.core.session.intake import DEFAULT_HAVE, parse_form_factor, parse_have
from camreset.kb_files import load_kb

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def guide(kb: KnowledgeBase) -> Guide:
    return Guide(kb)


class Driver:
    """Applies commands one simulated minute apart, folding each onto the state as the service
    does (one event at a time)."""

    def __init__(self, guide: Guide, start: SessionEvent) -> None:
        self.guide = guide
        self.state: SessionState = guide.replay([start])

    @property
    def events(self) -> list[SessionEvent]:
        return list(self.state.events)

    def command(self, answer: str | None, type: str = "answer", **extra: Any) -> SessionEvent:
        at = T0 + timedelta(minutes=len(self.state.events))
        step = extra.pop("step", self.state.current.id)
        return self.guide.command(self.state, Command(type, step, answer, **extra), at)

    def send(self, answer: str | None, type: str = "answer", **extra: Any) -> None:
        self.state = self.guide.extend(self.state, [self.command(answer, type, **extra)])

    def finish_action(self, check: str) -> None:
        """Answer "done" until the attempt's first check (setup mode, or added), then answer it."""
        while not self.state.current.offers("yes"):
            self.send("done")
        self.send(check)


def start_event(guide: Guide, **start: Any) -> SessionEvent:
    """A `started` event from plain ids, checked as the session service checks them."""
    have = start.pop("have", DEFAULT_HAVE)
    ff = parse_form_factor(start.pop("form_factor", None))
    return guide.start(at=T0, have=parse_have(have), form_factor=ff, **start)


@pytest.fixture
def make_driver(guide: Guide) -> Callable[..., Driver]:
    """Start a session with the given choices and return its driver."""

    def make(**start: Any) -> Driver:
        return Driver(guide, start_event(guide, **start))

    return make


@pytest.fixture
def t0() -> datetime:
    return T0


@pytest.fixture
def driver(guide: Guide) -> Driver:
    have = frozenset({"pin", "original_adapter", "other_outlet", "app"})
    return Driver(guide, start_event(guide, model="tapo-c200", have=have))
