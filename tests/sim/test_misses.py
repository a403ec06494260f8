"""`python -m camreset.bench.misses` lists exactly the cases `camreset bench` counts as missed,
so a reader can see why a line is under its target (session 70: Hikvision and UniFi)."""

from __future__ import annotations

import pytest

from camreset.bench.cameras import Bench, BenchConfig, run_line
from camreset.bench.misses import main, misses
from camreset.core.kb.knowledge import KnowledgeBase


def test_the_misses_listed_are_the_ones_the_bench_counts(kb: KnowledgeBase) -> None:
    config = BenchConfig(cases=60, world="uniform", lines=("hikvision",))
    found = list(misses(kb, config, "hikvision", without_errors=True))
    engine = run_line(Bench(kb, config), "hikvision").arms["engine"]
    assert found  # this slice has misses: the comparison below compares something
    assert len(found) == round((1 - engine.success_rate) * engine.cases)
    for miss in found:
        assert miss["trace"] and miss["outcome"] in ("done", "escalated", "cap")
        assert miss["fixable"] == (miss["fixed_at_home_by"] is not None)
        assert isinstance(miss["without_errors"], bool)


def test_an_unknown_line_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--line", "acme"])
    assert stopped.value.code == 2
    assert "unknown line 'acme'; lines: amcrest" in capsys.readouterr().err
