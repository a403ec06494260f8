"""`camreset sessions` shows the reference a helper typed on a session's page (helpdesk review
67, #4: rows of one model with nothing linking a row to a caller)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from camreset.app import SessionService
from camreset.cli.app import app
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
