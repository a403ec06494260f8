"""`camreset bench`: the engine against the seed guides' order and a person who knows the cause.

Simulated cases on a virtual camera (camreset.bench.sim); every number is explained in
docs/benchmark.md. Seeded: the same options print the same numbers.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from camreset.bench.cameras import (
    DEFAULT_CASES,
    DEFAULT_ERROR_RATE,
    DEFAULT_RANDOM_MODELS,
    BenchConfig,
)
from camreset.bench.report import BenchReport, run_bench
from camreset.kb_files import load_kb

ARM_NAMES = {"engine": "engine", "seed_order": "seed order", "knows_cause": "knows the cause"}


def bench(
    cases: Annotated[
        int, typer.Option("--cases", min=1, help="Simulated cases per camera line.")
    ] = DEFAULT_CASES,
    error_rate: Annotated[
        float,
        typer.Option("--error-rate", min=0.0, max=1.0, help="P(the person answers wrongly)."),
    ] = DEFAULT_ERROR_RATE,
    seed: Annotated[int, typer.Option("--seed", help="Seed of every random choice.")] = 0,
    random_models: Annotated[
        int, typer.Option("--random-models", min=1, help="Random generic models to solve.")
    ] = DEFAULT_RANDOM_MODELS,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Benchmark the engine on simulated cases, random models and next-step latency."""
    config = BenchConfig(cases=cases, error_rate=error_rate, seed=seed, random_models=random_models)
    report = run_bench(load_kb(), config)
    if as_json:
        typer.echo(json.dumps(report.as_json(), sort_keys=True))
        return
    render(Console(), report, config)


def render(console: Console, report: BenchReport, config: BenchConfig) -> None:
    table = Table(
        title=f"{config.cases} cases per line, {config.error_rate:.0%} wrong answers, "
        f"seed {config.seed}"
    )
    for name in ("line", "arm", "success", "mean min", "median", "p90", "steps", "escalated"):
        table.add_column(name, justify="left" if name in {"line", "arm"} else "right", no_wrap=True)
    for line, arms in report.lines.items():
        for arm, s in arms.items():
            table.add_row(
                line,
                ARM_NAMES.get(arm, arm),
                f"{s.success_rate:.1%}",
                f"{s.mean_minutes:.1f}",
                f"{s.median_minutes:.1f}",
                f"{s.p90_minutes:.1f}",
                f"{s.mean_steps:.1f}",
                str(s.escalations),
            )
        table.add_section()
    console.print(table)
    rm, lat = report.random_models, report.latency
    console.print(
        f"Random models: {rm['count']}, mean excess over the optimum "
        f"{float(rm['mean_excess']):.2%}, max {float(rm['max_excess']):.2%}"
    )
    console.print(
        f"Next step (recommend) on {lat.model}, {lat.states} states: "
        f"p50 {lat.p50_us:.0f} µs, p99 {lat.p99_us:.0f} µs"
    )
