"""The terminal's one error path: a line per error, exit 2 (1 for the database), --debug."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from camreset.cli.app import app, main

runner = CliRunner(env={"NO_COLOR": "1"})


def test_debug_adds_the_traceback_to_the_same_line() -> None:
    plain = runner.invoke(app, ["show", "C2Z0"])
    debug = runner.invoke(app, ["--debug", "show", "C2Z0"])
    assert plain.exit_code == debug.exit_code == 2
    assert "Traceback" not in plain.stderr and "Traceback" in debug.stderr
    line = plain.stderr.strip()
    assert line.startswith("camreset show: unknown camera model 'C2Z0'")
    assert debug.stderr.rstrip().endswith(line)


def test_an_unreachable_database_is_exit_1_and_names_no_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://camreset:s3cret@127.0.0.1:1/nowhere"
    result = runner.invoke(app, ["sessions", "--database-url", url])
    assert result.exit_code == 1
    assert result.stderr.startswith("camreset sessions: ") and len(result.stderr.splitlines()) == 1
    assert "s3cret" not in result.output


def test_every_command_reports_a_bad_flag_combination_the_same_way() -> None:
    for args in (["show", "tapo-c200", "--line", "tapo"], ["guide", "--json"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith(f"camreset {args[0]}: "), result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_a_bad_option_value_is_one_line_in_a_persons_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["report", "abc", "--format", "pdf"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "camreset report: Invalid value for '--format': 'pdf' is not one of 'md', 'markdown', "
        "'txt', 'text', 'json'. (try 'camreset report --help')\n"
    )


def test_an_option_without_its_value_names_the_command_it_belongs_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["guide", "tapo-c200", "--answers"])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        "camreset guide: Option '--answers' requires an argument. (try 'camreset guide --help')\n"
    )


def test_a_model_name_typed_without_quotes_is_told_to_go_in_quotes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Review 50: `camreset guide tpo c200` said only "Got unexpected extra argument(s)"."""
    with pytest.raises(SystemExit) as exited:
        main(["guide", "tpo", "c200", "--answers", "-"])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        "camreset guide: Got unexpected extra argument(s) (c200); a name with spaces goes in "
        "quotes (try 'camreset guide --help')\n"
    )


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["report", "x", "y"], False),
        (["guide", "--resume", "x", "y", "z"], False),
        (["sessions", "x"], False),
        (["show", "tapo", "c200"], True),
        (["models", "tapo", "c200"], True),
    ],
)
def test_only_a_cameras_name_is_told_to_go_in_quotes(
    capsys: pytest.CaptureFixture[str], argv: list[str], hint: bool
) -> None:
    """A session id never has a space: `camreset report x y` (terminal review 56) and `guide
    --resume ID x` (diff review 57) were told "a name with spaces goes in quotes"."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "Got unexpected extra argument" in err
    assert ("a name with spaces goes in quotes" in err) is hint


def test_an_unlisted_number_of_a_known_brand_points_to_that_brand_s_steps() -> None:
    """`guide DS-2CD9999` said only "unknown camera model", where `show` and the web offer
    Hikvision's usual steps (a reviewer, as an installer)."""
    result = runner.invoke(app, ["guide", "DS-2CD9999", "--answers", "-"], input="[]")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "camreset guide: unknown camera model 'DS-2CD9999'; camreset does not list that "
        "number, but --line hikvision gives its brand's usual steps"
    )


def test_a_near_miss_of_a_known_brand_offers_the_closest_and_that_brand_s_steps() -> None:
    """`guide DS-2CD2143G0-I` (an older dome than the listed G2-I) is offered the closest
    models and, if it is none of them, Hikvision's usual steps (a CLI reviewer)."""
    result = runner.invoke(app, ["guide", "DS-2CD2143G0-I", "--answers", "-"], input="[]")
    assert result.exit_code == 2
    said = result.stderr.strip()
    assert "closest: hikvision-ds-2cd2143g2-i" in said
    assert said.endswith("; if it is none of these, --line hikvision gives its brand's usual steps")


def test_an_unknown_model_without_a_terminal_is_named_before_the_terminal() -> None:
    """`guide nonexistent-cam </dev/null` said only that it needs a terminal: a script's
    author fixed the pipe and only then learnt the model was unknown (installer review 66,
    D #11). A model it lists still hears about the terminal."""
    result = runner.invoke(app, ["guide", "nonexistent-cam"], input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("camreset guide: unknown camera model 'nonexistent-cam'")
    assert len(result.stderr.splitlines()) == 1
    listed = runner.invoke(app, ["guide", "tapo-c200"], input="")
    assert listed.exit_code == 2
    assert listed.stderr.startswith("camreset guide: this needs a terminal")
