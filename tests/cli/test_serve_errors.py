"""`camreset serve` fails like every other command: one line, exit 2, before it says it runs.

Issue 10: a bad port was exit 1, and a port already in use printed "camreset is running at …",
then uvicorn's multi-line log, then exit 3. uvicorn's runners are replaced here by guards, so
a test that reaches them fails instead of serving for ever.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from camreset.cli.app import app

runner = CliRunner(env={"NO_COLOR": "1"})


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[list[socket.socket]]:
    """What uvicorn was handed; uvicorn.run (the old way in) fails the test."""
    calls: list[list[socket.socket]] = []

    def server_run(server: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        calls.append([s.dup() for s in sockets or []])  # serve closes its own copies after

    def old_run(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("uvicorn.run binds after camreset said it runs")

    monkeypatch.setattr(uvicorn.Server, "run", server_run)
    monkeypatch.setattr(uvicorn, "run", old_run)
    for name in ("DATABASE_URL", "HOST", "PORT", "BASE_URL"):
        monkeypatch.delenv(f"CAMRESET_{name}", raising=False)
    return calls


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port some other program is listening on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def serve(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    result = runner.invoke(app, ["serve", "--database-url", url, *args], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def test_a_port_in_use_is_one_line_before_anything_says_it_runs(
    served: list[Any], busy_port: int, tmp_path: Path
) -> None:
    result = serve(tmp_path, "--host", "127.0.0.1", "--port", str(busy_port))
    assert result.exit_code == 2
    assert result.stdout == ""  # no "camreset is running at …"
    assert result.stderr == (
        f"camreset serve: cannot listen on 127.0.0.1 port {busy_port}: the port is already in "
        "use (is camreset running?); choose another --port\n"
    )
    assert served == []


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--port", "0"], None, "--port: expected a whole number from 1 to 65535"),
        (["--port", "70000"], None, "--port: expected a whole number from 1 to 65535"),
        # A value from the environment is named by its variable: no --port was typed.
        ([], {"CAMRESET_PORT": "eighty"}, "CAMRESET_PORT: expected a whole number from 1 to"),
        ([], {"CAMRESET_WORKERS": "0"}, "CAMRESET_WORKERS: expected a whole number from 1 to 64"),
        ([], {"CAMRESET_NETWORK": "maybe"}, "CAMRESET_NETWORK: expected true or false"),
        (["--network-timeout", "99"], None, "--network-timeout: expected a number from 0.1 to 30"),
        (["--database-url", "sqlite://"], None, "--database-url: an in-memory SQLite database"),
    ],
)
def test_a_bad_setting_is_one_line_exit_2_naming_where_it_came_from(
    served: list[Any],
    tmp_path: Path,
    args: list[str],
    env: dict[str, str] | None,
    message: str,
) -> None:
    result = serve(tmp_path, *args, env=env)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"camreset serve: {message}")
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""
    assert served == []


def test_an_address_that_is_not_a_host_is_one_line_exit_2(
    served: list[Any], tmp_path: Path
) -> None:
    result = serve(tmp_path, "--host", "999.1.1.1", "--port", "8000")
    assert result.exit_code == 2
    assert result.stderr.startswith("camreset serve: cannot listen on 999.1.1.1")
    assert len(result.stderr.splitlines()) == 1 and served == []


def test_uvicorn_is_handed_the_socket_that_was_checked(
    served: list[list[socket.socket]], tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = serve(tmp_path, "--host", "127.0.0.1", "--port", str(port))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"camreset is running at http://127.0.0.1:{port}/")
    [sockets] = served
    try:
        assert [s.getsockname() for s in sockets] == [("127.0.0.1", port)]
        with socket.create_connection(("127.0.0.1", port)):
            pass  # it was listening when uvicorn got it: nothing else could take the port
    finally:
        for s in sockets:
            s.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serving_on_loopback_says_a_phone_cannot_reach_it(
    served: list[list[socket.socket]], tmp_path: Path
) -> None:
    result = serve(tmp_path, "--port", str(_free_port()))
    assert result.exit_code == 0, result.output
    assert "Only this computer can open it" in result.stdout and "--lan" in result.stdout
    for s in served[0]:
        s.close()


def test_lan_serves_on_the_local_network_address_and_prints_it_with_a_qr_code(
    served: list[list[socket.socket]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ipaddress import IPv4Address, IPv4Network

    import camreset.cli.serve_cmd as serve_cmd
    import camreset.net.interfaces as interfaces

    home = interfaces.LocalNetwork(
        "wlan0", IPv4Address("192.168.1.20"), IPv4Network("192.168.1.0/24")
    )
    monkeypatch.setattr(interfaces, "local_networks", lambda: [home])
    hosts: list[str] = []
    real_listen = serve_cmd.listen

    def listen(host: str, port: int) -> list[socket.socket]:
        hosts.append(host)  # this machine has no 192.168.1.20 to bind: loopback stands in
        return real_listen("127.0.0.1", port)

    monkeypatch.setattr(serve_cmd, "listen", listen)
    port = _free_port()
    result = serve(tmp_path, "--lan", "--port", str(port))
    assert result.exit_code == 0, result.output
    assert hosts == ["192.168.1.20"]
    lines = result.stdout.splitlines()
    assert lines[0] == f"camreset is running at http://192.168.1.20:{port}/  (Ctrl+C stops it)"
    assert lines[1] == "On a phone on the same network, open that address or scan this code:"
    assert sum("█" in line for line in lines) >= 12  # the QR code, in block characters
    for s in served[0]:
        s.close()


@pytest.mark.parametrize(
    ("args", "networks", "message"),
    [
        (["--lan", "--host", "0.0.0.0"], None, "--lan chooses the address to listen on"),
        (["--lan"], [], "--lan: this computer has no address on a local network"),
    ],
)
def test_lan_problems_are_one_line_exit_2(
    served: list[Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    networks: list[Any] | None,
    message: str,
) -> None:
    import camreset.net.interfaces as interfaces

    monkeypatch.setattr(interfaces, "local_networks", lambda: networks or [])
    result = serve(tmp_path, *args, "--port", str(_free_port()))
    assert result.exit_code == 2 and result.stdout == "" and served == []
    assert result.stderr.startswith(f"camreset serve: {message}")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("flag", "said"),
    [
        ("--network", "Network features are on: people on this computer's local network"),
        ("--no-network", "Network features are off: no one can find, check or reset cameras"),
    ],
)
def test_serve_says_whether_the_network_features_are_on(
    served: list[list[socket.socket]], tmp_path: Path, flag: str, said: str
) -> None:
    """An operator behind a proxy reads at start-up whether this server probes its network
    (review 71 C, #1)."""
    result = serve(tmp_path, "--port", str(_free_port()), flag)
    assert result.exit_code == 0, result.output
    assert said in result.stdout
    for s in served[0]:
        s.close()
