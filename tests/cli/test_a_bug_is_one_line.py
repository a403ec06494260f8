"""A bug inside camreset reaches the terminal as one line and exit 70, not a traceback.

Review 71 C, #3: a command that raised an error camreset did not expect (a KeyError stood in
for any bug) printed a 15-line boxed Rich traceback and exited 1, which means "the database
cannot be reached" to a script. Now: one line naming the error's type, exit 70 (EX_SOFTWARE),
the traceback only with `--debug`; a person's mistake is still one line and exit 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BUGGY = """
import sys
import camreset.core.kb.search as search
from camreset.cli import main

def bug(*args, **kwargs):
    raise KeyError("bug \\x1b[2J")

search.search_models = bug
sys.argv = ["camreset", *sys.argv[1:]]
main()
"""
"""`camreset` itself, with the model search replaced by one that fails."""


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    environ |= {"CAMRESET_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    return subprocess.run(
        [sys.executable, "-c", BUGGY, *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=tmp_path,
        check=False,
    )


def test_a_bug_is_one_line_and_exit_70(tmp_path: Path) -> None:
    done = _run(tmp_path, "models", "tapo")
    assert done.returncode == 70
    assert done.stderr == (
        "camreset models: something went wrong inside camreset (KeyError); run "
        "`camreset --debug models …` for the details, and report them\n"
    )
    assert done.stdout == ""


def test_with_debug_the_traceback_comes_first_without_escapes(tmp_path: Path) -> None:
    done = _run(tmp_path, "--debug", "models", "tapo")
    assert done.returncode == 70
    lines = done.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert "KeyError" in lines[-2] and "\x1b" not in done.stderr
    assert lines[-1] == (
        "camreset models: something went wrong inside camreset (KeyError); the details are "
        "above: please report them"
    )


@pytest.mark.parametrize("args", [("models", ""), ("models", "x" * 201), ("no-such-command",)])
def test_a_persons_mistake_is_still_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = _run(tmp_path, *args)
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "inside camreset" not in done.stderr
