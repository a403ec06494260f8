"""Stateless servers: `camreset serve --workers 2` and a second `camreset serve`, started at
the same moment on a fresh database, both come up, and one person's session moves on through
whichever process takes each request, as behind a load-balancing proxy."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from .serve_process import ServeProcess

pytestmark = pytest.mark.crash  # real `camreset serve` processes, like the crash test

STEPS = 12


def test_servers_started_together_share_every_session(db_url: str, tmp_path: Path) -> None:
    servers = [
        ServeProcess(db_url, tmp_path / "workers.log", workers=2),
        ServeProcess(db_url, tmp_path / "single.log"),
    ]
    for server in servers:
        server.launch()  # both migrate the empty database at once
    try:
        for server in servers:
            server.wait_until_up()
        clients = [httpx.Client(base_url=s.url, timeout=30) for s in servers]
        start = {"model": "amcrest-ip4m-1041b", "have": ["pin", "original_adapter"]}
        doc = clients[0].post("/api/sessions", json=start).json()
        for n in range(STEPS):
            if doc["finished"]:
                break
            step = doc["current"]
            body = {"type": "answer", "step": step["id"], "answer": step["answers"][0]["id"]}
            reply = clients[n % 2].post(f"/api/sessions/{doc['id']}/events", json=body)
            assert reply.status_code == 200, reply.text
            assert len(reply.json()["history"]) == len(doc["history"]) + 1
            doc = reply.json()
        seen = [c.get(f"/api/sessions/{doc['id']}").json() for c in clients for _ in range(3)]
        assert {len(s["history"]) for s in seen} == {len(doc["history"])}
        assert {s["current"]["id"] for s in seen} == {doc["current"]["id"]}
        stale = clients[1].post(
            f"/api/sessions/{doc['id']}/events",
            json={"type": "answer", "step": seen[0]["history"][0]["step"], "answer": "cant"},
        )
        assert stale.status_code == 409  # an old step is refused by every process alike
    finally:
        for server in servers:
            server.stop()
