"""`camreset engine solve`: exact numbers, --json, and one-line errors with exit code 2."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from tests.cli.endless import endless_file
from typer.testing import CliRunner

from camreset.cli.app import app
from camreset.cli.engine_cmd import MAX_MODEL_BYTES, engine_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "models"
runner = CliRunner()


def test_json_output(tmp_path: Path) -> None:
    res = runner.invoke(
        engine_app, ["solve", str(EXAMPLES / "two-faults.json"), "--json", "--sequence", "A1"]
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    # A1 then service: 1 + (0.8·0.5)·10 = 5; Q1 is not worth asking; bound: F1 1, F2 1+0.5·10
    assert out == {
        "policy": 5,
        "optimal": 5,
        "sequence": 5,
        "lower_bound": 5,
        "first_steps": ["A1", "service"],
    }


def test_table_output_shows_exact_fractions(tmp_path: Path) -> None:
    model = {
        "faults": {"F1": 0.5, "F2": 0.5},
        "actions": [
            {"id": "A1", "cost": 1, "fixes": {"F1": 1}},
            {"id": "A2", "cost": 1, "fixes": {"F2": 1}},
        ],
    }
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model))
    res = runner.invoke(engine_app, ["solve", str(path), "--sequence", "A2,A1"])
    assert res.exit_code == 0, res.output
    assert "1.5  (= 3/2)" in res.stdout
    assert "A1 → A2" in res.stdout


def test_too_large_is_reported_not_computed(tmp_path: Path) -> None:
    actions = [{"id": f"A{i}", "cost": 1, "fixes": {"F": 0.5}} for i in range(20)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"faults": {"F": 1}, "actions": actions}))
    res = runner.invoke(engine_app, ["solve", str(path), "--json", "--max-size", "1000"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["optimal"] is None


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "cannot read"),
        ("{not json", [], "invalid JSON"),
        ('{"faults": {"F": 1}, "actions": [], "x": 1}', [], "x: unknown key"),
        ('{"faults": {"F": 1}, "actions": []}', ["--sequence", "A1"], "unknown action 'A1'"),
    ],
)
def test_errors_are_one_line_exit_2(
    tmp_path: Path, content: str | None, args: list[str], message: str
) -> None:
    path = tmp_path / "m.json"
    if content is not None:
        path.write_text(content)
    res = runner.invoke(engine_app, ["solve", str(path), *args])
    assert res.exit_code == 2
    assert res.exception is None or isinstance(res.exception, SystemExit)
    text = res.stderr.strip()
    assert message in text and len(text.splitlines()) == 1 and "Traceback" not in res.output


# Hostile files (issue 10): each is refused with one line and exit 2, before it can hurt.

MODEL = '{"faults": {"F1": 1}, "actions": [{"id": "A1", "cost": COST, "fixes": {"F1": 1}}]}'


def solve_file(path: Path) -> tuple[int, str]:
    """`camreset engine solve PATH` through the real app and its one error path."""
    res = runner.invoke(app, ["engine", "solve", str(path)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    return res.exit_code, res.stderr.strip()


def test_a_file_that_is_not_utf8_is_one_line_naming_where(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"faults": {"Caf\u00e9": 1}}'.encode("latin-1"))
    assert solve_file(path) == (
        2,
        f"camreset engine solve: {path}:1:17: not UTF-8 text (byte 0xe9); save the file as UTF-8",
    )


@pytest.mark.parametrize(
    ("cost", "message"),
    [
        ("1e400", "number 1e400: exponent beyond ±30"),
        ("1" + "0" * 5000, "more than 30 digits"),
        ("0." + "1" * 40, "more than 30 digits"),
        ("1e20", "actions[0].cost: 1e+20 is too large (at most 1e+12)"),
        ("NaN", "number NaN: not a finite number"),
        ("-Infinity", "number -Infinity: not a finite number"),
    ],
)
def test_numbers_beyond_sane_magnitudes_are_refused(
    tmp_path: Path, cost: str, message: str
) -> None:
    path = tmp_path / "m.json"
    path.write_text(MODEL.replace("COST", cost))
    code, err = solve_file(path)
    assert code == 2 and message in err and len(err.splitlines()) == 1, err


def test_a_huge_exponent_is_refused_before_it_becomes_a_fraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fraction("1e99999999") never finishes: the literal must be refused as text. On code that
    # converts it anyway, this guard fails the test instead of letting it run for ever.
    real_new = Fraction.__new__

    def guarded(cls: type[Fraction], *args: object, **kwargs: object) -> Fraction:
        if args and isinstance(args[0], str) and "e99999999" in args[0]:
            raise AssertionError(f"converted {args[0]!r} to a Fraction")
        return real_new(cls, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Fraction, "__new__", staticmethod(guarded))
    path = tmp_path / "m.json"
    path.write_text(MODEL.replace("COST", "1e99999999"))
    code, err = solve_file(path)
    assert code == 2
    assert err == (
        f"camreset engine solve: {path}: number 1e99999999: exponent beyond ±30; "
        "write the number out"
    )


def test_deep_nesting_is_refused_not_recursed_into(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert solve_file(path) == (2, f"camreset engine solve: {path}: nested deeper than 16 levels")


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(MODEL.replace("COST", "1").replace('"A1"', '"[[[[[[[[[[[[[[[[[[\\\\\\"{{"'))
    code, err = solve_file(path)
    assert code == 0, err


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "padded.json"
    path.write_text(MODEL.replace("COST", "1") + " " * MAX_MODEL_BYTES)
    code, err = solve_file(path)
    assert (code, err) == (
        2,
        f"camreset engine solve: {path}: too large: a model file may be at most 1 MiB "
        "(see docs/terminal.md)",
    )


def test_an_endless_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    with endless_file(tmp_path, total=8 * MAX_MODEL_BYTES) as fifo:
        code, err = solve_file(fifo.path)
    assert code == 2 and err.endswith(
        "too large: a model file may be at most 1 MiB (see docs/terminal.md)"
    )
    assert not fifo.wrote_all


def test_a_stale_after_entry_that_is_not_an_id_is_a_format_error(tmp_path: Path) -> None:
    model = {
        "faults": {"F1": 0.5, "F2": 0.5},
        "actions": [{"id": "A1", "cost": 1, "fixes": {"F1": 1}}],
        "questions": [
            {
                "id": "Q1",
                "cost": 1,
                "answers": {"yes": {"F1": 1, "F2": 0}, "no": {"F1": 0, "F2": 1}},
                "stale_after": [["A1"]],
            }
        ],
    }
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model))
    where = "questions[0].stale_after[0]"
    assert solve_file(path) == (
        2,
        f"camreset engine solve: {path}: {where}: expected an action id, got list",
    )


def test_a_model_with_more_actions_than_the_limit_is_refused(tmp_path: Path) -> None:
    actions = [{"id": f"A{i}", "cost": 1, "fixes": {"F": 0.01}} for i in range(51)]
    path = tmp_path / "wide.json"
    path.write_text(json.dumps({"faults": {"F": 1}, "actions": actions}))
    assert solve_file(path) == (
        2,
        f"camreset engine solve: {path}: actions: 51 entries; a model may have at most 50",
    )


def test_max_size_is_bounded(tmp_path: Path) -> None:
    path = EXAMPLES / "two-faults.json"
    res = runner.invoke(app, ["engine", "solve", str(path), "--max-size", str(10**8)])
    assert res.exit_code == 2
    assert "--max-size" in res.stderr and "10000000" in res.stderr
