"""Load benchmark: step requests per second and p99 latency at 50 concurrent sessions.

Starts a real `camreset serve` (uvicorn, SQLite in a temporary directory) on 127.0.0.1, then
measures two things with the same concurrency, request bound and time bound:

- baseline: GET /healthz (what the stack costs with no work behind it);
- steps: POST /api/sessions/{id}/events, each answering the session's current step, over
  `--sessions` sessions at once (a finished session is replaced by a new one, not timed).

    .venv/bin/python -m camreset.bench.load [--sessions 50] [--requests 3000] [--seconds 60]

Not a test: numbers depend on the machine. Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx


@dataclass
class Tally:
    """Latencies of one phase, and how many requests failed."""

    latencies: list[float] = field(default_factory=list)
    failed: int = 0
    started: float = field(default_factory=time.perf_counter)
    ended: float = 0.0

    def row(self, name: str) -> dict[str, Any]:
        ordered = sorted(self.latencies)
        count = len(ordered)
        seconds = self.ended - self.started

        def pct(p: float) -> float:
            return 1000 * ordered[max(0, math.ceil(p * count) - 1)] if ordered else float("nan")

        return {
            "phase": name,
            "requests": count,
            "failed": self.failed,
            "seconds": round(seconds, 2),
            "rps": round(count / seconds, 1) if seconds else 0.0,
            "p50_ms": round(pct(0.50), 1),
            "p99_ms": round(pct(0.99), 1),
        }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(port: int, tmp: Path) -> subprocess.Popen[bytes]:
    """`camreset serve` with its log in a file (a pipe nobody reads would stall the server)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMRESET_")}
    command = [sys.executable, "-m", "camreset", "serve", "--port", str(port)]
    command += ["--database-url", f"sqlite:///{tmp / 'bench.sqlite3'}"]
    with (tmp / "server.log").open("wb") as log:
        return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)


async def wait_ready(client: httpx.AsyncClient, server: subprocess.Popen[bytes]) -> None:
    for _ in range(200):
        if server.poll() is not None:
            raise SystemExit("the server exited before answering; see its log above")
        try:
            if (await client.get("/healthz")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.05)
    raise SystemExit("server did not answer /healthz in 10 s")


async def baseline(client: httpx.AsyncClient, workers: int, budget: int, deadline: float) -> Tally:
    tally = Tally()
    left = [budget]

    async def worker() -> None:
        while left[0] > 0 and time.perf_counter() < deadline:
            left[0] -= 1
            t0 = time.perf_counter()
            try:
                response = await client.get("/healthz")
            except httpx.TransportError:
                tally.failed += 1
                continue
            tally.latencies.append(time.perf_counter() - t0)
            tally.failed += response.status_code != 200

    await asyncio.gather(*(worker() for _ in range(workers)))
    tally.ended = time.perf_counter()
    return tally


async def new_session(client: httpx.AsyncClient) -> dict[str, Any]:
    body = {"model": "tapo-c200", "have": ["pin", "original_adapter", "app"]}
    response = await client.post("/api/sessions", json=body)
    response.raise_for_status()
    session: dict[str, Any] = response.json()
    return session


def next_event(step: dict[str, Any]) -> dict[str, Any]:
    """A plausible person: "can't" where offered, else the first answer; feedback at the end."""
    if step["kind"] == "outcome":
        return {"type": "feedback", "step": step["id"], "data": {"fixed": "no"}}
    ids = [a["id"] for a in step["answers"]]
    return {"type": "answer", "step": step["id"], "answer": "cant" if "cant" in ids else ids[0]}


async def steps(client: httpx.AsyncClient, workers: int, budget: int, deadline: float) -> Tally:
    sessions = await asyncio.gather(*(new_session(client) for _ in range(workers)))
    tally = Tally()
    left = [budget]

    async def worker(session: dict[str, Any]) -> None:
        while left[0] > 0 and time.perf_counter() < deadline:
            left[0] -= 1
            event = next_event(session["current"])
            t0 = time.perf_counter()
            try:
                response = await client.post(f"/api/sessions/{session['id']}/events", json=event)
            except httpx.TransportError:  # e.g. a keep-alive connection the server just closed
                tally.failed += 1
                continue
            tally.latencies.append(time.perf_counter() - t0)
            if response.status_code != 200:
                tally.failed += 1
                session = await new_session(client)
            elif event["type"] == "feedback":
                session = await new_session(client)
            else:
                session = response.json()

    await asyncio.gather(*(worker(s) for s in sessions))
    tally.ended = time.perf_counter()
    return tally


async def run(args: argparse.Namespace, base: str) -> list[dict[str, Any]]:
    limits = httpx.Limits(max_connections=args.sessions, max_keepalive_connections=args.sessions)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        deadline = time.perf_counter() + args.seconds
        rows = [
            (await baseline(client, args.sessions, args.requests, deadline)).row("GET /healthz")
        ]
        deadline = time.perf_counter() + args.seconds
        tally = await steps(client, args.sessions, args.requests, deadline)
        rows.append(tally.row("POST /api/sessions/{id}/events"))
        return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50, help="concurrent sessions")
    parser.add_argument("--requests", type=int, default=3000, help="requests per phase, at most")
    parser.add_argument("--seconds", type=float, default=60, help="time per phase, at most")
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(port, Path(tmp))
        try:

            async def go() -> list[dict[str, Any]]:
                async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as probe:
                    await wait_ready(probe, server)
                return await run(args, f"http://127.0.0.1:{port}")

            rows = asyncio.run(go())
        except BaseException:
            log = (Path(tmp) / "server.log").read_text(errors="replace")
            problems = [line for line in log.splitlines() if " 200" not in line]
            print("\n".join(problems[-40:]), file=sys.stderr)
            raise
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    print(f"{args.sessions} concurrent clients, SQLite, uvicorn on 127.0.0.1 (one process)")
    print(f"{'phase':34} {'requests':>8} {'failed':>6} {'rps':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for r in rows:
        print(
            f"{r['phase']:34} {r['requests']:>8} {r['failed']:>6} {r['rps']:>8} "
            f"{r['p50_ms']:>8} {r['p99_ms']:>8}"
        )
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
