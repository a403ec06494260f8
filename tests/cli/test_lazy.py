"""A command line that starts fast: `--help` loads no command, `show` no database or web stack.

Checked on the import graph, never on a clock (timings are in docs/deploy.md): each command
run in a fresh interpreter, then the modules it loaded are listed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from camreset.cli.app import COMMANDS

HEAVY = ("sqlalchemy", "alembic", "fastapi", "starlette", "uvicorn", "psycopg", "jinja2")
LISTED = """
import json, sys
from camreset.cli.app import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_loaded_by(*args: str) -> set[str]:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", LISTED, *args], capture_output=True, text=True, env=env
    )
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return set(loaded)


def roots(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_help_loads_no_command_database_web_stack_or_kb() -> None:
    loaded = modules_loaded_by("--help")
    assert roots(loaded) & {*HEAVY, "pydantic", "yaml"} == set()
    assert {m for m in loaded if m.startswith(("camreset.core.kb", "camreset.app"))} == set()


def test_show_loads_no_database_or_web_stack() -> None:
    loaded = modules_loaded_by("show", "tapo-c200")
    assert "camreset.cli.models_cmd" in loaded  # it did run
    assert roots(loaded) & set(HEAVY) == set()
    assert "camreset.core.engine" not in loaded  # a card needs no engine


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_help_list_says_what_each_command_says_of_itself(name: str) -> None:
    command = COMMANDS[name].load(name)
    assert command.name == name
    first_paragraph = (command.help or "").split("\n\n")[0]
    assert " ".join(first_paragraph.split()) == COMMANDS[name].help


def test_help_lists_every_command(cli: object) -> None:
    shown = cli("--help").out  # type: ignore[operator]
    for name, lazy in COMMANDS.items():
        assert f"{name} " in shown and lazy.help[:40] in shown


def test_a_mistyped_command_gets_a_suggestion(cli: object) -> None:
    run = cli("shw")  # type: ignore[operator]
    assert run.code == 2
    assert "Did you mean 'show'?" in run.err
