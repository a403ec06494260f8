"""`camreset serve`: the guide's web pages and JSON API on http://127.0.0.1:8000.

No configuration needed: sessions go to SQLite in the user's data directory. uvicorn's access
log is off (it prints query strings, which hold what people type); camreset's own access log
names routes only (web/security.py).

Everything that can fail is tried before "camreset is running" is printed: the settings (a
bad port or database URL is one line, exit 2), the database (exit 1 when it cannot be
reached), and the address itself — camreset binds and listens on it here and hands uvicorn
the listening sockets, so a port already in use is one line and exit 2 rather than uvicorn's
log and exit 3, and no other program can take the port in between.

With `--workers N` the listening sockets are shared by N worker processes (uvicorn's
supervisor restarts one that dies). The database is migrated once here first; each worker
builds the app from the same settings, handed down as CAMRESET_* variables.
"""

from __future__ import annotations

import copy
import errno
import io
import os
import signal
import socket
from typing import TYPE_CHECKING, Annotated, Any

import typer

from camreset.cli.options import (
    BaseUrlOption,
    DatabaseUrlOption,
    HostOption,
    NetworkOption,
    NetworkTimeoutOption,
    PortOption,
    WorkersOption,
)
from camreset.errors import UsageError
from camreset.settings import Settings, env_var, load_settings, setting_names

if TYPE_CHECKING:
    from camreset.net.interfaces import LocalNetwork

BACKLOG = 2048
"""Pending connections the listening sockets queue (uvicorn's default)."""


LanOption = Annotated[
    bool,
    typer.Option(
        "--lan",
        help="Listen on this computer's address on the local network (Wi-Fi or cable) and "
        "use it in links and QR codes, so a phone on the same network can open them.",
    ),
]


def serve(
    database_url: DatabaseUrlOption = None,
    host: HostOption = None,
    port: PortOption = None,
    base_url: BaseUrlOption = None,
    network: NetworkOption = None,
    network_timeout: NetworkTimeoutOption = None,
    lan: LanOption = False,
    workers: WorkersOption = None,
) -> None:
    """Serve the step-by-step guide and its JSON API (API reference at /docs)."""
    import uvicorn  # the web stack loads only for this command: other commands start fast

    from camreset.web.app import forget_address, record_address

    if lan:
        if host is not None:
            raise UsageError("--lan chooses the address to listen on: give --lan or --host")
        host = lan_host()
    settings = load_settings(
        database_url=database_url,
        host=host,
        port=port,
        base_url=base_url,
        network=network,
        network_timeout=network_timeout,
        workers=workers,
    )
    sockets = listen(settings.host, settings.port)
    try:
        app = _app_or_factory(settings)
        record_address(settings)  # for `camreset share` in another terminal
        forget_on_sigterm(settings)
        for line in banner(settings, lan=lan):
            typer.echo(line)
        typer.echo(network_line(settings))
        typer.echo(f"Sessions are stored in {describe_database(settings)}")
        config = uvicorn.Config(
            app,
            factory=isinstance(app, str),
            workers=settings.workers,
            host=settings.host,
            port=settings.port,
            access_log=False,
            server_header=False,
            log_config=log_config(),
        )
        if settings.workers == 1:
            from camreset.web.app import settle_heap

            settle_heap()
            uvicorn.Server(config).run(sockets=sockets)
        else:
            from uvicorn.supervisors import Multiprocess

            Multiprocess(config, sockets=sockets).run()
    finally:
        forget_address(settings)
        for sock in sockets:
            sock.close()


def forget_on_sigterm(settings: Settings) -> None:
    """uvicorn stops on SIGTERM and then raises it again, killing the process before any
    `finally`: the handler it restores first removes the server's address record."""
    from camreset.web.app import forget_address

    def stop(signum: int, frame: object) -> None:
        forget_address(settings)
        signal.signal(signum, signal.SIG_DFL)
        signal.raise_signal(signum)

    signal.signal(signal.SIGTERM, stop)


def lan_host(networks: list[LocalNetwork] | None = None) -> str:
    """This computer's address on its local network (a private one before a link-local one),
    or a UsageError saying there is none."""
    from camreset.net.interfaces import local_networks  # only for --lan: others start fast

    found = local_networks() if networks is None else networks
    ranked = sorted(found, key=lambda n: n.address.is_link_local)
    if not ranked:
        raise UsageError(
            "--lan: this computer has no address on a local network (is it on Wi-Fi or a "
            "cable?); use --host and --base-url instead"
        )
    return str(ranked[0].address)


def banner(settings: Settings, *, lan: bool) -> list[str]:
    """What `serve` prints first: where camreset is, and whether a phone can reach it."""
    lines = [f"camreset is running at {settings.public_url}/  (Ctrl+C stops it)"]
    if settings.this_computer_only:
        lines.append(
            "Only this computer can open it (a phone cannot reach that address); "
            "`camreset serve --lan` lets a phone on the same network in."
        )
    elif lan:
        lines.append("On a phone on the same network, open that address or scan this code:")
        lines.append(terminal_qr(f"{settings.public_url}/"))
    return lines


def network_line(settings: Settings) -> str:
    """Whether this server finds, checks and resets cameras on its own network, said at
    start-up so an operator behind a proxy sees it without reading the docs."""
    if not settings.network:
        return "Network features are off: no one can find, check or reset cameras through it."
    return (
        "Network features are on: people on this computer's local network can find, check "
        "and reset cameras on it (--no-network turns them off)."
    )


def terminal_qr(url: str) -> str:
    """The QR code of `url` drawn with block characters, for the terminal."""
    import segno

    out = io.StringIO()
    segno.make(url, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue().rstrip("\n")


WORKER_APP = "camreset.web.app:app_from_environment"
"""What each of several workers imports and calls to build its app."""


def _app_or_factory(settings: Settings) -> Any:
    """One process: the app itself. Several: the database migrated once, here, then the
    import string each worker builds the app from, with the settings in its environment."""
    from camreset.web.app import create_app, prepare_database

    if settings.workers == 1:
        return create_app(settings)
    prepare_database(settings)
    for name in setting_names():
        value = getattr(settings, name)
        if value is not None:
            os.environ[env_var(name)] = str(value)
    return WORKER_APP


def listen(host: str, port: int) -> list[socket.socket]:
    """Listening sockets on every address `host` names (as uvicorn would bind them), or a
    UsageError saying why not: the port is taken, the address is not this computer's, ..."""
    try:
        found = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
    except (socket.gaierror, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not a host name"
        raise UsageError(f"cannot listen on {host}: {reason}; check --host") from None
    sockets: list[socket.socket] = []
    try:
        for family, kind, proto, _, address in dict.fromkeys(found):
            sock = socket.socket(family, kind, proto)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(BACKLOG)
    except OSError as exc:
        for sock in sockets:
            sock.close()
        raise UsageError(f"cannot listen on {host} port {port}: {_why(exc)}") from None
    return sockets


def _why(exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return "the port is already in use (is camreset running?); choose another --port"
    if exc.errno == errno.EACCES:
        return "permission denied (ports below 1024 need privileges); choose another --port"
    return f"{exc.strerror or exc}; check --host and --port"


def describe_database(settings: Settings) -> str:
    """The database URL with any password hidden."""
    from sqlalchemy.engine import make_url  # not for `serve --help`

    return make_url(settings.database_url).render_as_string(hide_password=True)


def log_config() -> dict[str, Any]:
    """uvicorn's logging, plus camreset's loggers on the same console handler."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["camreset"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config
