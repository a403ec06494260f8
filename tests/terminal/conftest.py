"""Terminal tests: scripted runs in process (Typer's runner), the wizard in a pseudo-terminal.

Every test gets its own SQLite file through `--database-url`; no CAMRESET_* variable from
the environment leaks in.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from camreset.cli.app import app
from camreset.cli.wizard.keys import LineReader

ROOT = Path(__file__).resolve().parents[2]
CAMRESET = ROOT / ".venv" / "bin" / "camreset"
HERE = Path(__file__).parent
SCRIPTS = HERE / "scripts"
GOLDEN = HERE / "golden"
BASE = "http://camreset.test"


def cli_app() -> typer.Typer:
    """The real `camreset` app: its one error handler is part of what is tested."""
    return app


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("CAMRESET_") and name != "CAMRESET_REGENERATE_GOLDEN":
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sessions.sqlite3'}"


class Cli:
    """Runs `camreset <args>` in process against one database."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.runner = CliRunner()
        self.app = cli_app()

    def __call__(self, *args: str, stdin: str | None = None) -> Any:
        full = [*args, "--database-url", self.db_url, "--base-url", BASE]
        return self.runner.invoke(self.app, full, input=stdin)

    def json_lines(self, *args: str) -> tuple[int, list[dict[str, Any]]]:
        result = self(*args, "--json")
        return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def cli(db_url: str) -> Cli:
    return Cli(db_url)


@contextmanager
def typed_ahead(data: bytes) -> Iterator[LineReader]:
    """A reader over a pipe (not a terminal) that already holds `data`."""
    read, write = os.pipe()
    try:
        os.write(write, data)
        yield LineReader(read)
    finally:
        os.close(read)
        os.close(write)
