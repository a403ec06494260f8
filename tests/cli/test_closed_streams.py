"""The program started with standard input or output closed, full or not UTF-8 says so in
one line, never a traceback (robustness review 70, #3). Run as the real program: a shell
closes or redirects its streams."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = f"{sys.executable} -m camreset"


def _run(shell: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    environ |= {"NO_COLOR": "1", "CAMRESET_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    environ |= env
    done = subprocess.run(
        ["sh", "-c", shell], capture_output=True, text=True, env=environ, cwd=tmp_path
    )
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    return done


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", ["show tapo-c200", "models", "guide tapo-c200 --answers a.yaml"])
def test_a_full_disk_is_one_line_and_exit_1(tmp_path: Path, args: str) -> None:
    (tmp_path / "a.yaml").write_text("- wont-reset\n", encoding="utf-8")
    done = _run(f"{PROGRAM} {args} >/dev/full", tmp_path)
    command = args.split()[0]
    assert done.returncode == 1
    assert done.stderr == f"camreset {command}: cannot write the output: No space left on device\n"


def test_a_closed_standard_output_is_one_line_and_exit_1(tmp_path: Path) -> None:
    done = _run(f"{PROGRAM} show tapo-c200 >&-", tmp_path)
    assert (done.returncode, done.stderr) == (
        1,
        "camreset show: cannot write the output: standard output is closed\n",
    )


def test_answers_from_a_closed_standard_input_are_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run(f"{PROGRAM} guide tapo-c200 --answers - <&-", tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        "camreset guide: <stdin>: standard input is closed: give the file's name instead of -\n"
    )


def test_an_ascii_only_output_gets_question_marks_not_a_traceback(tmp_path: Path) -> None:
    done = _run(f"{PROGRAM} show tapo-c200", tmp_path, PYTHONIOENCODING="ascii")
    assert done.returncode == 0, done.stderr
    assert "tapo-c200 ? TP-Link Tapo" in done.stdout
