"""What a person sees at one point of a session: one step, its answers, timer and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from camreset.core.guide.wording import FactNote

StepKind = Literal["action", "question", "wait", "outcome"]


@dataclass(frozen=True)
class Answer:
    id: str
    label: str
    pattern: str | None = None


@dataclass(frozen=True)
class Timer:
    min: float
    recommended: float
    max: float


@dataclass(frozen=True)
class Cause:
    id: str
    name: str
    probability: float


@dataclass(frozen=True)
class Why:
    """The engine's reason in plain words, with the leading causes behind it."""

    summary: str
    causes: tuple[Cause, ...]
    effect: str


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    title: str
    text: str
    answers: tuple[Answer, ...]
    timer: Timer | None = None
    wait_seconds: float | None = None
    why: Why | None = None
    facts: tuple[FactNote, ...] = field(default_factory=tuple)
    form_factor: str | None = None
    button_hint: str | None = None
    pattern: str | None = None
    unplugged: bool = False

    def offers(self, answer: str) -> bool:
        return any(a.id == answer for a in self.answers)
