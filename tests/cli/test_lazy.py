"""A command line that starts fast: `--help` loads no command, `show` no database or web stack.

Checked on the import graph, never on a clock (timings are in docs/deploy.md): each command
run in a fresh interpreter, then the modules it loaded are listed; and on the garbage
collector's state after the program ran (cli/startup.py).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

import pytest

from camreset.cli.app import COMMANDS

HEAVY = ("sqlalchemy", "alembic", "fastapi", "starlette", "uvicorn", "psycopg", "jinja2")
LISTED = """
import sys
from camreset.cli.app import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
loaded = sorted(sys.modules)
import json
print(json.dumps(loaded), file=sys.stderr)
"""


AS_PROGRAM = """
import gc, json, sys
from camreset.cli.app import main
sys.argv = ["camreset", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps([gc.isenabled(), gc.get_freeze_count()]), file=sys.stderr)
"""


def last_stderr_line(script: str, *args: str) -> object:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env
    )
    return json.loads(done.stderr.strip().splitlines()[-1])


def modules_loaded_by(*args: str) -> set[str]:
    loaded = last_stderr_line(LISTED, *args)
    assert isinstance(loaded, list)
    return set(loaded)


def roots(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_help_loads_no_command_database_web_stack_or_kb() -> None:
    loaded = modules_loaded_by("--help")
    assert roots(loaded) & {*HEAVY, "pydantic", "yaml"} == set()
    assert {m for m in loaded if m.startswith(("camreset.core.kb", "camreset.app"))} == set()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_commands_help_loads_no_database_web_stack_or_kb(command: str) -> None:
    """`guide --help`, `sessions --help` and `report --help` loaded the store, SQLAlchemy and
    Alembic (and the KB schema, for the shapes `--form-factor` lists) to print their options:
    1.2–1.6 s of CPU each, against 0.3 s now (docs/deploy.md)."""
    loaded = modules_loaded_by(command, "--help")
    assert roots(loaded) & set(HEAVY) == set()
    assert {m for m in loaded if m.startswith(("camreset.store", "camreset.app."))} == set()
    if command not in READ_THE_KB:
        assert "yaml" not in roots(loaded) and "camreset.core.kb.knowledge" not in loaded


READ_THE_KB = {"models", "show", "kb"}
"""Commands whose module is about the knowledge base: their help loads its schema (about
0.1 s of CPU) and, for `kb`, the YAML reader; nothing else heavy."""


def test_show_loads_no_database_or_web_stack() -> None:
    loaded = modules_loaded_by("show", "tapo-c200")
    assert "camreset.cli.models_cmd" in loaded  # it did run
    assert roots(loaded) & set(HEAVY) == set()
    assert "camreset.core.engine" not in loaded  # a card needs no engine


@pytest.mark.parametrize("args", [("show", "tapo-c200"), ("models", "tapo")])
def test_a_card_or_a_list_loads_no_json_writer_or_emoji_table(args: tuple[str, ...]) -> None:
    """What only `--json` needs loads with `--json`; every cell is a `Text`, so Rich neither
    parses markup nor loads its emoji table (tests/cli/test_render_literal.py)."""
    loaded = modules_loaded_by(*args)
    assert "camreset.cli.models_cmd" in loaded
    assert {"json", "camreset.core.kb.export", "rich._emoji_codes"} & loaded == set()
    assert "json" in modules_loaded_by(*args, "--json")


@pytest.mark.parametrize("args", [("show", "tapo-c200"), ("--help",), ("shw",)])
def test_the_program_freezes_what_it_loaded_and_leaves_the_collector_on(
    args: tuple[str, ...],
) -> None:
    """`main()` as the program keeps the garbage collector off its start and exit
    (cli/startup.py); the collector is on again when the command has run."""
    enabled, frozen = last_stderr_line(AS_PROGRAM, *args)  # type: ignore[misc]
    assert enabled is True
    assert frozen > 10_000


def test_main_with_arguments_leaves_the_collector_alone(capsys: pytest.CaptureFixture[str]) -> None:
    from camreset.cli.app import main

    before = gc.get_freeze_count()
    with pytest.raises(SystemExit):
        main(["show", "tapo-c200"])
    assert "Reset card" in capsys.readouterr().out
    assert gc.isenabled()
    # No freeze: it would add every object alive (over 10,000). The count may fall, as
    # objects an earlier test froze are freed while the command runs.
    assert gc.get_freeze_count() <= before


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_help_list_says_what_each_command_says_of_itself(name: str) -> None:
    command = COMMANDS[name].load(name)
    assert command.name == name
    first_paragraph = (command.help or "").split("\n\n")[0]
    assert " ".join(first_paragraph.split()) == COMMANDS[name].help
    # Rich joins the lines of the first paragraph only: a later one keeps its line breaks, and
    # `reset-remote --help` broke mid-sentence after "or" at 80 columns (installer review 44)
    later = (command.help or "").strip().split("\n\n")[1:]
    assert [p for p in later if "\n" in p.strip()] == []


def test_help_lists_every_command(cli: object) -> None:
    shown = cli("--help").out  # type: ignore[operator]
    for name, lazy in COMMANDS.items():
        assert f"{name} " in shown and lazy.help[:40] in shown


def test_a_mistyped_command_gets_a_suggestion(cli: object) -> None:
    run = cli("shw")  # type: ignore[operator]
    assert run.code == 2
    assert "Did you mean 'show'?" in run.err
