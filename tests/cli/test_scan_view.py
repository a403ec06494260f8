"""`camreset scan` and `check` in a terminal: every field readable at 80 and at 40 columns (a
table left "how it knows" one letter wide at 80 and dropped the setup state at 40).

Run through the command itself, at the width `COLUMNS` gives, over an emulated camera: a
helper the command did not call was tested here, at a width no user got (review 71 C, #11).
"""

from __future__ import annotations

import pytest
from rich.console import Console
from tests.net.conftest import emulated_in_thread
from typer.testing import CliRunner

from camreset.cli.app import app
from camreset.cli.scan_cmd import camera_view
from camreset.core.present.network_words import SETUP_STATE_SHORT, SETUP_STATE_WORDS
from camreset.net.model import Camera, DiscoveredCamera

EVIDENCE = "DHIP: Init=150, initialised (an admin password is set)"


def scanned(
    width: int | None, *cameras: tuple[str, str], model: str | None = None, command: str = "scan"
) -> list[str]:
    """The lines `camreset scan --target …` (or `check ADDR`) prints at `width` columns (None:
    into a pipe), the emulated cameras (profile, address) answering, before the lines that
    name each one's reset card."""
    targets = [arg for _, address in cameras for arg in ("--target", address)]
    args = [command, cameras[0][1]] if command == "check" else [command, *targets]
    columns = None if width is None else str(width)
    runner = CliRunner(env={"COLUMNS": columns, "NO_COLOR": "1", "FORCE_COLOR": None})
    with emulated_in_thread(*cameras, model=model):
        result = runner.invoke(app, [*args, "--timeout", "0.5"])
    assert result.exit_code == 0, result.output
    cards = (": reset card:", "  camreset show ")  # its command on a line of its own (G #2)
    return [line for line in result.stdout.splitlines() if not any(c in line for c in cards)]


@pytest.mark.parametrize("command", ["scan", "check"])
def test_in_a_pipe_each_camera_is_one_line_grep_finds_whole(command: str) -> None:
    """Terminal review 71, I #8: `scan | grep factory` found "Back at" of a row whose
    "factory" and "settings" stood alone on the two lines under it."""
    lines = scanned(None, ("tapo-factory", "127.0.0.24"), command=command)
    rows = [line for line in lines if not line.startswith("The camera says")]  # check's verdict
    found = [line for line in rows if "factory" in line and "Tapo discovery" not in line]
    assert found == [], lines  # "factory" only in the camera's own row
    row = next(line for line in lines if "127.0.0.24" in line)
    assert row.split()[:3] == ["Tapo", "TC40", "127.0.0.24"]
    assert "Back at factory settings" in row
    assert row.endswith("Tapo discovery: factory_default=true")
    assert not any(line.endswith(" ") for line in lines)


def test_a_terminal_too_narrow_for_the_whole_table_shows_blocks_it_can_read() -> None:
    """At 100 columns a Tapo's 29-character firmware left "how it knows" two letters wide:
    "Ta" / "po" / "di" / "sc" …, 60 lines for two cameras (terminal review 71, I #8)."""
    lines = scanned(100, ("tapo-factory", "127.0.0.24"), ("dahua-initialised", "127.0.0.25"))
    assert all(len(line) <= 100 for line in lines), lines
    assert "how it knows Tapo discovery: factory_default=true" in lines
    assert "setup state  Back at factory settings" in lines
    assert len(lines) == 16  # two blocks of seven lines, a blank line, the Tapo's usual steps


@pytest.mark.parametrize("width", [None, 120])
def test_a_camera_s_name_is_shown_as_sent_never_read_as_markup_or_codes(width: int | None) -> None:
    """A device on the network names its own model: "[/x]" stopped the table ("something
    went wrong inside camreset (MarkupError)", exit 70), and an escape sequence in it reached
    the terminal in the reset card's line."""
    name = "[/x]IP[bold]4M\x1b]0;title\x07"
    lines = scanned(width, ("dahua-initialised", "127.0.0.26"), model=name)
    row = next(line for line in lines if line.startswith("Amcrest"))
    assert "[/x]IP[bold]4M" in row
    everything = "\n".join(lines)
    assert "\x1b" not in everything and "\x07" not in everything


@pytest.mark.parametrize("width", [40, 80])
def test_a_narrow_terminal_shows_each_camera_as_label_and_value(width: int) -> None:
    lines = scanned(width, ("dahua-initialised", "127.0.0.21"))
    assert all(len(line) <= width for line in lines)
    state = "setup state  Still set up"
    for shown in (state, "MAC          9c:8e:cd:00:00:02", "firmware     2.800"):
        assert any(line.startswith(shown) for line in lines), shown
    told = lines[next(n for n, line in enumerate(lines) if line.startswith("how it knows")) :]
    assert " ".join(" ".join(told).removeprefix("how it knows").split()) == EVIDENCE


def test_a_wide_terminal_shows_a_table_row_per_camera() -> None:
    lines = scanned(120, ("dahua-initialised", "127.0.0.21"), ("dahua-uninitialised", "127.0.0.22"))
    assert lines[0].split()[:4] == ["brand", "model", "address", "MAC"]
    assert sum(line.startswith("Amcrest") for line in lines) == 2


def test_the_table_names_each_setup_state_as_the_web_and_the_guide_do() -> None:
    """Session 70 leftover: `check` said "set up" for a camera not at factory settings, where the
    web's finder, `reset-remote` and the guide said "Still set up"."""
    cameras = [
        Camera((DiscoveredCamera("dhip", f"127.0.0.{n}", state, EVIDENCE, brand="Amcrest"),))
        for n, state in enumerate(("set_up", "factory", "unknown"), start=21)
    ]
    console = Console(width=120, record=True, highlight=False, color_system=None)
    console.print(camera_view(120, cameras))
    rows = [" ".join(line.split()) for line in console.export_text().splitlines()]
    assert any("127.0.0.21 Still set up DHIP:" in row for row in rows)
    assert any("127.0.0.22 Back at DHIP:" in row for row in rows)  # "factory settings" below
    assert any("127.0.0.23 Does not say DHIP:" in row for row in rows)
    for state, short in SETUP_STATE_SHORT.items():  # the web's words begin with the table's
        assert SETUP_STATE_WORDS[state].startswith(short)
    assert SETUP_STATE_WORDS["set_up"] == "Still set up"


def test_the_network_doc_says_what_a_terminal_and_a_pipe_show() -> None:
    """Technician review 74, G #10d: at 80 columns `check` prints label/value blocks, piped one
    row per camera; docs/network.md now says so next to its examples, with the widths the
    command uses (tested above), so a grep in a script is not a surprise."""
    from pathlib import Path

    from camreset.cli.scan_cmd import EVIDENCE_ROOM, WIDE

    doc = Path(__file__).parents[2] / "docs" / "network.md"
    said = " ".join(doc.read_text(encoding="utf-8").split())
    examples = said.index('camreset check 192.168.1.108 --json # with "verdict" for scripts')
    near = said[examples : examples + 800]
    assert f"At a terminal under {WIDE} columns wide" in near
    assert f'"how it knows" under {EVIDENCE_ROOM} columns' in near
    assert "block of label/value lines" in near
    assert "Piped or redirected, it is always the table: a header line, then one line per" in near
