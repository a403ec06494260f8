#!/usr/bin/env python3
"""Set up camreset in a local virtual environment, then run it or its checks.

    python3 dev.py run [ARGS...]   # start the wizard (camreset serve), or any camreset command
    python3 dev.py test [PYTEST ARGS...]   # ruff lint + format check, mypy, pytest
                                           # (without ARGS: one pytest worker per CPU)

Only the Python standard library is used here, so this works as the first command on a
fresh machine. Dependencies come from requirements.lock (exact versions with hashes) and
are installed again only when the lock file changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".camreset-lock-sha256"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
USAGE = "usage: python3 dev.py {run,test} [ARGS...]"


def _python() -> Path:
    return BIN / "python"


def _create_venv() -> None:
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
        return
    except (subprocess.CalledProcessError, OSError):
        pass
    # Debian's python3 without python3-venv has no ensurepip: borrow the system pip if any.
    venv.EnvBuilder(with_pip=False, clear=True).create(VENV)
    probe = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True)
    if probe.returncode != 0:
        sys.exit(
            "dev.py: this Python cannot create a virtual environment with pip; "
            "install it with: apt-get install python3-venv"
        )
    _pip_via_system(["install", "--quiet", "pip"])


def _pip_via_system(args: list[str]) -> None:
    cmd = [sys.executable, "-m", "pip", "--python", str(_python()), *args]
    subprocess.run(cmd, check=True)


def ensure_environment() -> None:
    """Create .venv and install the locked dependencies if they are missing or stale."""
    if not _python().exists():
        print("dev.py: creating .venv", file=sys.stderr)
        _create_venv()
    digest = hashlib.sha256(LOCK.read_bytes() + b"\0editable").hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == digest:
        return
    print("dev.py: installing locked dependencies into .venv", file=sys.stderr)
    pip = [str(_python()), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    subprocess.run([*pip, "--require-hashes", "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(digest)


def _run(cmd: list[str]) -> int:
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, cwd=ROOT).returncode


def run(args: list[str]) -> int:
    return _run([str(BIN / "camreset"), *(args or ["serve"])])


# The whole suite: one worker per CPU; loopback-camera tests share one (tests/conftest.py).
PARALLEL = ["-n", "auto"]


def test(args: list[str]) -> int:
    steps = [
        [str(BIN / "ruff"), "check", "src", "tests", "dev.py"],
        [str(BIN / "ruff"), "format", "--check", "src", "tests", "dev.py"],
        [str(BIN / "mypy")],
        [str(BIN / "pytest"), *(args or PARALLEL)],
    ]
    for step in steps:
        code = _run(step)
        if code != 0:
            return code
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        ensure_environment()
    except subprocess.CalledProcessError as exc:
        print(
            f"dev.py: setting up .venv failed ({exc.returncode}): {' '.join(exc.cmd)}",
            file=sys.stderr,
        )
        return 1
    return run(argv[1:]) if argv[0] == "run" else test(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
