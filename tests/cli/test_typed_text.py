"""Nothing a person typed reaches the terminal raw: reports, errors and tables alike.

Issue 10: `camreset report` passed escape sequences typed on the web straight to the terminal
(an OSC sequence retitles the window, CSI clears the screen, U+202E reverses what follows),
and a serial with newlines forged lines of the plain-text report; a lone surrogate (which the
JSON API accepts) made every format of `camreset report` fail with a traceback.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from camreset.app import SessionService
from camreset.cli.app import app
from camreset.core.session import Command
from camreset.kb_files import load_kb
from camreset.store import SessionStore

SCRIPTS = Path(__file__).resolve().parents[1] / "terminal" / "scripts"
SERIAL = "SN1\nOutcome: The camera is reset\nSession: forged"
FIRMWARE = "1.0\x1b]0;pwned\x07\x1b[2J\u202eevil\x9b31m\ud800"  # + a lone surrogate
COMMENT = "fine\x1b[8m hidden\u2066 \ud800"
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})


def unsafe(text: str) -> list[str]:
    """Characters other than a plain newline that a terminal would act on."""
    return [
        ch
        for ch in text
        if ch != "\n"
        and (unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in BIDI_CONTROLS)
    ]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'typed.sqlite3'}"


@pytest.fixture
def forged(db_url: str) -> Iterator[str]:
    """A finished session whose details and comment were typed (on the web) to forge."""
    service = SessionService(SessionStore.from_url(db_url), load_kb())
    try:
        session_id, state = service.start(model="tapo-c200")
        items = (SCRIPTS / "tapo-c200-success.yaml").read_text().split("\n")
        answers = [line.split()[1].strip('"') for line in items if line.startswith("- ")]
        for answer in answers[:-1]:
            kind = "done" if answer == "done" else "answer"
            state = service.apply(session_id, Command(kind, state.current.id, answer))
        service.apply(session_id, Command("details", data={"serial": SERIAL, "firmware": FIRMWARE}))
        feedback = Command("feedback", state.current.id, data={"fixed": "no", "comment": COMMENT})
        service.apply(session_id, feedback)
        yield session_id
    finally:
        service.close()


def report(db_url: str, session_id: str, fmt: str) -> str:
    result = runner.invoke(app, ["report", session_id, "--format", fmt, "--database-url", db_url])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_text_report_shows_typed_text_as_one_inert_line(
    db_url: str, forged: str, fmt: str
) -> None:
    out = report(db_url, forged, fmt)
    assert unsafe(out) == []
    lines = out.splitlines()
    assert not [line for line in lines if line.startswith(("Outcome: The", "Session: forged"))]
    assert len([line for line in lines if "SN1 Outcome: The camera is reset" in line]) == 1


def test_a_json_report_escapes_typed_text_and_keeps_it_exact(db_url: str, forged: str) -> None:
    out = report(db_url, forged, "json")
    assert unsafe(out) == []
    document = json.loads(out)
    saved = FIRMWARE.replace("\u202e", "")  # bidi marks are dropped when saved, all else kept
    assert (document["serial"], document["firmware"]) == (SERIAL, saved)
    assert document["feedback"]["comment"] == COMMENT.replace("\u2066", "")


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_an_error_quoting_a_typed_file_name_prints_it_inert(tmp_path: Path, debug: bool) -> None:
    name = tmp_path / "story\x1b]0;pwned\x07\u202e.yaml"
    args = ["guide", "tapo-c200", "--answers", str(name)]
    result = runner.invoke(app, ["--debug", *args] if debug else args)
    assert result.exit_code == 2
    assert unsafe(result.stderr) == []
    assert ("Traceback" in result.stderr) is debug
    assert len(result.stderr.splitlines()) == 1 or debug
    assert result.stderr.endswith(
        "story\ufffd]0;pwned\ufffd\ufffd.yaml: cannot read: No such file or directory\n"
    )


def test_engine_ids_are_shown_as_text_never_as_markup_or_escapes(tmp_path: Path) -> None:
    model = {
        "faults": {"F1": 0.5, "F2": 0.5},
        "actions": [
            {"id": "[/x]", "cost": 1, "fixes": {"F1": 1}},
            {"id": "[bold]A2\x1b[2J", "cost": 2, "fixes": {"F2": 1}},
        ],
    }
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model))
    result = runner.invoke(
        app, ["engine", "solve", str(path), "--sequence", "[/x],[bold]A2\x1b[2J"]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.output
    assert unsafe(result.stdout) == []
    assert "[/x] → [bold]A2\ufffd[2J" in result.stdout
