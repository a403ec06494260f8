"""The load generator: wrk (Debian's `apt-get install wrk`), driven by load_sessions.lua.

wrk is compiled C with one event loop per thread, so it spends a small fraction of what the
server spends per request and the measurement is the server's, not the client's (issue 15: a
Python client capped the `/healthz` baseline at a third of what the server can do). Its CPU
time is measured too (as a waited-for child process) and reported beside the server's.

Two kinds of run: a plain GET of one path (the baseline), and people walking sessions, where
the Lua script records the kind, status and latency of every request it makes.
"""

from __future__ import annotations

import math
import os
import re
import resource
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from camreset.bench.load_server import cpu_seconds

LUA_SCRIPT = "load_sessions.lua"
TIMEOUT = ["--timeout", "60s"]
"""A slow answer is measured, not dropped as a timeout (wrk's default is 2 s)."""
UNITS_US = {"us": 1.0, "ms": 1000.0, "s": 1_000_000.0}


def wrk_path() -> str:
    """The wrk binary; SystemExit saying how to install it when there is none."""
    found = shutil.which("wrk")
    if found is None:
        raise SystemExit("the load benchmark needs wrk: apt-get install wrk")
    return found


@dataclass
class Run:
    """One wrk run: what it did, what it cost the client, and (sessions) every sample."""

    requests: int
    seconds: float
    errors: int
    client_cpu: float
    p50_ms: float
    p99_ms: float
    samples: list[tuple[str, int, float]] = field(default_factory=list)
    """(kind, status, microseconds) of each request, for session runs."""

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank percentile `p` (0..1) of `values`; NaN for none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _duration_us(text: str) -> float:
    found = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    if found is None:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(found.group(1)) * UNITS_US[found.group(2)]


def _run_wrk(args: list[str], env: dict[str, str] | None = None) -> tuple[str, float, float]:
    cpu, wall = _children_cpu(), time.perf_counter()
    done = subprocess.run([wrk_path(), *args], capture_output=True, text=True, env=env)
    wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
    if done.returncode != 0:
        said = (done.stderr + done.stdout).strip()[-500:]
        raise SystemExit(f"wrk failed ({done.returncode}): {said}")
    return done.stdout, wall, cpu


def _summary(out: str) -> tuple[int, float, int]:
    """Requests, seconds and failed requests (socket errors + non-2xx/3xx) from wrk's text."""
    found = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s)", out)
    if found is None:
        raise SystemExit(f"cannot read wrk's output:\n{out}")
    requests = int(found.group(1))
    seconds = float(found.group(2)) * UNITS_US[found.group(3)] / 1e6
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return requests, seconds, errors + (int(bad.group(1)) if bad else 0)


def plain(url: str, connections: int, seconds: int) -> Run:
    """GET `url` over `connections` keep-alive connections for `seconds`."""
    load = ["-t", str(connections), "-c", str(connections), "-d", f"{seconds}s", *TIMEOUT]
    out, _wall, cpu = _run_wrk([*load, "--latency", url])
    requests, took, errors = _summary(out)
    dist = dict(re.findall(r"^\s+(\d+)%\s+([\d.]+(?:us|ms|s))$", out, re.MULTILINE))
    return Run(
        requests=requests,
        seconds=took,
        errors=errors,
        client_cpu=cpu,
        p50_ms=_duration_us(dist["50"]) / 1000,
        p99_ms=_duration_us(dist["99"]) / 1000,
    )


def sessions(
    base: str,
    people: int,
    warmup: int,
    seconds: int,
    models: list[str],
    have: list[str],
    seed: int,
    server_cpu: Callable[[], float],
    think: float = 0.0,
) -> tuple[Run, float]:
    """`people` people walking sessions at once (one connection each): `warmup` seconds, then
    `seconds` measured. The run and the server's CPU seconds in the measured window. `think`:
    mean seconds a person pauses before each request (0: none, the server is saturated).

    One wrk run for both, so the measured window starts in the middle of the people's
    sessions, not with all of them starting at the same instant."""
    script = resources.files("camreset.bench") / LUA_SCRIPT
    with tempfile.TemporaryDirectory() as tmp, resources.as_file(script) as lua:
        model_file, sample_file = Path(tmp, "models.txt"), Path(tmp, "samples.txt")
        model_file.write_text("\n".join(models) + "\n")
        env = {**os.environ, "CAMRESET_LOAD_SAMPLES": str(sample_file)}
        measure_from = time.monotonic() + warmup  # the Lua script reads the same clock
        args = ["-t", str(people), "-c", str(people), "-d", f"{warmup + seconds}s", *TIMEOUT]
        args += ["-s", str(lua), base, "--", str(model_file), ",".join(have), str(seed)]
        args += [f"{measure_from * 1e6:.0f}", f"{think * 1000:.0f}"]
        children = _children_cpu()
        wrk = subprocess.Popen(
            [wrk_path(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        time.sleep(max(0.0, measure_from - time.monotonic()))
        server_before, client_before = server_cpu(), cpu_seconds([wrk.pid])
        out, err = wrk.communicate()
        server = server_cpu() - server_before
        if wrk.returncode != 0:
            raise SystemExit(f"wrk failed ({wrk.returncode}): {(err + out).strip()[-500:]}")
        samples = [
            (kind, int(status), float(us))
            for kind, status, us in (
                line.split() for line in sample_file.read_text().splitlines() if line
            )
        ]
    _requests, _took, errors = _summary(out)
    latencies = [us / 1000 for _, _, us in samples]
    run = Run(
        requests=len(samples),
        seconds=float(seconds),
        errors=errors + sum(1 for _, status, _ in samples if status >= 400),
        client_cpu=_children_cpu() - children - client_before,
        p50_ms=percentile(latencies, 0.50),
        p99_ms=percentile(latencies, 0.99),
        samples=samples,
    )
    return run, server
