"""Load benchmark: what a step costs the server, and how fast it answers many people at once.

For each number of workers asked for, starts a real `camreset serve --workers N` on
127.0.0.1:PORT over an empty database (SQLite in a temporary folder, or a fresh schema in the
PostgreSQL database given), then runs wrk (load_client.py) three times with the same number of
connections:

- warm-up (not reported): one session started per model, so every camera plan is compiled;
- baseline: GET /healthz, what the HTTP stack costs with no work behind it;
- sessions: one person per connection, each starting a session for a random model of the
  knowledge base with random things at hand and answering what each step offers (mostly a
  real answer, sometimes "not sure" or "can't", now and then an undo; feedback at the end,
  then a new session), so paths vary and the engine memo misses as it would for real people.
  The first `--warmup` seconds are not counted: the window opens with people mid-session,
  not with all of them starting at the same instant. With `--think S` each person pauses
  before each request, as people do while they read a step: an exponential pause of mean S
  seconds, cut at 4.5 s so that uvicorn (which closes a keep-alive connection idle for 5 s)
  does not close the connection meanwhile; the cut lowers the mean to S(1 - e^(-4.5/S)),
  1.8 s for S = 2. Without it people never pause and the server is saturated.

Reported per phase: requests, failures, requests per second, p50/p99 latency, the server's own
CPU per request (from /proc, every process of the server) and how busy server and client were.

    .venv/bin/python -m camreset.bench.load [--workers 1,2] [--database-url URL] [--port 8790]
        [--people 50] [--seconds 20] [--warmup 5] [--think 0] [--seed 0] [--json FILE]
        [--server-python PY]

Not a test: the numbers depend on the machine and on what else runs on it. Nothing here
asserts a speed; docs/deploy.md records what was measured and how.
"""

from __future__ import annotations

import argparse
import json
import math
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

from camreset.bench import load_client
from camreset.bench.load_server import PostgresSchema, Server
from camreset.core.kb.troubleshooting import Have
from camreset.kb_files import load_kb

DEFAULT_PORT = 8790
MAX_PAUSE = 4.5
"""Seconds a pause is cut at (load_sessions.lua's MAX_PAUSE_MS): under uvicorn's keep-alive."""
KINDS = ("start", "answer", "undo", "feedback")


def mean_pause(think: float) -> float:
    """The mean of an exponential pause of mean `think` cut at MAX_PAUSE."""
    return think * (1 - math.exp(-MAX_PAUSE / think)) if think > 0 else 0.0


def _pause(text: str) -> float:
    seconds = float(text)
    if not (seconds >= 0 and math.isfinite(seconds)):
        raise argparse.ArgumentTypeError("a pause is 0 or more seconds")
    return seconds


def _row(phase: str, run: load_client.Run, server_cpu: float, workers: int) -> dict[str, Any]:
    return {
        "phase": phase,
        "requests": run.requests,
        "failed": run.errors,
        "seconds": round(run.seconds, 2),
        "rps": round(run.rps, 1),
        "p50_ms": round(run.p50_ms, 2),
        "p99_ms": round(run.p99_ms, 2),
        "server_cpu_ms_per_request": round(1000 * server_cpu / run.requests, 3)
        if run.requests
        else None,
        "server_busy_pct": round(100 * server_cpu / run.seconds / workers, 1),
        "client_busy_pct": round(100 * run.client_cpu / run.seconds, 1),
    }


def _kinds(run: load_client.Run) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        ms = [us / 1000 for k, _, us in run.samples if k == kind]
        bad = sum(1 for k, status, _ in run.samples if k == kind and status >= 400)
        if ms:
            out[kind] = {
                "requests": len(ms),
                "failed": bad,
                "p50_ms": round(load_client.percentile(ms, 0.5), 2),
                "p99_ms": round(load_client.percentile(ms, 0.99), 2),
            }
    return out


