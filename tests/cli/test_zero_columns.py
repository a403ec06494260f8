"""`COLUMNS=0` is no width: `camreset guide --help` printed one empty line (robustness review
70, #14). Run as the program, where the environment is read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("columns", ["0", "-3", "wide"])
def test_help_with_a_columns_that_is_no_width_is_the_help(columns: str) -> None:
    env = {**os.environ, "COLUMNS": columns, "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "camreset", "guide", "--help"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage: camreset guide" in done.stdout
    assert "--resume" in done.stdout
