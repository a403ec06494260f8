"""A database URL camreset cannot use is one line and exit 2, and never shows its password.

Issue 10: `--database-url 'postgresql://u:pw@h:54x9/d'` gave a ValueError traceback and
`mysql://…` a ModuleNotFoundError one. docs/settings.md states the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from camreset.cli.app import app
from camreset.errors import StoreError
from camreset.settings import load_settings
from camreset.store.engine import make_engine

SCRIPT = Path(__file__).resolve().parents[1] / "terminal" / "scripts" / "tapo-c200-success.yaml"
FORMS = "use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST[:PORT]/NAME"
BAD_PORT = "the port is not a number from 1 to 65535"
COMMANDS = [
    ["sessions"],
    ["report", "x" * 32],
    ["guide", "tapo-c200", "--answers", str(SCRIPT)],
]
URLS = [
    ("postgresql://u:s3cret@h:54x9/d", BAD_PORT),
    ("postgresql+psycopg://u:s3cret@h:/d", BAD_PORT),
    ("postgresql://u:s3cret@h:99999/d", BAD_PORT),
    ("mysql://u:s3cret@h/d", f"camreset cannot use 'mysql' databases; {FORMS}"),
    ("postgresql+psycopg2://u:s3cret@h/d", "cannot use 'postgresql+psycopg2' databases"),
    ("s3cret", f"not a database URL; {FORMS}"),
]

runner = CliRunner(env={"NO_COLOR": "1", "CAMRESET_DATABASE_URL": None})


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize(("url", "message"), URLS)
def test_a_url_camreset_cannot_use_is_one_line_exit_2(
    command: list[str], url: str, message: str
) -> None:
    result = runner.invoke(app, [*command, "--database-url", url])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2
    assert result.stderr.startswith(f"camreset {command[0]}: --database-url: ")
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert "s3cret" not in result.output


def test_the_environment_variable_follows_the_same_rule() -> None:
    result = runner.invoke(app, ["sessions"], env={"CAMRESET_DATABASE_URL": "mysql://u:s3cret@h/d"})
    assert result.exit_code == 2
    assert result.stderr.startswith("camreset sessions: CAMRESET_DATABASE_URL: camreset cannot use")


def test_debug_shows_the_traceback_but_not_the_password() -> None:
    result = runner.invoke(app, ["--debug", "sessions", "--database-url", "mysql://u:s3cret@h/d"])
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "s3cret" not in result.output


def test_the_supported_urls_pass() -> None:
    for url in (
        "sqlite:////tmp/x.sqlite3",
        "postgresql://u:pw@db.internal:5432/camreset",
        "postgresql+psycopg://u@[::1]/camreset",
    ):
        assert load_settings(database_url=url).database_url == url


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite:///file::memory:"])
def test_an_in_memory_database_is_refused_as_it_keeps_no_session(url: str) -> None:
    for command in COMMANDS:
        result = runner.invoke(app, [*command, "--database-url", url])
        assert result.exit_code == 2, command
        assert "--database-url: an in-memory SQLite database keeps no session" in result.stderr


def test_the_store_applies_the_rule_too_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        make_engine("mysql://u:s3cret@h/d")
    assert "s3cret" not in str(caught.value)
    assert str(caught.value).startswith("database URL: camreset cannot use 'mysql' databases")


def test_a_server_that_is_down_is_said_not_opened_not_migrated() -> None:
    """Terminal review 71, I #13: `sessions` against a PostgreSQL server that is down said
    "could not migrate the session database": only a list was asked for."""
    import socket

    with socket.socket() as free:  # a loopback port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    url = f"postgresql+psycopg://u:s3cret@127.0.0.1:{port}/d?connect_timeout=2"
    result = runner.invoke(app, ["sessions", "--database-url", url])
    assert result.exit_code == 1
    assert result.stderr.startswith("camreset sessions: could not open the session database: ")
    assert "migrate" not in result.stderr and "s3cret" not in result.output
