"""`guide --power`: an installer says how the camera is powered before the first step, as the
API's `power` does (installer review 62, #3: a Dahua PoE dome reached support without power
ever being asked, its report hedging every power cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import Cli
from .pty_driver import finish, plain, spawn, transcript

DOME = "dahua-ipc-hdbw3433r-zas"


def _report(cli: Cli, power: str | None, tmp_path: Path) -> str:
    none = tmp_path / "none.json"
    none.write_text(json.dumps([]), encoding="utf-8")
    said = ["--power", power] if power else []
    result = cli("guide", DOME, "--have", "pin,computer", *said, "--answers", str(none))
    assert result.exit_code == 4, result.output
    session = result.stdout.split("Session: ", 1)[1].split()[0]
    return str(cli("report", session).stdout)


def test_a_power_given_on_the_command_line_is_the_cameras_power_in_the_report(
    cli: Cli, tmp_path: Path
) -> None:
    assert "Powered by" not in _report(cli, None, tmp_path)
    assert (
        "- **Powered by:** PoE (power over the network cable) (given when the session began)"
        in (_report(cli, "poe", tmp_path))
    )


def test_a_power_the_cameras_sources_do_not_give_is_refused_and_nothing_saved(
    cli: Cli, tmp_path: Path
) -> None:
    none = tmp_path / "none.json"
    none.write_text("[]", encoding="utf-8")
    result = cli("guide", "tapo-c200", "--power", "poe", "--answers", str(none))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "camreset guide: power: the sources of the Tapo C200 give it powered by power adapter, "
        "not PoE (power over the network cable); check the model"
    ]
    assert json.loads(cli("sessions", "--json").stdout) == []


def test_in_a_terminal_a_power_that_does_not_fit_is_said_before_the_checklist(
    db_url: str,
) -> None:
    child = spawn(["guide", "tapo-c200", "--power", "poe"], db_url, columns=200)
    assert finish(child) == 2
    said = plain(transcript(child))
    assert "give it powered by power adapter, not PoE" in said
    assert "at hand" not in said  # the checklist was not asked first


@pytest.mark.parametrize(
    ("said", "line"),
    [
        (
            ("lorex-e893ddp", "--power", "transformer"),
            "camreset guide: power: the Lorex E893DDP 4K smart deterrence IP dome is a dome "
            "camera, so it may be powered by power adapter or USB or PoE (power over the network "
            "cable) or battery or solar panel, not doorbell wiring (transformer); check the model",
        ),
        (
            ("--line", "other", "--form-factor", "battery", "--power", "poe"),
            "camreset guide: power: a battery camera may be powered by USB or battery or solar "
            "panel, not PoE (power over the network cable); check the shape",
        ),
    ],
)
def test_a_power_the_cameras_shape_rules_out_is_refused_as_the_web_refuses_it(
    cli: Cli, tmp_path: Path, said: tuple[str, ...], line: str
) -> None:
    """Session 70 leftover: a dome said to be on doorbell wiring, a battery camera of another
    brand said to be on PoE, started without a word (the dome's power dropped, the battery
    camera's report "Powered by: PoE"), where the web's form never offers either."""
    none = tmp_path / "none.json"
    none.write_text("[]", encoding="utf-8")
    result = cli("guide", *said, "--answers", str(none))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [line]
    assert json.loads(cli("sessions", "--json").stdout) == []
