"""`camreset scan` and `check` in a terminal: every field readable at 80 and at 40 columns (a
table left "how it knows" one letter wide at 80 and dropped the setup state at 40)."""

from __future__ import annotations

import pytest
from rich.console import Console

from camreset.cli.scan_cmd import show_cameras
from camreset.core.present.words import SETUP_STATE_SHORT, SETUP_STATE_WORDS
from camreset.net.model import Camera, DiscoveredCamera

EVIDENCE = "DHIP: Init=150, initialised (an admin password is set)"


def _camera() -> Camera:
    reply = DiscoveredCamera(
        "dhip", "127.0.0.21", "set_up", EVIDENCE, brand="Amcrest", model="IP4M-1041B",
        firmware="V2.800.0000000.3.R", mac="9c:8e:cd:00:00:02",
    )  # fmt: skip
    return Camera((reply,))


@pytest.mark.parametrize("width", [40, 80])
def test_a_narrow_terminal_shows_each_camera_as_label_and_value(width: int) -> None:
    console = Console(width=width, record=True, highlight=False, color_system=None)
    show_cameras(console, [_camera()])
    lines = console.export_text().splitlines()
    assert all(len(line) <= width for line in lines)
    state = "setup state  Still set up"
    for shown in (state, "MAC          9c:8e:cd:00:00:02", "firmware     V2.800"):
        assert any(line.startswith(shown) for line in lines), shown
    told = lines[next(n for n, line in enumerate(lines) if line.startswith("how it knows")) :]
    assert " ".join(" ".join(told).removeprefix("how it knows").split()) == EVIDENCE


def test_a_wide_terminal_shows_a_table_row_per_camera() -> None:
    console = Console(width=120, record=True, highlight=False, color_system=None)
    show_cameras(console, [_camera(), _camera()])
    lines = console.export_text().splitlines()
    assert lines[0].split()[:4] == ["brand", "model", "address", "MAC"]
    assert sum("127.0.0.21" in line for line in lines) == 2


def test_the_table_names_each_setup_state_as_the_web_and_the_guide_do() -> None:
    """Session 70 leftover: `check` said "set up" for a camera not at factory settings, where the
    web's finder, `reset-remote` and the guide said "Still set up"."""
    cameras = [
        Camera((DiscoveredCamera("dhip", f"127.0.0.{n}", state, EVIDENCE, brand="Amcrest"),))
        for n, state in enumerate(("set_up", "factory", "unknown"), start=21)
    ]
    console = Console(width=120, record=True, highlight=False, color_system=None)
    show_cameras(console, cameras)
    rows = [" ".join(line.split()) for line in console.export_text().splitlines()]
    assert any("127.0.0.21 Still set up DHIP:" in row for row in rows)
    assert any("127.0.0.22 Back at DHIP:" in row for row in rows)  # "factory settings" below
    assert any("127.0.0.23 Does not say DHIP:" in row for row in rows)
    for state, short in SETUP_STATE_SHORT.items():  # the web's words begin with the table's
        assert SETUP_STATE_WORDS[state].startswith(short)
    assert SETUP_STATE_WORDS["set_up"] == "Still set up"
