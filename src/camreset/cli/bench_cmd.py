"""`camreset bench`: the engine against the seed guides, the vendors' articles and a person who
knows the cause.

Simulated cases on a virtual camera (camreset.bench.sim); every number is explained in
docs/benchmark.md. Seeded: the same options print the same numbers.
"""

from __future__ import annotations

import json
from functools import partial
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from camreset.bench.config import WORLDS, BenchConfig

if TYPE_CHECKING:
    from camreset.bench.report import BenchReport

ARM_NAMES = {
    "engine": "engine",
    "seed_order": "seed order",
    "vendor_article": "vendor article",
    "knows_cause": "knows the cause",
}


MAX_CASES = 100_000
"""Ten times the default: at a few milliseconds a case, about an hour a line (more is a typo)."""
MAX_RANDOM_MODELS = 10_000


def bench(
    cases: Annotated[
        int,
        typer.Option("--cases", min=1, max=MAX_CASES, help="Simulated cases per camera line."),
    ] = BenchConfig.cases,
    error_rate: Annotated[
        float,
        typer.Option("--error-rate", min=0.0, max=1.0, help="P(the person answers wrongly)."),
    ] = BenchConfig.error_rate,
    seed: Annotated[
        int, typer.Option("--seed", help="Seed of every random choice.")
    ] = BenchConfig.seed,
    random_models: Annotated[
        int,
        typer.Option(
            "--random-models", min=1, max=MAX_RANDOM_MODELS, help="Random generic models to solve."
        ),
    ] = BenchConfig.random_models,
    world: Annotated[
        str,
        typer.Option(
            "--world-priors",
            metavar="WORLD",
            help=f"How often each cause happens in the simulated world: {', '.join(WORLDS)}.",
        ),
    ] = BenchConfig.world,
    button_finding: Annotated[
        float,
        typer.Option(
            "--button-finding",
            min=0.0,
            max=10.0,
            help="Factor on how often a person finds the real button when shown where it is.",
        ),
    ] = BenchConfig.button_finding,
    can_manage: Annotated[
        float,
        typer.Option(
            "--can-manage",
            min=0.0,
            max=10.0,
            help="Factor on how often steps that depend on others (a previous owner, support, "
            "an electrician, the router) work out.",
        ),
    ] = BenchConfig.can_manage,
    lines: Annotated[
        list[str] | None,
        typer.Option(
            "--line", metavar="LINE", help="Only this camera line (repeat for more). Default: all."
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", min=1, max=64, help="Processes, one line each at a time.")
    ] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Benchmark the engine on simulated cases, random models and next-step latency."""
    from camreset.bench.report import run_bench
    from camreset.kb_files import load_kb

    kb = load_kb()
    if world not in WORLDS:
        raise typer.BadParameter(f"choose one of {', '.join(WORLDS)}", param_hint="--world-priors")
    unknown = [line for line in lines or () if line not in kb.lines]
    if unknown:
        raise typer.BadParameter(
            f"unknown line {unknown[0]!r}; lines: {', '.join(sorted(kb.lines))}",
            param_hint="--line",
        )
    config = BenchConfig(
        cases=cases,
        error_rate=error_rate,
        seed=seed,
        random_models=random_models,
        world=world,
        button_finding=button_finding,
        can_manage=can_manage,
        lines=tuple(dict.fromkeys(lines)) if lines else None,
    )
    report = run_bench(kb, config, jobs=jobs)
    if as_json:
        typer.echo(json.dumps(report.as_json(), sort_keys=True))
        return
    render(Console(), report, config)


WIDE_ENOUGH = 100
"""Columns the tables need whole; a narrower terminal gets one record per line instead of
numbers cut to "…"."""


def render(console: Console, report: BenchReport, config: BenchConfig) -> None:
    if console.width < WIDE_ENOUGH:
        render_records(console, report, config)
        return
    table = Table(
        title=f"{config.cases} cases per line, world {config.world}, {config.error_rate:.0%} "
        f"wrong answers, seed {config.seed}"
    )
    for name in ("line", "arm", "success", "mean min", "median", "p90", "steps", "escalated"):
        table.add_column(name, justify="left" if name in {"line", "arm"} else "right", no_wrap=True)
    for line, result in report.lines.items():
        for arm, s in result.arms.items():
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
    render_targets(console, report)
    _summary_lines(console, report)


def _summary_lines(console: Console, report: BenchReport) -> None:
    rm, lat = report.random_models, report.latency
    console.print(
        f"Random models: {rm['count']}, mean excess over the optimum "
        f"{float(rm['mean_excess']):.2%}, max {float(rm['max_excess']):.2%}"
    )
    console.print(
        f"Next step (recommend) on {lat.model}, {lat.states} states: "
        f"p50 {lat.p50_us:.0f} µs, p99 {lat.p99_us:.0f} µs"
    )


def render_records(console: Console, report: BenchReport, config: BenchConfig) -> None:
    """The same numbers as the tables, one arm or verdict per line, for a narrow terminal."""
    from camreset.bench.report import TARGET_AFTER_RESET, TARGET_RATIO, TARGET_SUCCESS

    say = partial(console.print, soft_wrap=False, overflow="fold", highlight=False)
    say(
        f"{config.cases} cases per line, world {config.world}, {config.error_rate:.0%} wrong "
        f"answers, seed {config.seed}"
    )
    for line, result in report.lines.items():
        say(line, style="bold")
        for arm, x in result.arms.items():
            say(
                f"  {ARM_NAMES.get(arm, arm)}: success {x.success_rate:.1%}, mean "
                f"{x.mean_minutes:.1f} min, median {x.median_minutes:.1f}, p90 "
                f"{x.p90_minutes:.1f}, {x.mean_steps:.1f} steps, {x.escalations} escalated"
            )
    say(
        f"Targets: engine ≤ {TARGET_RATIO:.2f} × baseline and seed order, success ≥ "
        f"{TARGET_SUCCESS:.0%}, after-reset ≤ {TARGET_AFTER_RESET:.1f} × vendor article"
    )
    for line, v in report.verdicts().items():
        after = "–" if v.after_reset_ratio is None else f"{v.after_reset_ratio:.3f}"
        say(
            f"  {line} ({ARM_NAMES[v.baseline]}): engine/baseline {v.ratio:.3f}, engine/seed "
            f"{v.seed_ratio:.3f}, success {v.success:.1%}, after-reset {after}, meets "
            f"{'yes' if v.meets else 'no'}"
        )
    _summary_lines(console, report)


def render_targets(console: Console, report: BenchReport) -> None:
    """Each line against the issue's targets: engine/baseline, success, after-reset ratio."""
    from camreset.bench.report import TARGET_AFTER_RESET, TARGET_RATIO, TARGET_SUCCESS

    table = Table(
        title=f"Targets: engine ≤ {TARGET_RATIO:.2f} × baseline and seed-order minutes, success ≥ "
        f"{TARGET_SUCCESS:.0%}, after-reset ≤ {TARGET_AFTER_RESET:.1f} × vendor article"
    )
    columns = ("line", "baseline", "engine/baseline", "engine/seed", "success", "after-reset")
    for name in (*columns, "meets"):
        table.add_column(name, justify="left" if name in {"line", "baseline"} else "right")
    for line, v in report.verdicts().items():
        after = "–" if v.after_reset_ratio is None else f"{v.after_reset_ratio:.3f}"
        table.add_row(
            line,
            ARM_NAMES[v.baseline],
            f"{v.ratio:.3f}",
            f"{v.seed_ratio:.3f}",
            f"{v.success:.1%}",
            after,
            "yes" if v.meets else "no",
        )
    console.print(table)