def measure(args: argparse.Namespace, workers: int, database_url: str, tmp: Path) -> dict[str, Any]:
    """One server configuration: warm-up, baseline, sessions."""
    kb = load_kb()
    models, have = sorted(kb.models), [h.value for h in Have]
    log = tmp / f"server-{workers}.log"
    server = Server(database_url, args.port, workers, log, args.server_python)
    server.start()
    try:
        for _ in range(workers):  # each worker compiles its own plans
            server.start_each(models)
        before = server.cpu()
        base = load_client.plain(f"{server.url}/healthz", args.people, args.seconds)
        health_cpu = server.cpu() - before
        run, steps_cpu = load_client.sessions(
            server.url,
            args.people,
            args.warmup,
            args.seconds,
            models,
            have,
            args.seed,
            server.cpu,
            args.think,
        )
    finally:
        server.stop()
    rows = [
        _row("GET /healthz", base, health_cpu, workers),
        _row("sessions", run, steps_cpu, workers),
    ]
    return {"workers": workers, "rows": rows, "kinds": _kinds(run)}


def _database(args: argparse.Namespace, tmp: Path, workers: int) -> tuple[str, Any]:
    if args.database_url is None:
        return f"sqlite:///{tmp / f'load-{workers}.sqlite3'}", None
    if args.database_url.startswith("postgresql"):
        schema = PostgresSchema(args.database_url)
        return schema.url, schema
    return args.database_url, None


def print_report(args: argparse.Namespace, database: str, results: list[dict[str, Any]]) -> None:
    print(
        f"{args.people} people at once, {args.seconds} s per phase, {database}, "
        f"wrk with one thread per connection, seed {args.seed}, "
        + (
            f"pausing {mean_pause(args.think):.2f} s on average before each step"
            if args.think
            else "no pause"
        )
    )
    head = ("workers", "phase", "requests", "failed", "rps", "p50 ms", "p99 ms", "CPU ms/req")
    print(f"{head[0]:>7} {head[1]:13}" + "".join(f"{h:>11}" for h in head[2:]) + "  busy")
    for result in results:
        for r in result["rows"]:
            values = (r["requests"], r["failed"], r["rps"], r["p50_ms"], r["p99_ms"])
            cells = "".join(f"{v:>11}" for v in (*values, r["server_cpu_ms_per_request"]))
            busy = f"server {r['server_busy_pct']}% / client {r['client_busy_pct']}%"
            print(f"{result['workers']:>7} {r['phase']:13}{cells}  {busy}")
        kinds = ", ".join(
            f"{kind} {k['requests']} p50 {k['p50_ms']} p99 {k['p99_ms']} ms"
            for kind, k in result["kinds"].items()
        )
        print(f"{'':>7} {'':13}by kind: {kinds}")
        health, steps = result["rows"]
        if health["server_cpu_ms_per_request"]:
            ratio = steps["server_cpu_ms_per_request"] / health["server_cpu_ms_per_request"]
            print(f"{'':>7} {'':13}server CPU per session request = {ratio:.2f} x /healthz")
    if len(results) > 1:
        one = results[0]["rows"][1]["rps"]
        for result in results[1:]:
            print(
                f"{result['workers']} workers / {results[0]['workers']}: "
                f"{result['rows'][1]['rps'] / one:.2f} x the sessions throughput"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1", help="comma-separated worker counts, e.g. 1,2")
    parser.add_argument("--database-url", help="PostgreSQL URL (a fresh schema is made in it)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0: any free port")
    parser.add_argument("--people", type=int, default=50, help="concurrent sessions")
    parser.add_argument("--seconds", type=int, default=20, help="length of each phase")
    parser.add_argument("--warmup", type=int, default=5, help="unreported warm-up seconds")
    parser.add_argument(
        "--think",
        type=_pause,
        default=0.0,
        help="mean seconds of each person's pause before a request, before the cut at "
        f"{MAX_PAUSE:g} s (0: none, saturating)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--server-python",
        default=sys.executable,
        help="the Python whose camreset serves (to measure another checkout, e.g. main)",
    )
    args = parser.parse_args(argv)
    load_client.wrk_path()
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    if args.port == 0:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            args.port = sock.getsockname()[1]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in workers:
            url, schema = _database(args, Path(tmp), n)
            try:
                results.append(measure(args, n, url, Path(tmp)))
            finally:
                if schema is not None:
                    schema.drop()
    database = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
    print_report(args, database, results)
    if args.json is not None:
        document = {"database": database, "think_seconds": args.think, "results": results}
        args.json.write_text(json.dumps(document, indent=2))


if __name__ == "__main__":
    main()
