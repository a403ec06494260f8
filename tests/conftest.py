"""Databases for the tests: SQLite always, PostgreSQL when CAMRESET_TEST_POSTGRES_URL is set.

Each PostgreSQL test gets a schema of its own (dropped afterwards) so tests never see each
other's sessions. With CI set, a missing PostgreSQL URL is a failure, not a skip.

Property tests run with no per-example deadline: speed is measured in benchmarks, and a busy
CI runner made Hypothesis's 200 ms default a chance failure (flake review 61).
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_ENV = "CAMRESET_TEST_POSTGRES_URL"

hypothesis_settings.register_profile("camreset", deadline=None)
hypothesis_settings.load_profile("camreset")


def postgres_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {POSTGRES_ENV} is not: PostgreSQL store tests must run")
        pytest.skip(f"set {POSTGRES_ENV} to run the store tests on PostgreSQL")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL with nothing in it yet."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sessions.sqlite3'}"
        return
    base = postgres_url()
    assert base is not None
    schema = f"test_{secrets.token_hex(6)}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(autouse=True)
def _camreset_logging_restored() -> Iterator[None]:
    """`serve` run in-process (CliRunner) points camreset's logger at that run's captured
    stderr, which closes when the run ends; later tests would log into a closed stream."""
    logger = logging.getLogger("camreset")
    saved = (list(logger.handlers), logger.level, logger.propagate)
    yield
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])
    logger.propagate = saved[2]


def _puts_cameras_on_loopback(root: Path, path: str) -> bool:
    """Whether a test file emulates cameras (fixed loopback addresses, the vendors' fixed
    discovery ports) or builds network namespaces: the helpers all live in tests/net."""
    if path.startswith("tests/net/"):
        return True
    try:
        return "from tests.net" in (root / path).read_text(encoding="utf-8")
    except OSError:
        return False


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under `pytest -n` (pytest-xdist), each test file is one unit of work, and every file
    that puts cameras on loopback shares one unit, so those run in one worker, one after
    another, and never answer each other's probes. The long units go first (that one, then
    the browser files), so no worker is left alone with one at the end."""
    from xdist.scheduler import LoadScopeScheduling

    lan: dict[str, bool] = {}
    together = "loopback cameras"

    class LoopbackTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            if path not in lan:
                lan[path] = _puts_cameras_on_loopback(config.rootpath, path)
            return together if lan[path] else path

        def _assign_work_unit(self, node: Any) -> None:
            if not getattr(self, "long_first", False):  # the queue is whole by the first call
                queue = self.workqueue
                long = [s for s in queue if s == together or s.startswith("tests/browser/")]
                for scope in sorted(long, key=lambda s: s != together, reverse=True):
                    queue.move_to_end(scope, last=False)
                self.long_first = True
            super()._assign_work_unit(node)

    return LoopbackTogether(config, log)
