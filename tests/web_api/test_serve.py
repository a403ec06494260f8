"""`camreset serve` starts with no configuration and prints where to go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
import uvicorn
from typer.testing import CliRunner

from camreset.cli import serve_cmd
from camreset.cli.app import app


def serve_app() -> typer.Typer:
    return app


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """uvicorn's Server.run replaced by a recorder: the test sees what would be served, and
    how. serve binds the sockets itself (tests/cli/test_serve_errors.py); here it binds none,
    so these tests do not depend on port 8000 being free."""
    seen: dict[str, Any] = {}

    def run(server: uvicorn.Server, sockets: list[Any] | None = None) -> None:
        config = server.config
        seen.update(host=config.host, port=config.port, access_log=config.access_log)
        seen.update(app=config.app, sockets=sockets)

    monkeypatch.setattr(uvicorn.Server, "run", run)
    monkeypatch.setattr(serve_cmd, "listen", lambda host, port: [])
    for name in ("DATABASE_URL", "HOST", "PORT", "BASE_URL"):
        monkeypatch.delenv(f"CAMRESET_{name}", raising=False)
    return seen


def test_serve_needs_no_configuration(
    started: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = CliRunner().invoke(serve_app(), ["serve"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8000/" in result.output
    assert (started["host"], started["port"]) == ("127.0.0.1", 8000)
    assert (tmp_path / "camreset" / "camreset.sqlite3").exists()


def test_serve_keeps_uvicorns_access_log_off(started: dict[str, Any], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    result = CliRunner().invoke(serve_app(), ["serve", "--database-url", url, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert started["access_log"] is False
    assert "http://127.0.0.1:8123/" in result.output


def test_a_bad_database_url_is_a_plain_error(started: dict[str, Any]) -> None:
    result = CliRunner().invoke(serve_app(), ["serve", "--database-url", "nonsense://"])
    assert result.exit_code == 2
    assert "camreset serve:" in result.output and "Traceback" not in result.output
    assert started == {}
