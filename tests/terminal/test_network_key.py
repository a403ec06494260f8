"""`n` is the network check's key and nothing else: on a step with no network check it says so
and records nothing. It recorded "No" there, a reset check's false "No" for a technician who had
just used `n` to check a Dahua on the step before (installer review 71, I #2)."""

from __future__ import annotations

from rich.console import Console

from camreset.cli.wizard.prompts import Choice, ask_choice, parse_choice
from camreset.core.present.step import Answer, Step, StepRef

from .conftest import typed_ahead

CHECK = Step(
    StepRef(8, "action", "guided-reset", 4),
    "action",
    "Is the camera in setup mode now?",
    "…",
    (
        Answer("yes", "Yes"),
        Answer("no", "No"),
        Answer("not_sure", "Not sure", role="not_sure"),
        Answer("stop", "Stop here and give me the report", role="stop"),
    ),
)


def test_n_on_a_step_without_a_network_check_says_so_and_records_nothing() -> None:
    console = Console(width=80, color_system=None, force_terminal=False)
    with typed_ahead(b"n\nno\n") as reader, console.capture() as shown:
        choice = ask_choice(console, reader, CHECK, can_undo=True)
    assert choice == Choice("answer", "no")  # the "no" typed after, not the n
    assert "n is the network check; this step has none: type the number or 'no' for No." in (
        " ".join(shown.get().split())
    )


def test_n_on_a_step_with_a_network_check_checks() -> None:
    networked = Step(**{**CHECK.__dict__, "network": True})
    assert parse_choice(networked, "n", can_undo=False) == Choice("network")
    assert parse_choice(CHECK, "n", can_undo=False) is None
