"""The cases the engine arm misses, one by one: what reading `camreset bench`'s totals needs.

    .venv/bin/python -m camreset.bench.misses --line L [--world W] [--cases N] [--seed S]
        [--without-errors]

One JSON object per missed case (the same cases, seeds and judgement as `camreset bench`):
its index, camera, cause, whether anyone at home could have fixed it (the knows-cause arm),
how the session ended and every step it showed with the answer. `--without-errors` plays each
missed case once more with no wrong answers and says whether that one succeeds (the person's
random draws shift with it, so the split is approximate). Session 70 read the Hikvision and
UniFi misses of the `uniform` world this way (docs/benchmark.md).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from camreset.bench.cameras import Bench, BenchConfig
from camreset.bench.config import WORLDS
from camreset.bench.sim.case import Case
from camreset.bench.sim.drive import drive_engine
from camreset.bench.sim.scripts import knows_cause
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.kb_files import load_kb


def _engine(bench: Bench, case: Case, fixable: bool) -> tuple[bool, dict[str, Any]]:
    """Whether the engine arm succeeds on `case`, and how it ran."""
    person = bench.person(case, "engine")
    run = drive_engine(bench.book[case.model], person, bench.cache)
    outcome = bench._judge(run, person, fixable)
    return outcome.success, {
        "outcome": run.outcome,
        "minutes": round(outcome.minutes, 2),
        "steps": run.steps,
        "trace": [f"{step}={answer}" for step, answer in run.trace],
    }


def misses(
    kb: KnowledgeBase, config: BenchConfig, line: str, without_errors: bool = False
) -> Iterator[dict[str, Any]]:
    """Every case of `line` the engine arm misses under `config`, in case order."""
    bench = Bench(kb, config)
    clean = Bench(bench.kb, replace(config, error_rate=0.0)) if without_errors else None
    for index, case in enumerate(bench.cases(line)):
        steps = bench.book[case.model]
        oracle, fixable = knows_cause(steps, partial(bench.person, case, "oracle", knows=True))
        success, ran = _engine(bench, case, fixable)
        if success:
            continue
        first = next((step for step, _ in oracle.trace if step.startswith("a.")), None)
        found: dict[str, Any] = {
            "index": index,
            "model": case.model,
            "power": case.power,
            "phase": case.phase.value,
            "cause": case.cause,
            "fixable": fixable,
            "fixed_at_home_by": first.split(".")[1] if fixable and first else None,
            **ran,
        }
        if clean is not None:
            found["without_errors"] = _engine(clean, case, fixable)[0]
        yield found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m camreset.bench.misses", description=__doc__)
    parser.add_argument("--line", required=True)
    parser.add_argument("--world", default="table", choices=WORLDS)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--error-rate", type=float, default=0.1)
    parser.add_argument("--without-errors", action="store_true")
    args = parser.parse_args(argv)
    kb = load_kb()
    if args.line not in kb.lines:
        parser.error(f"unknown line {args.line!r}; lines: {', '.join(sorted(kb.lines))}")
    if not 1 <= args.cases <= 100_000 or not 0 <= args.error_rate <= 1:
        parser.error("--cases is 1 to 100000 and --error-rate 0 to 1")
    config = BenchConfig(
        cases=args.cases, seed=args.seed, world=args.world, error_rate=args.error_rate,
        lines=(args.line,),
    )  # fmt: skip
    for found in misses(kb, config, args.line, args.without_errors):
        print(json.dumps(found))


if __name__ == "__main__":
    main()
