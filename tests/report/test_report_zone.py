"""The report's times are on the person's clock, with its offset; the JSON keeps UTC.

A person phoning support reads "Started 15:00" against their own watch; a report that says
09:30 UTC makes them (and the agent) do sums. Events are stored in UTC all the same.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from camreset.app.local_time import local_zone
from camreset.cli.app import app
from camreset.core.report import build_report, render_markdown, render_text
from camreset.core.session import Command, Guide, SessionState
from camreset.core.session.intake import parse_have
from camreset.kb_files import load_kb

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
INDIA = timezone(timedelta(hours=5, minutes=30))
SCRIPTS = Path(__file__).parents[1] / "terminal" / "scripts"
TZ_INDIA = "IST-05:30"
"""The POSIX spelling of UTC+05:30: needs no time-zone database on the machine."""
TZ_PARIS = "CET-1CEST,M3.5.0,M10.5.0/3"
"""Central European time with its summer time, spelled out the same way."""


def _session() -> SessionState:
    kb = load_kb()
    guide = Guide(kb)
    state = guide.replay([guide.start(model="tapo-c200", have=parse_have(["pin"]), at=T0)])
    for n in (1, 2):
        step = state.current
        answer = step.answers[0].id
        command = Command("answer", step.id, answer)
        state = guide.extend(state, [guide.command(state, command, T0 + timedelta(minutes=n))])
    return state


def test_the_report_reads_on_the_given_clock_with_its_offset() -> None:
    kb, state = load_kb(), _session()
    local = build_report(kb, state, zone=INDIA)
    markdown = render_markdown(local)
    assert "- **Started:** 2025-03-01 15:00 UTC+05:30" in markdown
    assert "15:02 UTC+05:30, 2 min after the start" in markdown
    assert "| # | Time (UTC+05:30) |" in markdown
    assert "| 1 | 15:01:00 |" in markdown
    text = render_text(local)
    assert re.search(r"Started: +2025-03-01 15:00 UTC\+05:30", text)
    assert " 1. 15:01:00  " in text


def test_without_a_zone_the_report_says_utc() -> None:
    kb, state = load_kb(), _session()
    markdown = render_markdown(build_report(kb, state))
    assert "- **Started:** 2025-03-01 09:30 UTC" in markdown
    assert "| # | Time (UTC) |" in markdown and "| 1 | 09:31:00 |" in markdown


def test_the_same_instants_whatever_the_clock() -> None:
    kb, state = load_kb(), _session()
    utc = build_report(kb, state)
    local = build_report(kb, state, zone=INDIA)
    assert local.started_at == utc.started_at
    assert [s.at for s in local.steps] == [s.at for s in utc.steps]


def _machine_clock(monkeypatch: pytest.MonkeyPatch, zone: str) -> Iterator[None]:
    """This process on a machine set to `zone`, then back as it was."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def india(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine set to UTC+05:30."""
    yield from _machine_clock(monkeypatch, TZ_INDIA)


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine in Paris (summer time from March to October)."""
    yield from _machine_clock(monkeypatch, TZ_PARIS)


@pytest.mark.usefixtures("paris")
def test_a_summer_time_is_read_with_summers_offset_whenever_the_report_is_made() -> None:
    """A July session read in December showed July's noon UTC as "13:00 UTC+01:00", on the
    offset of the day the report was made (flake review 61, #4): it is 14:00 UTC+02:00."""
    july = datetime(2026, 7, 1, 12, 0, tzinfo=UTC).astimezone(local_zone())
    december = datetime(2026, 12, 1, 12, 0, tzinfo=UTC).astimezone(local_zone())
    assert (july.strftime("%H:%M"), july.utcoffset()) == ("14:00", timedelta(hours=2))
    assert (december.strftime("%H:%M"), december.utcoffset()) == ("13:00", timedelta(hours=1))


@pytest.mark.usefixtures("india")
def test_the_machines_clock_is_the_one_the_report_uses() -> None:
    assert datetime(2025, 3, 1, tzinfo=local_zone()).utcoffset() == timedelta(hours=5, minutes=30)


@pytest.mark.usefixtures("india")
def test_the_terminal_report_is_on_the_machines_clock_and_its_json_in_utc(
    tmp_path: Path,
) -> None:
    url = ["--database-url", f"sqlite:///{tmp_path / 's.sqlite3'}"]
    runner = CliRunner()
    answers = ["--answers", str(SCRIPTS / "tapo-c200-success.yaml")]
    assert runner.invoke(app, ["guide", "tapo-c200", *answers, *url]).exit_code == 0
    row = json.loads(runner.invoke(app, ["sessions", "--json", *url]).stdout)[0]
    session = row["id"]
    text = runner.invoke(app, ["report", session, "--format", "txt", *url]).stdout
    assert re.search(r"Started: +\d{4}-\d\d-\d\d \d\d:\d\d UTC\+05:30", text)
    document = json.loads(runner.invoke(app, ["report", session, "--format", "json", *url]).stdout)
    started = datetime.fromisoformat(document["started_at"])
    assert started.utcoffset() == timedelta(0)
    listed = runner.invoke(app, ["sessions", *url]).stdout
    updated = datetime.fromisoformat(row["updated"])  # the list shows the last answer's time
    assert updated.astimezone(local_zone()).strftime("%Y-%m-%d %H:%M") in listed


def test_the_markdown_reports_session_id_copies_as_it_is() -> None:
    """An id with "_" was escaped "ab\\_cd" in the raw Markdown: copied from the file, it
    opened nothing (flake review 61). It is code now, kept as it is."""
    kb, state = load_kb(), _session()
    sid = "ab_cd-EF12gh_ij34KL56mn78op90qr_s"
    markdown = render_markdown(build_report(kb, state, session_id=sid))
    assert f"- **Session:** `{sid}`" in markdown
    assert re.search(
        rf"^Session: +{sid}$", render_text(build_report(kb, state, session_id=sid)), re.M
    )


def test_a_solved_sessions_json_report_weighs_no_causes(tmp_path: Path) -> None:
    """Phone review 60, #10: a Tapo reset and added again had a JSON report listing "5 GHz
    only (31 %)" as still likely; the Markdown and text reports already listed none."""
    url = ["--database-url", f"sqlite:///{tmp_path / 's.sqlite3'}"]
    runner = CliRunner()
    answers = ["--answers", str(SCRIPTS / "tapo-c200-success.yaml")]
    assert runner.invoke(app, ["guide", "tapo-c200", *answers, *url]).exit_code == 0
    row = json.loads(runner.invoke(app, ["sessions", "--json", *url]).stdout)[0]
    report = runner.invoke(app, ["report", row["id"], "--format", "json", *url]).stdout
    document = json.loads(report)
    assert document["outcome"] == "done"
    assert (document["still_likely"], document["ruled_out"]) == ([], [])


@pytest.mark.usefixtures("paris")
def test_a_session_across_the_autumn_change_keeps_its_length_and_says_each_offset() -> None:
    """Diff review 61: in Paris across 25 October, a session of 3 h 20 min read "2 h 20 min
    after the start", and its rows went 02:20 then 02:10 under one "UTC+02:00"."""
    kb = load_kb()
    guide = Guide(kb)
    start = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    state = guide.replay([guide.start(model="tapo-c200", have=parse_have(["pin"]), at=start)])
    for n in range(1, 5):
        command = Command("answer", state.current.id, state.current.answers[0].id)
        at = start + timedelta(minutes=50 * n)
        state = guide.extend(state, [guide.command(state, command, at)])
    markdown = render_markdown(build_report(kb, state, zone=local_zone()))
    assert "- **Started:** 2026-10-25 01:30 UTC+02:00" in markdown
    assert "- **Last answer:** 03:50 UTC+01:00, 3 h 20 min after the start" in markdown
    assert "| 1 | 02:20:00 |" in markdown and "| 2 | 02:10:00 UTC+01:00 |" in markdown
