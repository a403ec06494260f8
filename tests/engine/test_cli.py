"""`camreset engine solve`: exact numbers, --json, and one-line errors with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from camreset.cli.engine_cmd import engine_app

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
