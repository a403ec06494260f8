"""`camreset --help`, `-h` and `--version`: what a person sees first."""

from __future__ import annotations

import re
from importlib.metadata import version
from itertools import pairwise


def test_root_help_speaks_to_the_person_and_names_where_to_start(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("--help")
    assert run.code == 0
    words = " ".join(run.out.split())
    assert "Get a security camera that will not factory-reset back to setup mode" in words
    assert "Start with `camreset guide`" in words
    assert "Typer" not in words and "`main`" not in words  # no notes for developers


def test_dash_h_is_help_for_the_root_and_for_a_command(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("-h").out == cli("--help").out
    assert cli("show", "-h").out == cli("show", "--help").out


def test_version_prints_the_installed_version(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("--version")
    assert (run.code, run.out) == (0, f"camreset {version('camreset')}\n")


SUBCOMMANDS = (
    ("kb", "check"), ("kb", "sources"), ("kb", "brands"), ("kb", "export"),
    ("engine", "solve"),
)  # fmt: skip


def _every_help() -> list[tuple[str, ...]]:
    from camreset.cli.app import COMMANDS

    return [(), *((name,) for name in COMMANDS), *SUBCOMMANDS]


def test_no_help_shows_a_flag_as_taking_a_value_or_cuts_a_word() -> None:
    """Typer showed `--json <bool>` and `--help -h <bool>`, as if a flag took a value, and
    `--database-url <str>` where URL says what to give (terminal review 40); at 80 columns it
    cut long words with "…" ("postgresql+psycopg://user:p…"): they are folded whole."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    runner = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None})
    for words in _every_help():
        shown = runner.invoke(app, [*words, "--help"])
        assert shown.exit_code == 0, words
        options = shown.stdout.split("─ Options ─")[-1]
        assert "<bool>" not in shown.stdout and "<str>" not in options, (words, shown.stdout)
        assert "…" not in shown.stdout, (words, shown.stdout)
    guide = runner.invoke(app, ["guide", "--help"]).stdout
    assert "--json    " in guide and "--database-url          URL" in guide
    serve = " ".join(runner.invoke(app, ["serve", "--help"]).stdout.split())
    assert "postgresql+psycopg://user:pa" in serve  # folded: the rest on the next line


def test_a_commands_help_in_a_narrow_terminal_keeps_each_options_help_readable() -> None:
    """At 50 columns (a phone's terminal) Typer's three-column table left a dozen characters
    for an option's help: "Continue a" / "saved session." stood on two lines, a sentence
    took a dozen (terminal review 40). A command's help is plain text there, each option's
    help under its name, as wide as the terminal; the root keeps its table of commands."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    for width in (50, 40):
        runner = CliRunner(env={"COLUMNS": str(width), "NO_COLOR": "1", "FORCE_COLOR": None})
        for words in _every_help()[1:]:
            shown = runner.invoke(app, [*words, "--help"]).stdout
            assert all(len(line) <= width for line in shown.splitlines()), (words, shown)
            assert "\\[" not in shown and "…" not in shown, (words, shown)
    runner = CliRunner(env={"COLUMNS": "50", "NO_COLOR": "1", "FORCE_COLOR": None})
    guide = runner.invoke(app, ["guide", "--help"]).stdout
    resume = "\n  --resume ID\n      Continue a saved session: its id, or the\n      short code"
    assert resume in guide, guide
    lines = guide.replace("\xa0", " ").splitlines()  # "[env:" on the line of its variable
    assert any(line.endswith(" [env: CAMRESET_DATABASE_URL]") for line in lines), guide
    root = runner.invoke(app, ["--help"]).stdout
    assert "─ Commands ─" in root  # the root's list stays a table


def test_help_at_80_columns_keeps_choices_and_the_example_address_whole() -> None:
    """An installer read `<md|markdown|txt|text|jso` / `n>` and `https://help.example.org/c` /
    `amreset` in an 80-column terminal (installer review 62, #11)."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    runner = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None})
    report = runner.invoke(app, ["report", "--help"]).stdout
    assert "FORMAT  md (or markdown), txt (or text) or json." in report
    for command in ("report", "sessions", "guide"):
        lines = runner.invoke(app, [command, "--help"]).stdout.splitlines()
        assert any("https://help.example.org " in line for line in lines), command


def test_help_where_term_is_dumb_is_plain_and_guide_says_how_a_screen_reader_gets_that() -> None:
    """A screen reader read Typer's panels as "box drawings light arc down and right" and a
    line of "box drawings light horizontal"; nothing said that `TERM=dumb` gives plain
    lines (accessibility review 68, #3)."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    runner = CliRunner(env={"TERM": "dumb", "COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None})
    for words in _every_help():
        shown = runner.invoke(app, [*words, "--help"]).stdout
        assert not re.search("[\u2500-\u257f]", shown), (words, shown)
        assert shown.startswith("Usage: "), (words, shown)  # no blank, boxed line first
    root = runner.invoke(app, ["--help"]).stdout
    assert "\nCommands:\n" in root and "\n  guide\n" in root  # the list, as plain lines
    guide = " ".join(runner.invoke(app, ["guide", "--help"]).stdout.split())
    assert "With a screen reader, or for a log: `camreset guide --plain` (each timer cue" in guide
    assert (
        "--plain Plain lines: each timer cue said once (as TERM=dumb). [env: CAMRESET_PLAIN]"
        in guide
    )
    xterm = CliRunner(env={"TERM": "xterm", "COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None})
    assert "─ Commands ─" in xterm.invoke(app, ["--help"]).stdout  # elsewhere, Rich's tables


def test_camreset_plain_makes_every_help_plain_in_a_terminal_that_draws() -> None:
    """`CAMRESET_PLAIN=1` (`guide --plain`'s variable), set once for a screen reader, asks for
    what TERM=dumb gives without changing TERM for every other program (session 68's
    leftovers): each help's boxes were read out as "box drawings light horizontal"."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    env = {"TERM": "xterm", "COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None}
    runner = CliRunner(env={**env, "CAMRESET_PLAIN": "1"})
    for words in ([], ["guide"], ["report"]):
        shown = runner.invoke(app, [*words, "--help"]).stdout
        assert shown.startswith("Usage: ") and not re.search("[\u2500-\u257f]", shown), words
    boxed = CliRunner(env={**env, "CAMRESET_PLAIN": "0"}).invoke(app, ["guide", "--help"]).stdout
    assert re.search("[\u2500-\u257f]", boxed)


def _described(listing: str) -> dict[str, list[str]]:
    """A group's "Commands" box as {command: its description's lines}."""
    described: dict[str, list[str]] = {}
    for line in listing.splitlines():
        if not line.startswith("│ "):
            continue
        inner = line[2:].rstrip("│").rstrip()
        name, _, text = inner.partition(" ")
        if name:
            described[name] = [text.strip()]
        else:
            described[list(described)[-1]].append(text.strip())
    return described


def test_a_group_lists_each_command_in_full_lines_not_broken_mid_sentence() -> None:
    """`camreset kb --help` listed `check` over five lines at 80 columns, two of them cut short
    where the docstring had a line break ("…sources, lines," / "patterns), also…"), so the
    first help a KB author reads looked broken (terminal review 71 I #10). Every line of a
    command's description but its last is as full as its words allow."""
    from typer.testing import CliRunner

    from camreset.cli.app import app

    runner = CliRunner(env={"COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": None})
    for group in ("kb", "engine"):
        listing = runner.invoke(app, [group, "--help"]).stdout.split("─ Commands ─")[1]
        first = listing.splitlines()[1]  # "│ check    Check the … │"
        name = first[2:].split()[0]
        starts = first.index(first[2 + len(name) :].lstrip()[:8])
        room = len(first) - 2 - starts  # the description column, less "│" and its space
        for name, lines in _described(listing).items():
            for line, following in pairwise(lines):
                next_word = following.split()[0]
                assert len(line) + 1 + len(next_word) > room, (group, name, lines)
