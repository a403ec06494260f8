"""`camreset share` in another terminal names the port a real `camreset serve` runs on.

With the server started as `camreset serve --port 8850`, `share` said to type the code in on
http://127.0.0.1:8000 (helpdesk review 74, #6). Once the server stops, it no longer names it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from .serve_process import ROOT, ServeProcess


def _camreset(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    env["COLUMNS"] = "200"
    done = subprocess.run(
        [sys.executable, "-m", "camreset", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return " ".join(done.stdout.split())


def test_share_names_the_port_serve_was_started_on_and_not_once_it_stops(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'sessions.sqlite3'}"
    server = ServeProcess(db_url, tmp_path / "serve.log")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    port = ["--port", str(server.port)]  # as a person starts it: no --host, no --base-url
    command = [sys.executable, "-m", "camreset", "serve", "--database-url", db_url, *port]
    with server.log.open("ab") as out:
        server.proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        server.wait_until_up()
        made = httpx.post(f"{server.url}/api/sessions", json={"model": "tapo-c200"}, timeout=30)
        assert made.status_code == 201, made.text
        session = made.json()["id"]
        said = _camreset("share", session, "--database-url", db_url)
        assert f"on {server.url} (“Find my camera”)" in said
    finally:
        server.stop()  # SIGTERM, as a service manager stops it
    said = _camreset("share", session, "--database-url", db_url)
    assert "on the address of your camreset server (“Find my camera”)" in said
    assert "No camreset server is running over this database here" in said
