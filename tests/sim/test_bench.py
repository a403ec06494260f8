"""Seeded benchmark runs repeat exactly; `camreset bench --json` prints one object."""

from __future__ import annotations

import json
from collections import Counter

import pytest
import typer
from typer.testing import CliRunner

from camreset.bench.cameras import ARMS, Bench, BenchConfig, random_model_excess, run_line
from camreset.bench.report import baseline_of
from camreset.bench.sim.scripts import SEED_ORDER, VENDOR_ARTICLE
from camreset.cli.bench_cmd import bench
from camreset.core.kb.knowledge import KnowledgeBase

STATS_KEYS = {
    "cases",
    "success_rate",
    "mean_minutes",
    "median_minutes",
    "p90_minutes",
    "mean_steps",
    "escalations",
}


def test_seeded_runs_are_reproducible(kb: KnowledgeBase) -> None:
    config = BenchConfig(cases=60, seed=3)
    first = run_line(Bench(kb, config), "kasa")
    second = run_line(Bench(kb, config), "kasa")
    assert first == second
    other = run_line(Bench(kb, BenchConfig(cases=60, seed=4)), "kasa")
    assert other != first


def test_a_case_is_the_same_whichever_slice_draws_it(kb: KnowledgeBase) -> None:
    bench = Bench(kb, BenchConfig(cases=30, seed=1))
    assert list(bench.cases("tapo"))[10:20] == list(bench.cases("tapo", 10, 20))


def bench_app() -> typer.Typer:
    """`camreset bench` alone, as a command group (so its name is part of the command line)."""
    app = typer.Typer()
    app.command("bench")(bench)

    @app.callback()
    def _root() -> None:
        pass

    return app


def test_random_model_excess_is_seeded() -> None:
    assert random_model_excess(5, 2) == random_model_excess(5, 2)


def test_bench_json_shape() -> None:
    app = bench_app()
    args = ["bench", "--json", "--cases", "20", "--random-models", "3", "--seed", "5"]
    result = CliRunner().invoke(app, [*args, "--line", "kasa", "--line", "ring"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report) == {
        "world", "button_finding", "can_manage", "lines", "random_models", "latency_us",
    }  # fmt: skip
    assert report["world"] == "table"
    assert set(report["lines"]) == {"kasa", "ring"}
    for line in report["lines"].values():
        assert set(line["arms"]) == set(ARMS)
        for stats in line["arms"].values():
            assert set(stats) == STATS_KEYS
            assert stats["cases"] == 20
            assert 0 <= stats["success_rate"] <= 1
        assert sum(f["engine"]["cases"] for f in line["families"].values()) == 20
        assert line["baseline"] in ("seed_order", "vendor_article")
        assert line["ratio"] > 0
        seed = line["arms"]["seed_order"]["mean_minutes"]
        engine = line["arms"]["engine"]["mean_minutes"]  # minutes are rounded to 0.01
        assert line["seed_order_ratio"] == pytest.approx(engine / seed, rel=2e-3)
    assert set(report["random_models"]) == {"count", "mean_excess", "max_excess"}
    assert report["random_models"]["count"] == 3
    assert set(report["latency_us"]) == {"p50", "p99"}


def test_the_world_decides_how_often_each_cause_happens(kb: KnowledgeBase) -> None:
    """`kb` draws from the engine's own priors; `reversed` turns that ranking upside down;
    `table` (the default) is the simulator's own table, not the engine's."""

    def counts(world: str) -> Counter[str]:
        bench = Bench(kb, BenchConfig(cases=400, world=world))
        return Counter(c.cause for c in bench.cases("tapo") if c.phase.value == "reset")

    kb_world, upside_down, table = counts("kb"), counts("reversed"), counts("table")
    likeliest = kb_world.most_common(1)[0][0]
    assert upside_down[likeliest] < kb_world[likeliest] / 3
    assert table != kb_world


def test_an_unknown_world_or_line_is_a_usage_error() -> None:
    app = bench_app()
    bad = CliRunner().invoke(app, ["bench", "--world-priors", "flat", "--cases", "1"])
    assert bad.exit_code == 2
    assert "--world-priors" in bad.output


def test_a_number_of_cases_past_the_limit_is_refused_at_once() -> None:
    """`--cases 99999999999` ran ten minutes, growing to 663 MB, before a reviewer killed it."""
    app = bench_app()
    bad = CliRunner().invoke(app, ["bench", "--cases", "99999999999"])
    assert bad.exit_code == 2
    assert "less than or equal to 100000" in bad.output


def test_a_narrow_terminal_gets_every_number_whole(kb: KnowledgeBase) -> None:
    """At 80 columns the tables cut numbers to "71…"; at 40 nearly every cell was "…"."""
    import io

    from rich.console import Console

    from camreset.bench.report import run_bench
    from camreset.cli.bench_cmd import render

    config = BenchConfig(cases=5, random_models=1, lines=("tapo",))
    report = run_bench(kb, config)
    console = Console(file=io.StringIO(), width=40, color_system=None)
    render(console, report, config)
    said = console.file.getvalue()  # type: ignore[attr-defined]
    assert "…" not in said
    engine = report.lines["tapo"].arms["engine"]
    assert f"mean {engine.mean_minutes:.1f} min" in " ".join(said.split())


def test_a_line_with_a_vendor_article_and_no_seed_is_measured_against_the_article() -> None:
    for line in VENDOR_ARTICLE:
        expected = "seed_order" if line in SEED_ORDER else "vendor_article"
        assert baseline_of(line) == expected, line
    assert baseline_of("amcrest") == "seed_order"  # a seed covers it, though it has a page
    for line in ("arlo", "dahua", "hikvision", "wyze"):
        assert baseline_of(line) == "vendor_article"
    for line in ("tapo", "kasa", "ring", "blink"):
        assert baseline_of(line) == "seed_order"
