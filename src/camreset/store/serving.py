"""Where the server over a database is serving: a small record `camreset serve` writes.

`camreset share` in another terminal told an agent to read out http://127.0.0.1:8000 while
the server ran with `--port 8850` (helpdesk review 74, #6): the terminal knew only the
defaults. So `serve` writes the address it serves at beside its SQLite file (or, for another
database, in camreset's data directory under a name taken from the URL) and removes it when
it stops. A record left by a server that was killed names a process that is gone: it is read
as stopped, never as the address to give out.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url

SUFFIX = ".serving.json"


@dataclass(frozen=True)
class Serving:
    """The address a server recorded, and whether that server is still running."""

    url: str
    running: bool


def record_path(database_url: str) -> Path:
    """Beside an SQLite file; otherwise camreset's data directory, one name per database."""
    parsed = make_url(database_url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return Path(parsed.database + SUFFIX)
    plain = parsed.render_as_string(hide_password=True)
    name = hashlib.sha256(plain.encode()).hexdigest()[:16]
    return Path(platformdirs.user_data_dir("camreset", appauthor=False)) / f"server-{name}{SUFFIX}"


def record(database_url: str, url: str) -> None:
    """Note that this process serves the database at `url`; a record that cannot be written
    is left out (the server runs all the same; the terminal then says it does not know)."""
    path = record_path(database_url)
    data = {"url": url, "pid": os.getpid(), "host": socket.gethostname()}
    temporary = path.with_name(path.name + ".tmp")
    with contextlib.suppress(OSError):
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(path)


def forget(database_url: str) -> None:
    """Remove this process's record as it stops (one another server wrote is left)."""
    path = record_path(database_url)
    with contextlib.suppress(OSError, ValueError):
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
            path.unlink()


def serving(database_url: str) -> Serving | None:
    """The recorded address, or None when no server over this database recorded one."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        data = json.loads(record_path(database_url).read_text(encoding="utf-8"))
        url, pid, host = data.get("url"), data.get("pid"), data.get("host")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            return Serving(url.rstrip("/"), host == socket.gethostname() and _alive(pid))
    return None


def _alive(pid: object) -> bool:
    """A process with this id runs on this computer."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    except OSError:
        return False
    return True
