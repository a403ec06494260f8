"""Replaying a file of answers (`camreset guide MODEL --answers FILE`) for scripts and tests.

The file is a YAML or JSON list. Each item answers the step on screen: an answer id the step
offers (`yes`, `few-seconds`, `not_sure`, `cant`, ...) or one of the actions `done`, `skip`
(= "I can't do this") and `undo`. On the outcome step an item is the feedback (`yes`, `no`,
`not_sure`). Every answer is saved as it is applied, so a script that stops early leaves a
session that `--resume` continues.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from camreset.app import SessionService
from camreset.core.session import Command, SessionState, Step
from camreset.core.session.events import CommandType
from camreset.errors import CamresetError, InvalidAnswerError

ACTIONS = ("done", "skip", "undo")


class AnswersFileError(CamresetError):
    """The answers file cannot be read or is not a list of answers."""


class _StringLoader(yaml.SafeLoader):
    """YAML without implicit booleans: `yes`, `no` and `off` are answer ids here, not bools."""


_StringLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_answers(text: str, where: str) -> list[str]:
    """The items of an answers document (YAML or JSON), as strings."""
    try:
        data = yaml.load(text, Loader=_StringLoader)  # a SafeLoader subclass: safe
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise AnswersFileError(f"{where}{line}: not YAML or JSON: {exc}") from None
    if not isinstance(data, list):
        raise AnswersFileError(f"{where}: expected a list of answers, e.g. [done, yes]")
    items: list[str] = []
    for n, item in enumerate(data, 1):
        if not isinstance(item, str | int) or isinstance(item, bool) or not str(item).strip():
            raise AnswersFileError(f"{where}: item {n} is not an answer id: {item!r}")
        items.append(str(item).strip())
    return items


def load_answers(path: str) -> list[str]:
    """Read `path` (`-` is standard input)."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise AnswersFileError(f"{path}: cannot read: {reason}") from None
    return parse_answers(text, "<stdin>" if path == "-" else path)


def step_name(step: Step) -> str:
    return f"“{step.title}” ({step.id})"


def command_for(step: Step, item: str, number: int) -> tuple[CommandType, str | None]:
    """The Guide command an item means on `step`; InvalidAnswerError naming the step if none."""
    if item == "undo":
        return "undo", None
    if item == "done" and step.kind in ("action", "wait") and step.offers("done"):
        return "done", None
    if item == "skip" and step.kind != "outcome":
        return "skip", None
    if item not in ACTIONS and step.offers(item):
        return "answer", item
    offered = ", ".join(a.id for a in step.answers)
    extra = ", skip, undo" if step.kind != "outcome" else ", undo"
    raise InvalidAnswerError(
        f"answer {number} ({item!r}) does not fit step {step_name(step)}; it takes {offered}{extra}"
    )


Status = Literal["reset", "escalated", "unfinished"]


@dataclass(frozen=True)
class Replay:
    state: SessionState
    status: Status


def replay(
    sessions: SessionService,
    session_id: str,
    items: Sequence[str],
    on_step: Callable[[SessionState], None],
) -> Replay:
    """Apply `items` in order; `on_step` sees the state whenever a new step is on screen."""
    state = sessions.state(session_id)
    on_step(state)
    for number, item in enumerate(items, 1):
        step = state.current
        if step.kind == "outcome" and state.feedback is not None and item != "undo":
            raise InvalidAnswerError(
                f"answer {number} ({item!r}) comes after the end: the session finished "
                f"at {step_name(step)} and its feedback is recorded"
            )
        command, answer = command_for(step, item, number)
        try:
            state = sessions.apply(session_id, Command(command, step.id, answer))
        except InvalidAnswerError as exc:
            raise InvalidAnswerError(
                f"answer {number} ({item!r}) at {step_name(step)}: {exc}"
            ) from None
        if state.current.kind != "outcome" or step.kind != "outcome":
            on_step(state)
    status: Status = "unfinished"
    if state.outcome == "reset":
        status = "reset"
    elif state.outcome == "escalated":
        status = "escalated"
    return Replay(state, status)
