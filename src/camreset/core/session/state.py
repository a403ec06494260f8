"""The state of a session as replay derives it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from camreset.core.kb.resolve import ResolvedModel
from camreset.core.session.steps import Cause, Step


@dataclass(frozen=True)
class HistoryEntry:
    """One answered step: what was asked, what the person said, how long it took."""

    step: str
    kind: str
    title: str
    answer: str
    answer_label: str
    at: datetime
    seconds: float
    result: str | None = None


@dataclass(frozen=True)
class Progress:
    steps_done: int
    expected_minutes_left: float


@dataclass(frozen=True)
class SessionState:
    model: ResolvedModel
    line: str
    form_factor: str | None
    have: frozenset[str]
    started_at: datetime
    current: Step
    current_since: datetime
    history: tuple[HistoryEntry, ...]
    finished: bool
    outcome: str | None
    belief: tuple[Cause, ...]
    ruled_out: tuple[Cause, ...]
    progress: Progress
    tried: tuple[str, ...]
    feedback: dict[str, Any] | None = None
    details: dict[str, Any] = field(default_factory=dict)
    can_undo: bool = False
