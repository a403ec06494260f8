"""The load benchmark's own machinery works: wrk's Lua person walks real sessions (starts,
answers drawn from each step, undo, feedback) against a real server on a fixed port, with no
request failing, and the server's CPU is read. A short run: it checks behaviour, not speed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from camreset.bench import load

from .serve_process import free_port

pytestmark = pytest.mark.crash  # a real `camreset serve`, like the crash test


def test_a_short_load_run_walks_sessions_without_a_failure(tmp_path: Path) -> None:
    if shutil.which("wrk") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install wrk (.ci/run) for the load benchmark's test")
        pytest.skip("wrk is not installed (apt-get install wrk)")
    out = tmp_path / "load.json"
    port = free_port()
    args = ["--seconds", "3", "--warmup", "0", "--people", "4", "--port", str(port)]
    load.main([*args, "--json", str(out)])
    (result,) = json.loads(out.read_text())["results"]
    health, sessions = result["rows"]
    assert health["requests"] > 0 and health["failed"] == 0
    assert sessions["requests"] > 0 and sessions["failed"] == 0
    assert {"start", "answer"} <= set(result["kinds"])
    assert all(kind["failed"] == 0 for kind in result["kinds"].values())
    assert sessions["server_cpu_ms_per_request"] > 0


def test_the_step_cost_walks_are_the_same_sessions_for_the_same_seed() -> None:
    """The step-cost benchmark compares two checkouts on the same sessions only if its walks
    are fixed by the seed, and leaves out what `--skip` names (docs/deploy.md)."""
    from camreset.bench.step_cost import measure

    first = measure(walks=6, steps=8, seed=3, skip=frozenset())
    again = measure(walks=6, steps=8, seed=3, skip=frozenset())
    assert first.steps > 6 and first.paths == again.paths
    assert measure(walks=6, steps=8, seed=4, skip=frozenset()).paths != first.paths
    skipped = measure(walks=6, steps=8, seed=3, skip=frozenset({"not_sure", "cant"}))
    assert skipped.paths != first.paths
