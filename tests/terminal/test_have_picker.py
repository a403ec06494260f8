"""The at-hand picker opened during a session (`h`): what Enter does is said in words."""

from __future__ import annotations

from rich.console import Console

from camreset.cli.wizard.choose_camera import choose_have

from .conftest import typed_ahead


def picker(current: frozenset[str]) -> tuple[frozenset[str] | None, str]:
    console = Console(width=100, color_system=None, force_terminal=False)
    with typed_ahead(b"\n") as reader, console.capture() as capture:
        chosen = choose_have(console, reader, "Tapo", frozenset({"pin", "app"}), current)
    return chosen, capture.get()


def test_enter_with_nothing_ticked_is_said_as_none_ticked_not_keep_none() -> None:
    """A terminal reviewer read "Enter = keep none" as an instruction to keep something."""
    chosen, shown = picker(frozenset())
    assert chosen == frozenset()
    assert "(Enter = none ticked):" in shown and "keep none" not in shown


def test_enter_keeps_what_is_ticked_by_its_numbers() -> None:
    chosen, shown = picker(frozenset({"app"}))
    assert chosen == frozenset({"app"})
    assert "(Enter = keep 2):" in shown
