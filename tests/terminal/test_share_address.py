"""`camreset share` gives the address the running server is at, not a default it guessed.

With the server on `--port 8850`, `share` in another terminal said to type the code in on
http://127.0.0.1:8000; the agent read it out and the call stalled (helpdesk review 74, #6).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from camreset.store import serving

from .conftest import SCRIPTS, Cli


def _session(cli: Cli) -> str:
    cli("guide", "tapo-c200", "--answers", str(SCRIPTS / "tapo-c200-success.yaml"))
    return str(json.loads(cli("sessions", "--json").stdout)[0]["id"])


def _share(cli: Cli, *args: str) -> str:
    """`share` as an agent runs it: no --base-url, only the database the server uses."""
    result = cli.runner.invoke(cli.app, ["share", *args, "--database-url", cli.db_url])
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.split())


def test_share_gives_the_port_the_running_server_is_on(cli: Cli) -> None:
    session = _session(cli)
    serving.record(cli.db_url, "http://127.0.0.1:8850")  # as `serve --port 8850` does
    try:
        said = _share(cli, session)
        data = json.loads(_share(cli, session, "--json"))
    finally:
        serving.forget(cli.db_url)
    assert "on http://127.0.0.1:8850 (“Find my camera”)" in said
    assert "8000" not in said
    assert data["type_it_at"] == "http://127.0.0.1:8850" and data["this_computer_only"] is True


def test_share_without_a_known_server_does_not_guess_an_address(cli: Cli) -> None:
    session = _session(cli)
    said = _share(cli, session)
    assert "on the address of your camreset server (“Find my camera”)" in said
    assert "127.0.0.1:8000" not in said
    assert "No camreset server is running over this database here" in said
    assert json.loads(_share(cli, session, "--json"))["type_it_at"] is None


def test_a_server_that_has_stopped_is_said_so_not_given_out(cli: Cli, tmp_path: Path) -> None:
    session = _session(cli)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    record = json.dumps({"url": "http://127.0.0.1:8850", "pid": int(gone.stdout), "host": ""})
    serving.record_path(cli.db_url).write_text(record, encoding="utf-8")
    said = _share(cli, session)
    assert "on the address of your camreset server (“Find my camera”)" in said
    assert "The camreset server that was at http://127.0.0.1:8850 has stopped" in said


def test_a_configured_address_is_kept_over_a_stopped_servers_record(cli: Cli) -> None:
    session = _session(cli)
    record = json.dumps({"url": "http://127.0.0.1:8850", "pid": 0, "host": ""})
    serving.record_path(cli.db_url).write_text(record, encoding="utf-8")
    given = ["share", session, "--database-url", cli.db_url, "--base-url", "https://help.example"]
    said = " ".join(cli.runner.invoke(cli.app, given).stdout.split())
    assert "on https://help.example (“Find my camera”)" in said and "8850" not in said


def test_the_guides_link_opens_on_the_running_server(cli: Cli) -> None:
    """The same review: the session's web link the guide prints pointed at port 8000 too."""
    from camreset.cli.wizard.end_of_run import browser_words
    from camreset.settings import Settings

    serving.record(cli.db_url, "http://127.0.0.1:8850")
    try:
        answers = ["--answers", str(SCRIPTS / "tapo-c200-success.yaml"), "--json"]
        ran = cli.runner.invoke(
            cli.app, ["guide", "tapo-c200", *answers, "--database-url", cli.db_url]
        )
    finally:
        serving.forget(cli.db_url)
    result = json.loads(ran.stdout.splitlines()[-1])
    assert result["link"] == f"http://127.0.0.1:8850/s/{result['session_id']}"
    assert browser_words(Settings(), running=True) == "In a browser"


def test_what_share_prints_ends_no_line_in_spaces(cli: Cli) -> None:
    """At 80 columns the folded sentences ended their lines in a space ("for a customer's
    phone, give "), which a `script` log keeps and a screen reader may read out."""
    session = _session(cli)
    result = cli.runner.invoke(cli.app, ["share", session, "--database-url", cli.db_url])
    lines = result.stdout.splitlines()
    assert len(lines) > 4  # the sentences folded
    assert [line for line in lines if line != line.rstrip()] == []
