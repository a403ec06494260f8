"""HEAD through a real server: uvicorn reads the request's own scope to know there is no body.

The in-process client (tests/web_robust/test_http_edge.py) cannot see this: the server once
logged "Response content shorter than Content-Length" for every HEAD and reset the
keep-alive connection, so a monitor's second HEAD /healthz failed.
"""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from camreset.settings import Settings
from camreset.web.app import create_app


@pytest.fixture
def server(tmp_path: Path) -> Iterator[int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    settings = Settings(database_url=f"sqlite:///{tmp_path / 's.sqlite3'}")
    config = uvicorn.Config(create_app(settings), log_level="warning", access_log=False)
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    yield port
    running.should_exit = True
    thread.join(10)
    sock.close()


def test_head_twice_on_one_connection_answers_both_and_logs_no_error(
    server: int, caplog: pytest.LogCaptureFixture
) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", server, timeout=10)
    with caplog.at_level(logging.ERROR):
        for path in ("/healthz", "/healthz", "/", "/api/models?q=c200"):
            connection.request("HEAD", path)
            response = connection.getresponse()
            assert response.status == 200, path
            assert response.read() == b""
            assert int(response.headers["content-length"]) > 0
    connection.close()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
