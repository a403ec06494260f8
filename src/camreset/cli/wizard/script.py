"""Replaying a file of answers (`camreset guide MODEL --answers FILE`) for scripts and tests.

The file is a YAML or JSON list. Each item answers the step on screen: an answer id the step
offers (`yes`, `few-seconds`, `not_sure`, `cant`, ...), or the first words of one answer's
label as the prompt takes them ("yes" for "Yes", whose id is `have`), or one of the actions
`done`, `skip`
(= "I can't do this") and `undo`; on a step camreset can check over the network,
`network ADDR` checks the camera at ADDR and records what it said. On the outcome step an
item is the feedback (`yes`, `no`, `not_sure`). A remote reset is never scripted: its
password is asked at that moment (`camreset reset-remote`). Every answer is saved as it is
applied, so a script that stops early leaves a
session that `--resume` continues. Reading the file, with its limits: answers_file.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from camreset.app import SessionService
from camreset.app.network import check_step
from camreset.cli.wizard.answers_file import Answers
from camreset.cli.wizard.prompts import said_in_words
from camreset.core.session import Command, SessionState
from camreset.core.session.commands import SCRIPTED
from camreset.core.session.events import CommandType
from camreset.errors import InvalidAnswerError
from camreset.net import NetError
from camreset.net.scanner import CHECK_TIMEOUT

ACTIONS = ("done", "skip", "undo")
SCRIPTED_DATA = {SCRIPTED: True}
"""Marks each answer as read from the file: the report shows no time spent on it."""
NETWORK_ITEM = "network "


def step_name(state: SessionState) -> str:
    """The step on screen as the run printed it ("Step 1"), with its id for the script: its
    id counts every event, undone ones too, so alone it named "3.i.reason" beside "Step 1"."""
    step = state.current
    if step.kind == "outcome":  # printed as the result, with no number (terminal review 56)
        return f"the end, “{step.title}”"
    return f"Step {state.progress.steps_done + 1}, “{step.title}” ({step.id})"


def said_item(number: int, item: str) -> str:
    """Which item of the file: "answer 1 ('1')" read as the step's first answer beside the
    "1" typed (terminal review 71, I #13)."""
    return f"item {number} of the file ({item!r})"


NUMBERS_CHANGE = "an answer's number changes from step to step: write its id"
"""Said to an item that is a number, which the prompt takes and the file does not."""


def command_for(state: SessionState, item: str, number: int) -> tuple[CommandType, str | None]:
    """The Guide command an item means on the step on screen; InvalidAnswerError naming the
    step if none."""
    step = state.current
    if item == "undo":
        return "undo", None
    if item == "done" and step.kind in ("action", "wait") and step.offers("done"):
        return "done", None
    if item == "skip" and step.kind != "outcome":
        return "skip", None
    if item not in ACTIONS and step.offers(item):
        return "answer", item
    said = said_in_words(step, item) if item not in ACTIONS else None
    if said is not None:  # as typed at the prompt: "yes" for "Yes" (its id "have")
        return "answer", said
    offered = ", ".join(a.id for a in step.answers)
    extra = ", skip, undo" if step.kind != "outcome" else ", undo"
    numbered = f"; {NUMBERS_CHANGE}" if item.strip().isdigit() else ""
    raise InvalidAnswerError(
        f"{said_item(number, item)} does not fit {step_name(state)}; it takes {offered}{extra}"
        f"{numbered}"
    )


Status = Literal["done", "not_needed", "stopped", "escalated", "unfinished"]


@dataclass(frozen=True)
class Replay:
    state: SessionState
    status: Status


def _network(
    sessions: SessionService,
    session_id: str,
    state: SessionState,
    item: str,
    number: int,
    timeout: float,
) -> SessionState:
    """`network ADDR`: check the camera at ADDR for this step, as the wizard's `n` does."""
    step = state.current
    if not step.network:
        raise InvalidAnswerError(
            f"{said_item(number, item)}: {step_name(state)} is not checked over the network"
        )
    address = item.removeprefix(NETWORK_ITEM).strip()
    try:
        checked = check_step(sessions, session_id, step.id, address, timeout, scripted=True)
        return asyncio.run(checked)
    except NetError as exc:
        raise InvalidAnswerError(
            f"{said_item(number, item)} at {step_name(state)}: {exc}"
        ) from None


def check_first(state: SessionState, items: Sequence[str]) -> None:
    """InvalidAnswerError, where the file says it, if the first item does not fit the first
    step: checked before a session is made, so a file that fits nothing leaves no empty
    session behind (terminal review 59, #17). A network check is tried only when run."""
    if not items or items[0].startswith(NETWORK_ITEM):
        return
    try:
        command, _ = command_for(state, items[0], 1)
        if command == "undo" and not state.can_undo:  # as the session would refuse it
            raise InvalidAnswerError(
                f"{said_item(1, 'undo')} at {step_name(state)}: there is no answer to undo"
            )
    except InvalidAnswerError as exc:
        if isinstance(items, Answers):
            raise InvalidAnswerError(f"{items.place(1)}: {exc}") from None
        raise


def replay(
    sessions: SessionService,
    session_id: str,
    items: Sequence[str],
    on_step: Callable[[SessionState], None],
    network_timeout: float = CHECK_TIMEOUT,
    *,
    shown: bool = False,
) -> Replay:
    """Apply `items` in order; `on_step` sees the state whenever a new step is on screen
    (`shown`: the first step already was, before the session was made)."""
    state = sessions.state(session_id)
    if not shown:
        on_step(state)
    number = 0
    try:
        for number, item in enumerate(items, 1):
            step = state.current
            if step.kind == "outcome" and state.feedback is not None and item != "undo":
                raise InvalidAnswerError(
                    f"{said_item(number, item)} comes after the end: the session finished "
                    f"with “{step.title}” and its feedback is recorded"
                )
            if item.startswith(NETWORK_ITEM):
                state = _network(sessions, session_id, state, item, number, network_timeout)
                on_step(state)
                continue
            command, answer = command_for(state, item, number)
            try:
                state = sessions.apply(session_id, Command(command, step.id, answer, SCRIPTED_DATA))
            except InvalidAnswerError as exc:
                raise InvalidAnswerError(
                    f"{said_item(number, item)} at {step_name(state)}: {exc}"
                ) from None
            if state.current.kind != "outcome" or step.kind != "outcome":
                on_step(state)
    except InvalidAnswerError as exc:  # told where the item is written, as a bad file is
        if isinstance(items, Answers):
            raise InvalidAnswerError(f"{items.place(number)}: {exc}") from None
        raise
    statuses: dict[str | None, Status] = {
        "done": "done", "not_needed": "not_needed", "stopped": "stopped", "escalated": "escalated",
    }  # fmt: skip
    return Replay(state, statuses.get(state.outcome, "unfinished"))
