"""The report of a session answered from a file says so, and shows no time spent on those
steps: support read "0 s" beside "Let the camera restart" as a wait the person cut short
(technician review 51)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from camreset.app import SessionService
from camreset.core.session import Command
from camreset.kb_files import load_kb
from camreset.store.session_store import SessionStore

from .conftest import Cli

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _person_answers(db_url: str) -> str:
    """A session whose first two steps a person answered, a minute apart each."""
    times = iter(START + timedelta(minutes=m) for m in range(3))
    service = SessionService(SessionStore.from_url(db_url), load_kb(), clock=lambda: next(times))
    try:
        session, state = service.start(model="tapo-c200")
        for answer in ("wont-reset", "few-seconds"):
            state = service.apply(session, Command("answer", state.current.id, answer))
    finally:
        service.close()
    return session


def test_steps_from_a_file_show_no_time_spent_and_the_report_says_why(
    cli: Cli, tmp_path: Path
) -> None:
    session = _person_answers(cli.db_url)
    more = tmp_path / "more.json"
    more.write_text(json.dumps(["nothing", "no-restart"]), encoding="utf-8")
    assert cli("guide", "--resume", session, "--answers", str(more)).exit_code == 4

    steps = json.loads(cli("report", session, "--format", "json").stdout)["steps"]
    assert [(s["answer_id"], s["scripted"]) for s in steps] == [
        ("wont-reset", False),
        ("few-seconds", False),
        ("nothing", True),
        ("no-restart", True),
    ]
    assert [s["seconds"] for s in steps[:2]] == [60.0, 60.0]  # the person's own pace
    assert [s["seconds"] for s in steps[2:]] == [None, None]

    markdown = cli("report", session).stdout
    assert (
        "- **Answered:** 2 of the 4 steps from a file (camreset guide --answers), not at the "
        "camera at that moment: no time spent is shown for those"
    ) in markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| 3 |")]
    assert rows and "| – |" in rows[0] and "| 0 s |" not in rows[0]


def test_a_session_answered_only_from_a_file_gives_no_last_answer_span(
    cli: Cli, tmp_path: Path
) -> None:
    items = tmp_path / "a.json"
    items.write_text(json.dumps(["wont-reset", "few-seconds"]), encoding="utf-8")
    assert cli("guide", "tapo-c200", "--answers", str(items)).exit_code == 4
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    text = cli("report", session, "--format", "txt").stdout
    assert "every step from a file (camreset guide --answers)" in text
    assert "Last answer" not in text  # "0 s after the start" says nothing
    assert "Time spent: –" in text and "Time spent: 0 s" not in text


def test_waits_answered_from_a_file_are_not_taken_as_cut_short(cli: Cli) -> None:
    """A diff reviewer (session 52): every wait in a file is answered at once, so a scripted
    run ended at "Worth one more try: a step was cut short" and its report ruled nothing out.
    The file says the person waited; its pace says nothing."""
    from camreset.core.report import RULED_OUT_NOTE

    from .conftest import SCRIPTS

    story = str(SCRIPTS / "amcrest-bullet-escalation.yaml")
    result = cli("guide", "amcrest-ip4m-1046ew", "--answers", story)
    assert result.exit_code == 3, result.output
    assert "Not solved at home: take the report to support." in result.stdout
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    text = cli("report", session, "--format", "txt").stdout
    text = " ".join(text.split())  # folded at 80 columns: read with its spaces joined
    text = text.replace(RULED_OUT_NOTE, "")  # the note under "Causes ruled out": no step's
    assert "cut short" not in text and "answered 0 s after it showed" not in text
    assert "Outcome: Not solved at home" in text


def test_the_text_report_folds_at_the_terminal_and_not_in_a_pipe(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`report --format txt` printed its "Reset button:" line 200+ columns wide at an 80-column
    terminal (technician review 74, G #10c). At a terminal it folds, each continuation indented
    under its label and every address whole; piped (for a chat box or a form) it does not."""
    from .conftest import SCRIPTS

    story = str(SCRIPTS / "amcrest-bullet-escalation.yaml")
    assert cli("guide", "amcrest-ip4m-1046ew", "--answers", story).exit_code == 3
    session = json.loads(cli("sessions", "--json").stdout)[0]["id"]
    folded = cli("report", session, "--format", "txt").stdout.splitlines()
    monkeypatch.delenv("COLUMNS")
    piped = cli("report", session, "--format", "txt").stdout.splitlines()

    assert max(len(line) for line in piped) > 120  # the test has a long line to fold
    assert all(len(line) <= 80 for line in folded if " " in line.strip())
    urls = {u for line in piped for u in re.findall(r"https?://\S+", line)}
    assert urls and urls == {u for line in folded for u in re.findall(r"https?://\S+", line)}
    assert " ".join(" ".join(folded).split()) == " ".join(" ".join(piped).split())
    button = next(i for i, line in enumerate(folded) if line.startswith("Reset button:"))
    assert folded[button + 1].startswith(" " * len("Reset button: "))
