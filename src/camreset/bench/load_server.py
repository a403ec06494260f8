"""The server under load: a real `camreset serve` process (and its workers), and its CPU time.

The load benchmark measures what the server spends, not what the client sees alone, so this
reads the CPU seconds of the server's whole process tree from /proc (Linux): the process
`camreset serve` runs in and every worker it starts. A PostgreSQL run gets a schema of its
own, dropped afterwards, so every run starts from an empty database.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
READY_TIMEOUT_S = 60


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def process_tree(pid: int) -> list[int]:
    """`pid` and every process below it."""
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo += _children(current)
    return tree


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds these processes have used so far (gone ones count 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / CLOCK_TICKS


@dataclass(eq=False)
class Server:
    """`camreset serve` on 127.0.0.1:`port` with `workers` processes, output in `log`."""

    database_url: str
    port: int
    workers: int
    log: Path
    python: str = sys.executable
    proc: subprocess.Popen[bytes] | None = field(default=None, init=False)
    pids: list[int] = field(default_factory=list, init=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
        command = [self.python, "-m", "camreset", "serve", "--port", str(self.port)]
        command += ["--database-url", self.database_url]
        if self.workers != 1:
            command += ["--workers", str(self.workers)]
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        self._wait_ready()
        self.pids = process_tree(self.proc.pid)

    def _wait_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"camreset serve exited:\n{self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as reply:
                    if reply.status == 200 and self._started() >= self.workers:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise SystemExit(f"camreset serve did not answer in {READY_TIMEOUT_S} s")

    def start_each(self, models: list[str]) -> None:
        """One session per model, one after another: every camera plan is compiled before
        anything is measured, as on a server that has run for a while."""
        for model in models:
            body = json.dumps({"model": model}).encode()
            request = urllib.request.Request(
                f"{self.url}/api/sessions",
                data=body,
                headers={"Content-Type": "application/json"},
                method="POST",
            )
            with urllib.request.urlopen(request, timeout=60) as reply:
                if reply.status != 201:
                    raise SystemExit(f"starting a session for {model} answered {reply.status}")

    def _started(self) -> int:
        """How many worker processes have said they are serving (uvicorn's log line)."""
        return self.log.read_text(errors="replace").count("Application startup complete")

    def cpu(self) -> float:
        """CPU seconds the server's processes have used so far."""
        return cpu_seconds(self.pids)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


class PostgresSchema:
    """A fresh schema in the PostgreSQL database at `url`, dropped on `drop`."""

    def __init__(self, url: str) -> None:
        self.admin = create_engine(url)
        self.name = f"camreset_load_{secrets.token_hex(4)}"
        with self.admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.name}"'))
        options = {"options": f"-csearch_path={self.name}"}
        self.url = make_url(url).update_query_dict(options).render_as_string(hide_password=False)

    def drop(self) -> None:
        with self.admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{self.name}" CASCADE'))
        self.admin.dispose()
