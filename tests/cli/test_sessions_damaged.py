"""`camreset sessions` lists every session it can and says which cannot be read (robustness
review 70, #1 and #8): one hand-edited row was a traceback for the whole list, and a session
whose events cannot be read was listed "in progress" like any other."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from camreset.app import SessionService
from camreset.cli.app import app
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore


def _three(tmp_path: Path) -> tuple[str, list[str]]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    service = SessionService(SessionStore.from_url(url), load_kb())
    return url, [service.start(model="tapo-c200")[0] for _ in range(3)]


def _sql(url: str, statement: str, **params: str) -> None:
    with create_engine(url).begin() as db:
        db.execute(text(statement), params)


def _listed(url: str, *more: str) -> tuple[int, str, str]:
    runner = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1"})
    result = runner.invoke(app, ["sessions", "--database-url", url, *more])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_a_row_with_a_bad_json_column_does_not_hide_the_others(tmp_path: Path) -> None:
    url, ids = _three(tmp_path)
    _sql(url, "update sessions set have = 'garbage', feedback = '{' where id = :id", id=ids[1])
    code, out, _ = _listed(url)
    assert code == 0
    assert all(session_id in out for session_id in ids)  # its events are whole: it opens too


def test_a_row_whose_times_cannot_be_read_is_listed_as_damaged(tmp_path: Path) -> None:
    url, ids = _three(tmp_path)
    _sql(url, "update sessions set created_at = 'garbage' where id = :id", id=ids[1])
    code, out, _ = _listed(url)
    assert code == 0 and all(session_id in out for session_id in ids)
    row = next(line for line in out.splitlines() if line.startswith(ids[1]))
    assert "unknown" in row


def test_a_session_whose_events_cannot_be_read_is_listed_as_damaged(tmp_path: Path) -> None:
    url, ids = _three(tmp_path)
    _sql(url, "update events set type = 'nonsense' where session_id = :id", id=ids[0])
    code, out, _ = _listed(url)
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith(ids[0]))
    assert f"damaged: cannot be read (camreset report {ids[0]} says why)" in row
    assert "in progress" not in row
    others = [line for line in out.splitlines() if line.startswith((ids[1], ids[2]))]
    assert len(others) == 2 and all("in progress" in line for line in others)
    records = json.loads(_listed(url, "--json")[1])
    assert {r["id"]: r["state"] for r in records}[ids[0]] == "damaged"
