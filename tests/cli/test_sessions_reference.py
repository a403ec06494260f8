"""`camreset sessions` shows the reference a helper typed on a session's page (helpdesk review
67, #4: rows of one model with nothing linking a row to a caller)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from camreset.app import SessionService
from camreset.cli.app import app, main
from camreset.core.session import Command
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore


def test_the_list_names_each_session_s_reference(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    service = SessionService(SessionStore.from_url(url), load_kb())
    ann, _ = service.start(model="tapo-c200")
    bob, _ = service.start(model="tapo-c200")
    service.apply(ann, Command("details", data={"reference": "T-4411\tAnn\x1b"}))
    runner = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1"})
    listed = runner.invoke(app, ["sessions", "--database-url", url])
    assert listed.exit_code == 0, listed.output
    row = next(line for line in listed.stdout.splitlines() if line.startswith(ann))
    assert "ref “T-4411 Ann”" in row and "\x1b" not in listed.stdout  # one safe line
    assert "ref “" not in next(line for line in listed.stdout.splitlines() if line.startswith(bob))
    rows = json.loads(runner.invoke(app, ["sessions", "--json", "--database-url", url]).stdout)
    assert {r["id"]: r["reference"] for r in rows} == {ann: "T-4411 Ann", bob: None}


def test_ref_lists_only_the_sessions_whose_reference_holds_it(tmp_path: Path) -> None:
    """A call-back to another agent: the ticket finds the session (helpdesk review 70 H, #4)."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    service = SessionService(SessionStore.from_url(url), load_kb())
    ann, _ = service.start(model="tapo-c200")
    bob, _ = service.start(model="tapo-c200")
    service.apply(ann, Command("details", data={"reference": "T-4411 (2nd call)"}))
    service.apply(bob, Command("details", data={"reference": "T-5000"}))
    runner = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1"})
    found = runner.invoke(app, ["sessions", "--ref", "t 4411", "--json", "--database-url", url])
    assert found.exit_code == 0, found.output
    assert [r["id"] for r in json.loads(found.stdout)] == [ann]
    none = runner.invoke(app, ["sessions", "--ref", "T-9999", "--database-url", url])
    assert none.exit_code == 1
    assert none.stderr.startswith("No session has a reference with “T-9999” in it")


def test_a_ref_with_no_letter_or_digit_is_a_bad_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    with pytest.raises(SystemExit) as exited:
        main(["sessions", "--ref", " - ", "--database-url", url])
    assert exited.value.code == 2
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("camreset sessions: Invalid value for --ref: give the reference")
