"""Run the real `camreset` command line in process, at a fixed width, without colour."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from typer.testing import CliRunner

from camreset.cli.app import app

WIDTH = 100


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.out.splitlines()]


@pytest.fixture
def cli() -> object:
    runner = CliRunner(env={"COLUMNS": str(WIDTH), "NO_COLOR": "1", "FORCE_COLOR": None})

    def run(*args: str) -> Run:
        result = runner.invoke(app, list(args))
        assert "Traceback" not in result.output
        if result.exception is not None:
            assert isinstance(result.exception, SystemExit), result.exception
        return Run(result.exit_code, result.stdout, result.stderr)

    return run
