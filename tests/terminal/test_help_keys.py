"""The line after an answer not understood offers the keys the keys line under the step does:
on the first step it offered `l` (nothing answered yet), on a step taking nothing at hand `h`,
on an end (no "h at hand"), neither in the keys line (session 71, merged-diff review N F13)."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from camreset.cli.wizard.keys_line import key_hints
from camreset.cli.wizard.prompts import ask_choice
from camreset.core.present.step import Answer, Step, StepRef

from .conftest import typed_ahead

ANSWERS = (Answer("yes", "Yes"), Answer("no", "No"), Answer("not_sure", "Not sure"))
FIRST = Step(StepRef(1, "opening", "reason"), "question", "What brings you here?", "…", ANSWERS)
"""A first step: nothing answered, so nothing to list or undo."""
CHECK = Step(StepRef(8, "action", "guided-reset", 4), "action", "In setup mode now?", "…", ANSWERS)
END = Step(StepRef(9, "outcome", "escalate"), "outcome", "Contact support", "…", ANSWERS)
"""An end: what is at hand no longer changes there (`takes_items` false)."""


def _keys(words: str) -> list[str]:
    """The letter keys a line offers ("u undo", "u to undo", "m if you found …")."""
    return re.findall(r"(?:^|[·,] |or )([a-z]) (?:to |for |if |[a-z])", words)


@pytest.mark.parametrize(
    ("step", "shown"),
    [
        (FIRST, {"can_undo": False, "found": True}),
        (END, {"can_undo": True}),
        (Step(**{**CHECK.__dict__, "network": True}), {"can_undo": True, "found": True}),
        (FIRST, {"can_undo": False, "why_folded": True}),
    ],
)
def test_the_help_line_offers_the_keys_the_keys_line_offers(
    step: Step, shown: dict[str, bool]
) -> None:
    line = key_hints(step, shown["can_undo"], **{k: v for k, v in shown.items() if k != "can_undo"})
    console = Console(width=200, color_system=None, force_terminal=False)
    with typed_ahead(b"zz\n1\n") as reader, console.capture() as printed:
        ask_choice(console, reader, step, **shown)
    said = next(x for x in printed.get().splitlines() if "Type a number" in x)
    assert _keys(said) == _keys(line.plain)
    assert said.endswith(", or q to leave.") and line.plain.endswith(" · q leave")
    if step is FIRST and not shown["can_undo"]:
        assert "l for the answers so far" not in said
    if step is END:
        assert "h for what is at hand" not in said
