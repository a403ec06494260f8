"""`camreset guide --answers FILE` with hostile files: one line, exit 2, before they can hurt.

Issue 10: a 5,000-level YAML list and a 100,000-digit number gave tracebacks, /dev/zero was
read until the memory ran out, and a 6 MB file took 17 s. Each case here failed before the
limits of docs/terminal.md ("Limits") existed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.endless import endless_file

from camreset.cli.wizard.answers_file import (
    MAX_ANSWERS,
    MAX_FILE_BYTES,
    AnswersFileError,
    parse_answers,
)

from .conftest import Cli

TOO_LARGE = "too large: an answers file may be at most 256 KiB (see docs/terminal.md)"


def refused(cli: Cli, path: Path | str, *, stdin: bytes | None = None) -> str:
    """Run a scripted guide with `path`; the one stderr line it must end with."""
    args = ["guide", "tapo-c200", "--answers", str(path), "--database-url", cli.db_url]
    result = cli.runner.invoke(cli.app, args, input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_deep_nesting_is_refused_not_recursed_into(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 5000 + "]" * 5000)
    line = refused(cli, path)
    assert line == f"camreset guide: {path}:1:17: not YAML or JSON: nested deeper than 16 levels"


def test_a_huge_number_stays_text_and_is_refused_as_too_long(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "digits.yaml"
    path.write_text("- " + "9" * 100_000 + "\n")
    line = refused(cli, path)
    assert line == (
        f"camreset guide: {path}:1:3: item 1 is not an answer id: longer than 100 characters"
    )


def test_an_endless_file_is_refused_without_reading_it_all(cli: Cli, tmp_path: Path) -> None:
    with endless_file(tmp_path, total=8 * MAX_FILE_BYTES) as fifo:
        line = refused(cli, fifo.path)
    assert line == f"camreset guide: {fifo.path}: {TOO_LARGE}"
    assert not fifo.wrote_all


def test_a_file_over_the_limit_is_refused_before_any_answer(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_text("- steady\n" * (MAX_FILE_BYTES // 9 + 1))
    assert refused(cli, path) == f"camreset guide: {path}: {TOO_LARGE}"
    assert "No sessions yet" in cli("sessions").stdout  # refused before a session was started


def test_standard_input_has_the_same_limit(cli: Cli) -> None:
    stdin = b"- steady\n" * (MAX_FILE_BYTES // 9 + 1)
    assert refused(cli, "-", stdin=stdin) == f"camreset guide: <stdin>: {TOO_LARGE}"


@pytest.mark.parametrize("where", ["file", "stdin"])
def test_text_that_is_not_utf8_names_the_file_line_and_column(
    cli: Cli, tmp_path: Path, where: str
) -> None:
    data = "- steady\n- r\u00e9agi\n".encode("latin-1")
    path = tmp_path / "latin1.yaml"
    path.write_bytes(data)
    line = refused(cli, path) if where == "file" else refused(cli, "-", stdin=data)
    name = path if where == "file" else "<stdin>"
    assert line == f"camreset guide: {name}:2:4: not UTF-8 text (byte 0xe9); save the file as UTF-8"


def test_too_many_answers_are_refused(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text("[" + ", ".join(["not_sure"] * (MAX_ANSWERS + 1)) + "]")
    line = refused(cli, path)
    assert line == f"camreset guide: {path}: 1001 answers; at most 1000 are read"


def test_an_item_that_is_not_an_id_is_named_by_kind_not_printed_whole() -> None:
    # Anchors make a small file stand for 9^6 strings: printing the item would be megabytes.
    levels = ["&a0 [" + ", ".join(["lol"] * 9) + "]"]
    levels += [f"&a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 7)]
    with pytest.raises(AnswersFileError) as caught:
        parse_answers("- [" + ", ".join(levels) + "]\n", "laughs.yaml")
    assert str(caught.value) == "laughs.yaml:1:3: item 1 is not an answer id: a list"


@pytest.mark.parametrize(
    "text",
    [
        "- !!int 5\n- !!timestamp not-a-date\n- !!bool maybe\n- !!float x",
        "[5, not-a-date, maybe, x]",
    ],
)
def test_explicit_types_are_read_as_the_text_they_are(text: str) -> None:
    assert parse_answers(text, "f") == ["5", "not-a-date", "maybe", "x"]


def test_numbers_and_dates_are_never_converted() -> None:
    items = ["1e99999999", "0x10", "2001-12-14", ".inf", "yes", "010"]
    assert parse_answers("[" + ", ".join(items) + "]", "f") == items
