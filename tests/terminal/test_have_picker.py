"""The at-hand picker opened during a session (`h`): what Enter does is said in words."""

from __future__ import annotations

from rich.console import Console

from camreset.cli.wizard.choose_camera import choose_have

from .conftest import typed_ahead
from .pty_driver import plain, spawn, transcript


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


DAHUA = frozenset({"pin", "poe_port", "short_cable", "spare_adapter", "other_outlet", "app"})
"""What a Dahua dome's steps need, with the computer: seven items, the computer 7th (8th for a
Hikvision dome, 5th for a UniFi G4)."""


def picked_at_start(typed: bytes) -> tuple[frozenset[str] | None, str]:
    console = Console(width=80, color_system=None, force_terminal=False)
    with typed_ahead(typed) as reader, console.capture() as capture:
        chosen = choose_have(console, reader, "DMSS", DAHUA | {"computer"})
    return chosen, capture.get()


def test_things_at_hand_can_be_typed_by_name_as_with_have() -> None:
    """Installer review 74, G #1: "computer" was refused ("Type numbers from 1 to 7, e.g.
    1 3."), and the numbers differ from camera to camera. The names `--have` takes, and a
    word only one item's label has, pick the same things whatever their numbers."""
    chosen, _ = picked_at_start(b"computer, paperclip poe-port\n\n")
    assert chosen == frozenset({"computer", "pin", "poe_port"})


def test_a_word_that_is_no_item_is_named_and_the_names_are_listed() -> None:
    chosen, shown = picked_at_start(b"laptop 1\n1 7\n")
    assert chosen == frozenset({"pin", "computer"})  # asked again; nothing ticked by guess
    said = " ".join(shown.split())
    assert "Not one of them: laptop." in said
    names = "pin, poe_port, short_cable, spare_adapter, other_outlet, app, computer"
    assert f"or names: {names}." in said


def test_a_word_in_two_labels_picks_neither() -> None:
    """ "network" is in "A short network cable" and "A computer on the same network"."""
    chosen, shown = picked_at_start(b"network\n\n")
    assert chosen is None and "Not one of them: network." in shown


def test_the_list_of_names_folds_with_no_line_ending_in_a_space() -> None:
    """Session 75 A: at 80 columns the help line broke after "pin," and kept the space, which a
    `script` log keeps and a screen reader may read."""
    _, shown = picked_at_start(b"laptop\n\n")
    lines = shown.splitlines()
    first = next(n for n, line in enumerate(lines) if "Not one of them" in line)
    said = lines[first : first + 2]  # the answer typed is not echoed: it ends the prompt's line
    assert said[1].endswith("computer.")  # it does fold at 80 columns
    assert [line.rstrip() for line in said] == said


def test_another_brand_s_checklist_names_the_app_as_the_web_s_does(db_url: str) -> None:
    """`guide --line other` offered "A phone with the maker's app" where the web's checklist
    for the same camera says "A phone with the camera's app" (unknown-camera review 76 G, #11d)."""
    child = spawn(["guide", "--line", "other", "--form-factor", "indoor"], db_url, columns=100)
    child.expect(r"Numbers, e\.g\.")
    child.sendcontrol("c")
    child.close()
    shown = plain(transcript(child))
    assert "A phone with the camera's app" in shown and "maker's app" not in shown
