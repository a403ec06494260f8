"""kill -9 a real `camreset serve` while people answer; every answer it acknowledged survives.

Workers each walk their own sessions through the JSON API at once (start, answer the current
step, start again when a session ends). After a number of acknowledged answers (counted, not
timed) the server is killed with SIGKILL mid-load, started again on the same database, and
the workers carry on from what the server says; this happens a few times. At the end the
store itself is read: every event the server answered 2xx for is there, in order; the only
others are at most one per kill per session (an answer saved just before its reply was lost);
each session's event numbers run 0..n-1 with its `event_count` equal to n; every session
replays; and the server's log holds no session id.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from camreset.app import SessionService
from camreset.kb_files import load_kb
from camreset.store.models import EventRow, SessionRow
from camreset.store.session_store import SessionStore

from .serve_process import ServeProcess

pytestmark = pytest.mark.crash

WORKERS = 12
KILLS = 3
ACKS_PER_ROUND = 60
MAX_EVENTS = 25


@dataclass
class Acks:
    """Per session, the steps whose answers the server acknowledged, in order."""

    steps: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    total: int = 0
    reached: asyncio.Event = field(default_factory=asyncio.Event)
    target: int = 0

    def note(self, session_id: str, step: str | None) -> None:
        """A 2xx: the session started (no step), or the answer to `step` was saved."""
        answered = self.steps[session_id]
        if step is not None:
            answered.append(step)
        self.total += 1
        if self.total >= self.target:
            self.reached.set()


async def worker(client: httpx.AsyncClient, acks: Acks, mine: list[str]) -> None:
    """Answer this worker's sessions until the server goes away."""
    try:
        for _ in range(ACKS_PER_ROUND * 20):  # a round ends at ACKS_PER_ROUND in all
            doc = await _current(client, acks, mine)
            step = doc["current"]
            body = {"type": "answer", "step": step["id"], "answer": step["answers"][0]["id"]}
            response = await client.post(f"/api/sessions/{doc['id']}/events", json=body)
            assert response.status_code == 200, response.text
            acks.note(doc["id"], step["id"])
    except httpx.TransportError:
        return  # the server was killed
    raise AssertionError(f"the server was not killed after {ACKS_PER_ROUND * 20} answers")


async def _current(client: httpx.AsyncClient, acks: Acks, mine: list[str]) -> dict[str, Any]:
    """This worker's session to answer next (a new one when the last has ended)."""
    if mine:
        response = await client.get(f"/api/sessions/{mine[-1]}")
        assert response.status_code == 200, response.text
        doc: dict[str, Any] = response.json()
        if not doc["finished"] and doc["current"]["answers"] and len(doc["history"]) < MAX_EVENTS:
            return doc
    response = await client.post("/api/sessions", json={"model": "tapo-c200", "have": ["pin"]})
    assert response.status_code == 201, response.text
    doc = response.json()
    mine.append(doc["id"])
    acks.note(doc["id"], None)
    return doc


async def one_round(server: ServeProcess, acks: Acks, sessions: list[list[str]]) -> None:
    """Load the server, kill -9 it once enough answers were acknowledged."""
    acks.target, acks.reached = acks.total + ACKS_PER_ROUND, asyncio.Event()
    limits = httpx.Limits(max_connections=WORKERS)
    async with httpx.AsyncClient(base_url=server.url, limits=limits, timeout=30) as client:
        tasks = [asyncio.create_task(worker(client, acks, mine)) for mine in sessions]
        await acks.reached.wait()
        server.kill()
        await asyncio.gather(*tasks)


def check_store(database_url: str, acks: Acks) -> tuple[int, int]:
    """Every acknowledged event is stored in order; the log is whole.

    Returns how many acknowledged events were found, and how many stored events were never
    acknowledged (saved, but the reply died with the server).
    """
    store = SessionStore.from_url(database_url)
    service = SessionService(store, load_kb())
    checked = unacknowledged = 0
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(select(SessionRow.id, SessionRow.event_count)).all()
            for session_id, event_count in rows:
                seqs = conn.scalars(
                    select(EventRow.seq)
                    .where(EventRow.session_id == session_id)
                    .order_by(EventRow.seq)
                ).all()
                assert list(seqs) == list(range(event_count)), session_id
            total = conn.scalar(select(func.count()).select_from(EventRow))
            assert total == sum(count for _id, count in rows)
        assert set(acks.steps) <= {session_id for session_id, _count in rows}
        for session_id, acked in acks.steps.items():
            stored = [event.step for event in store.load(session_id)[1:]]
            extra = _unmatched(stored, acked)
            assert extra <= KILLS, (session_id, stored, acked)
            unacknowledged += extra
            service.state(session_id)  # the log replays
            checked += len(acked) + 1
    finally:
        store.close()
    return checked, unacknowledged


def _unmatched(stored: list[str | None], acked: list[str]) -> int:
    """How many stored events are not acknowledged ones; fails if an acknowledged one is missing."""
    position = 0
    for step in acked:
        while position < len(stored) and stored[position] != step:
            position += 1
        assert position < len(stored), f"acknowledged answer to {step} is not stored"
        position += 1
    return len(stored) - len(acked)


def test_killed_mid_load_the_server_loses_no_acknowledged_answer(
    db_url: str, tmp_path: Path
) -> None:
    log = tmp_path / "serve.log"
    server = ServeProcess(db_url, log)
    acks = Acks()
    sessions: list[list[str]] = [[] for _ in range(WORKERS)]
    try:
        for _kill in range(KILLS):
            server.start()
            asyncio.run(one_round(server, acks, sessions))
        server.start()  # comes back once more, and everyone can carry on
        for mine in sessions:
            assert httpx.get(f"{server.url}/api/sessions/{mine[-1]}").status_code == 200
    finally:
        server.stop()
    checked, unacknowledged = check_store(db_url, acks)
    print(
        f"\ncrash test: {KILLS} kills, {acks.total} acknowledged events, {checked} found "
        f"in order, {unacknowledged} stored without an acknowledgement"
    )
    assert checked == acks.total
    written = log.read_text(errors="replace")
    assert "camreset is running at" in written
    leaked = [session_id for session_id in acks.steps if session_id in written]
    assert not leaked, "the server log holds session ids"
