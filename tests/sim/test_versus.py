"""`python -m camreset.bench.versus` splits the engine's minutes against a baseline over the
same cases `camreset bench` runs, so its parts add up to the ratio the bench reports
(session 71: why Ring's engine is slower than its baseline)."""

from __future__ import annotations

import math

import pytest

from camreset.bench.cameras import Bench, BenchConfig, run_line
from camreset.bench.versus import SUPPORT, Pair, main, pairs, report
from camreset.core.kb.knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def ring(kb: KnowledgeBase) -> tuple[BenchConfig, list[Pair]]:
    config = BenchConfig(cases=40, world="kb", lines=("ring",))
    return config, list(pairs(kb, config, "ring", "seed_order"))


def test_the_split_adds_up_to_the_minutes_the_bench_reports(
    kb: KnowledgeBase,
    ring: tuple[BenchConfig, list[Pair]],
) -> None:
    config, found = ring
    arms = run_line(Bench(kb, config), "ring").arms
    out = report(found, "seed_order")
    assert out["engine_minutes"] == round(arms["engine"].mean_minutes, 2)
    assert out["other_minutes"] == round(arms["seed_order"].mean_minutes, 2)
    difference = arms["engine"].mean_minutes - arms["seed_order"].mean_minutes
    shares = [group["per_case"] for group in out["by_fixable"].values()]
    assert math.isclose(sum(shares), difference, abs_tol=0.002)
    assert math.isclose(sum(row["per_case"] for row in out["by_cause"]), difference, abs_tol=0.01)
    steps = out["by_step"]
    assert math.isclose(sum(r["engine"] for r in steps), arms["engine"].mean_minutes, abs_tol=0.02)
    assert math.isclose(
        sum(r["other"] for r in steps), arms["seed_order"].mean_minutes, abs_tol=0.02
    )
    support = next(r for r in steps if r["step"] == SUPPORT)
    assert support["other"] == round(30 * arms["seed_order"].escalations / len(found), 3)


def test_each_wrong_answer_is_recorded_with_the_true_one(
    ring: tuple[BenchConfig, list[Pair]],
) -> None:
    _, found = ring
    wrong = [w for p in found for w in p.engine.wrong]
    assert wrong  # 10 % wrong answers: some of 40 cases have one
    assert all(truth != given for _, truth, given in wrong)
    out = report(found, "seed_order")
    assert sum(row["cases"] for row in out["by_first_wrong"]) == out["with_wrong_answer"]


def test_one_case_is_shown_step_by_step_with_its_minutes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["--line", "ring", "--world", "kb", "--case", "4"])
    shown = capsys.readouterr().out
    assert shown.startswith("case 4: ring-")
    assert "engine: " in shown and "seed_order: " in shown
    assert "a.guided-reset.0 = done (" in shown


def test_an_unknown_line_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--line", "acme"])
    assert stopped.value.code == 2
    assert "unknown line 'acme'; lines: amcrest" in capsys.readouterr().err
