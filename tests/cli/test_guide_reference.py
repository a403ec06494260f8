"""`camreset guide MODEL --ref T-4411`: an agent in a terminal tags the session with the ticket
number as the session's page does (a `details` event with `reference`), so `sessions` shows it
and `sessions --ref` finds it; only the page could set one (installer review 71, I #11)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from camreset.cli.app import app

SCRIPT = "tests/terminal/scripts/tapo-c200-success.yaml"


def test_a_reference_given_to_guide_is_found_by_sessions_ref(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    runner = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1"})
    ran = runner.invoke(
        app, ["guide", "tapo-c200", "--answers", SCRIPT, "--ref", "T-4411", "--database-url", url]
    )
    assert ran.exit_code == 0, ran.output
    runner.invoke(app, ["guide", "tapo-c200", "--answers", SCRIPT, "--database-url", url])
    found = runner.invoke(app, ["sessions", "--ref", "t4411", "--json", "--database-url", url])
    assert found.exit_code == 0, found.output
    assert [r["reference"] for r in json.loads(found.stdout)] == ["T-4411"]
    listed = runner.invoke(app, ["sessions", "--database-url", url]).stdout
    assert "ref “T-4411”" in listed


def test_a_reference_past_the_webs_limits_is_a_bad_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    runner = CliRunner()
    for bad, said in (("A" * 41, "at most 40 characters"), ("--", "a letter or digit")):
        ran = runner.invoke(
            app, ["guide", "tapo-c200", "--answers", SCRIPT, f"--ref={bad}", "--database-url", url]
        )
        assert ran.exit_code == 2 and said in ran.output, ran.output
