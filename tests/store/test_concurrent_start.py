"""Any number of servers may start at once on a fresh database: exactly one migrates, the
others wait for it and find the schema at head (issue 15: without a lock, one of two servers
died in the migration in 4 of 10 trials on PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, inspect

PROCESSES = 4
OPEN_STORE = """
import os, sys, time
from pathlib import Path
from camreset.store.session_store import SessionStore
folder = Path(sys.argv[2])
(folder / f"ready-{os.getpid()}").touch()
while not (folder / "go").exists():  # all loaded and waiting: they start migrating together
    time.sleep(0.002)
SessionStore.from_url(sys.argv[1]).close()
"""


def _schema(url: str) -> tuple[list[str], list[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            versions = [row[0] for row in conn.exec_driver_sql("SELECT * FROM alembic_version")]
    finally:
        engine.dispose()
    return tables, versions


def test_servers_starting_together_on_a_fresh_database_all_come_up(
    db_url: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_STORE, db_url, str(tmp_path)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for _ in range(PROCESSES)
    ]
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("ready-*"))) < PROCESSES and time.monotonic() < deadline:
        time.sleep(0.01)
    (tmp_path / "go").touch()
    outputs = [p.communicate(timeout=120)[0].decode(errors="replace") for p in starts]
    failed = [out[-800:] for p, out in zip(starts, outputs, strict=True) if p.returncode != 0]
    assert failed == []
    assert _schema(db_url) == (["alembic_version", "events", "sessions", "share_codes"], ["0002"])
