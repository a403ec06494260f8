"""The keys line folds between two keys, never inside one (terminal review 71, I #13: at 80
columns "… · h at hand · l answers so" / "far · q leave" once `s` was offered)."""

from __future__ import annotations

import pytest
from rich.console import Console

from camreset.cli.wizard.keys_line import key_hints
from camreset.cli.wizard.theme import THEME
from camreset.core.present.found_words import takes_found_back
from camreset.core.session import Answer, Step, StepRef

KEYS = [
    "1-4 answer",
    "w why this step",
    "u undo",
    "s back to the first question",
    "h at hand",
    "l answers so far",
    "q leave",
]


def _lines(width: int, undo: str | None = None) -> list[str]:
    answers = tuple(Answer(f"a{n}", f"Answer {n}") for n in range(4))
    step = Step(StepRef(5, "check", "setup"), "check", "Is it in setup mode?", "…", answers)
    hints = key_hints(step, True, why_folded=True, to_start=True, undo=undo)
    console = Console(width=width, theme=THEME, color_system=None, force_terminal=False)
    with console.capture() as captured:
        console.print(hints)
    return captured.get().splitlines()


@pytest.mark.parametrize("width", [80, 60, 40])
def test_each_key_stays_whole_on_its_line(width: int) -> None:
    lines = _lines(width)
    assert all(len(line) <= width for line in lines)
    shown = [key.strip() for line in lines for key in line.split("·") if key.strip()]
    assert shown == KEYS
    assert not any(line.startswith("·") or line.endswith(" ") for line in lines)


def test_at_120_columns_the_keys_are_one_line() -> None:
    assert _lines(120) == [" · ".join(KEYS)]


LONGEST = "Hikvision DS-2CD2187G2H-LI (ColorVu 8 MP Smart Hybrid Light dome)"
"""The longest model name in the KB: `u` taking it back once found is 95 columns (session 73)."""


def test_a_key_wider_than_the_screen_folds_between_its_words() -> None:
    lines = _lines(80, undo=takes_found_back(LONGEST))
    assert all(len(line) <= 80 for line in lines), lines
    said = " ".join(lines)
    assert f"· u take back the model found ({LONGEST}) ·" in said  # no word cut in two
    assert "· s back to the first question ·" in said
