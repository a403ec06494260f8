"""No line of a step ends in spaces (terminal review 71, I #13: in `guide --plain` each answer
was padded to the longest, "1. Done" and 27 spaces, kept by `script` logs and read out)."""

from __future__ import annotations

import io

import pytest

from camreset.cli.plain_mode import wizard_console
from camreset.cli.wizard.step_view import StepView
from camreset.core.session import Answer, Step, StepRef
from camreset.kb_files import load_kb

LABELS = ("Done", "Not sure", "I can't do this", "Stop here and give me the report")
TEXT = "Where the button is: on the back (or underneath: its source names both). " * 3


@pytest.mark.parametrize("plain", [True, False])
def test_answers_and_folded_text_end_without_spaces(plain: bool) -> None:
    answers = tuple(Answer(f"a{n}", label) for n, label in enumerate(LABELS))
    step = Step(StepRef(3, "action", "ready"), "action", "Get ready", TEXT, answers)
    out = io.StringIO()
    console = wizard_console(plain=plain, file=out, width=80, color_system=None)
    console.print(StepView(load_kb(), step, number=3, can_undo=True))
    lines = out.getvalue().splitlines()
    assert "1. Done" in lines and "4. Stop here and give me the report" in lines
    assert [line for line in lines if line.endswith(" ")] == []
