"""`camreset engine solve FILE`: exact expected costs of a generic troubleshooting model.

The file is read with JSON decimals as exact fractions, so every number printed is exact
(by recursion over the strategy tree, never by sampling). The file may be anything a person
points at, so it is read to at most MAX_MODEL_BYTES and checked before it is parsed
(core/engine/model_json.py: depth, number literals). Errors: one line, exit code 2.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from camreset.cli.errors import CamresetGroup
from camreset.cli.input_file import read_limited, size_words, utf8_text
from camreset.core.engine.exact import (
    DEFAULT_MAX_SIZE,
    first_steps,
    lower_bound,
    optimal_cost,
    policy_cost,
    sequence_cost,
)
from camreset.core.engine.model import Number, TroubleshootingModel
from camreset.core.engine.model_json import read_model
from camreset.core.plain import plain_text
from camreset.errors import CamresetError, UsageError

MAX_MODEL_BYTES = 1 << 20
"""Largest model file read (1 MiB); a model a person writes is a few kilobytes."""

MAX_SOLVE_SIZE = 10_000_000
"""Largest `--max-size` accepted (200 times the default)."""

engine_app = typer.Typer(
    cls=CamresetGroup,
    no_args_is_help=True,
    add_completion=False,
    help="Run the troubleshooting engine on a generic model (JSON).",
)


@engine_app.callback()
def _engine() -> None:
    """Run the troubleshooting engine on a generic model (JSON); see docs/engine-model.md."""


def load_model(path: Path) -> TroubleshootingModel:
    """Read and validate a model file; decimals become Fractions so costs come out exact."""
    return parse_model_file(read_limited(str(path), MAX_MODEL_BYTES, "a model file"), str(path))


def parse_model_file(data: bytes, source: str) -> TroubleshootingModel:
    """The model in a file's bytes, or a CamresetError naming the file (never another error)."""
    if len(data) > MAX_MODEL_BYTES:
        limit = size_words(MAX_MODEL_BYTES)
        raise UsageError(f"{source}: too large: a model file may be at most {limit}")
    return read_model(utf8_text(data, source), source)


def _show(x: Number | None) -> str:
    if x is None:
        return "too large"
    if isinstance(x, Fraction) and x.denominator != 1:
        return f"{float(x):.6g}  (= {x})"
    return f"{float(x):.6g}"


def _json_number(x: Number | None) -> float | int | None:
    if x is None:
        return None
    if isinstance(x, Fraction) and x.denominator == 1:
        return int(x)
    return float(x)


@engine_app.command()
def solve(
    file: Annotated[Path, typer.Argument(help="Model file (JSON, see docs/engine-model.md).")],
    sequence: Annotated[
        str | None,
        typer.Option(
            metavar="IDS",
            help="Comma-separated action ids: also cost this fixed order (then service).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    max_size: Annotated[
        int,
        typer.Option(
            min=1,
            max=MAX_SOLVE_SIZE,
            help="Largest problem (states) solved exactly for the optimum.",
        ),
    ] = DEFAULT_MAX_SIZE,
) -> None:
    """Expected costs: the engine's policy, the optimum, a fixed sequence, the lower bound."""
    model = load_model(file)
    seq_cost: Number | None = None
    if sequence is not None:
        ids = [s.strip() for s in sequence.split(",") if s.strip()]
        try:
            seq_cost = sequence_cost(model, ids)
        except CamresetError as e:
            raise UsageError(f"--sequence: {e}") from None
    result: dict[str, Any] = {
        "policy": policy_cost(model),
        "optimal": optimal_cost(model, max_size=max_size),
        "sequence": seq_cost,
        "lower_bound": lower_bound(model),
        "first_steps": first_steps(model),
    }
    if as_json:
        out = {k: v if k == "first_steps" else _json_number(v) for k, v in result.items()}
        typer.echo(json.dumps(out))
        return
    # Ids, the file name and --sequence are typed text: one plain line each, never markup.
    steps = " → ".join(plain_text(step) for step in result["first_steps"])
    rows = [
        ("engine policy", _show(result["policy"])),
        ("first steps", steps or "(none)"),
        ("optimal", _show(result["optimal"])),
    ]
    if sequence is not None:
        rows.append((f"sequence {plain_text(sequence)}", _show(seq_cost)))
    rows.append(("lower bound (perfect information)", _show(result["lower_bound"])))
    table = Table(title=Text(f"Expected cost — {plain_text(file.name)}"), show_header=False)
    for label, value in rows:
        table.add_row(Text(label), Text(value))
    Console(width=100).print(table)
