"""Stories worked out with the pure Guide, so the terminal tests follow the knowledge base
as it changes (the golden files are what pin exact steps).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from camreset.core.session import Command, Guide
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb


@dataclass(frozen=True)
class Planned:
    """One step the wizard will show, and the key a person types for it."""

    title: str
    kind: str
    answer: str
    key: str


EARLY = ("wont-reset", "few-seconds", "nothing", "no-restart")
"""The opening of someone whose own try was a short press that did nothing."""


def plan(model: str, have: str, *, reset: bool, opening: tuple[str, ...] = EARLY) -> list[Planned]:
    """The steps up to the outcome: the opening answered with `opening`, items asked for had
    when they are in `have`, every action done, each check yes (`reset`) or no; other
    questions get "not sure". Worked out with the pure Guide, so these tests follow the
    knowledge base as it changes; the goldens pin exact steps.
    """
    guide = Guide(load_kb())
    at = datetime(2024, 1, 1, tzinfo=UTC)
    items = set(have.split(","))
    state = guide.replay([guide.start(model=model, have=parse_have(items), at=at)])
    steps: list[Planned] = []
    told = list(opening)
    while len(steps) < 60:
        step = state.current
        if step.kind == "outcome":
            return steps
        if step.ref.kind == "opening":
            chosen = told.pop(0) if told else "skip-questions"
        elif step.ref.kind == "tool":
            chosen = "have" if step.ref.ref in items else "cant"
        elif step.offers("yes") and step.offers("no"):
            chosen = "yes" if reset else "no"
        else:
            chosen = "done" if step.offers("done") else "not_sure"
        index = [a.id for a in step.answers].index(chosen)
        steps.append(Planned(step.title, step.kind, chosen, str(index + 1)))
        event = guide.command(state, Command("answer", step.id, chosen), at)
        state = guide.extend(state, [event])
    raise AssertionError(f"no outcome for {model} within 60 steps")


def answers(steps: list[Planned]) -> list[str]:
    return [step.answer for step in steps]
