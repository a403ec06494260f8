"""The engine against a line's baseline on the same cases: where the difference in minutes is.

    .venv/bin/python -m camreset.bench.versus --line L [--world W] [--cases N] [--seed S]
        [--arm baseline|seed_order|vendor_article] [--case I] [--json]

`camreset bench` gives one ratio of mean minutes per line; this splits the difference between
the engine arm and another arm (the line's baseline by default), case by case over the same
cases, seeds and judgement: by whether anyone at home could have fixed the camera (the
knows-cause arm), by cause, by step (minutes per case spent on each attempt, question and
the opening, and on support's 30), and, for the engine, by the first wrong answer a case had
(its minutes over the mean of the cases of the same cause with no wrong answer). `--case I`
prints case I's two runs step by step with their minutes. Session 71 read Ring, Tapo and
Dahua this way (docs/benchmark.md).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from camreset.bench.cameras import Bench, BenchConfig
from camreset.bench.config import WORLDS
from camreset.bench.report import baseline_of
from camreset.bench.sim.drive import Run, drive_engine
from camreset.bench.sim.person import Person
from camreset.bench.sim.scripts import (
    SEED_AFTER_RESET,
    SETUP_ARTICLE,
    article_items,
    knows_cause,
    reset_items,
    run_script,
)
from camreset.bench.sim.stats import ESCALATION_MINUTES
from camreset.bench.sim.world import family_of
from camreset.core.kb.knowledge import KnowledgeBase
from camreset.kb_files import load_kb

SUPPORT = "support"
"""The step name under which an escalation's `ESCALATION_MINUTES` are counted."""
ARMS = ("seed_order", "vendor_article")


@dataclass(frozen=True)
class Side:
    """One arm's run of a case, judged as `camreset bench` judges it."""

    success: bool
    minutes: float
    escalated: bool
    steps: tuple[tuple[str, str, float], ...]
    """(step, answer, minutes) as the run went: "a.<attempt>.<page>", "q.<question>.0", …"""
    wrong: tuple[tuple[str, str, str], ...]
    """(step, the true answer, the one given) for each wrong answer."""


@dataclass(frozen=True)
class Pair:
    """One case under the engine and under the other arm."""

    index: int
    model: str
    power: str
    cause: str
    family: str
    fixable: bool
    floor: float
    """The knows-cause arm's minutes (with support's, where nothing at home fixes it)."""
    engine: Side
    other: Side


def _side(bench: Bench, run: Run, person: Person, fixable: bool) -> Side:
    judged = bench._judge(run, person, fixable)
    steps = tuple((s, a, m) for (s, a), m in zip(run.trace, run.spent, strict=True))
    return Side(judged.success, judged.minutes, judged.escalated, steps, tuple(person.wrong))


def pairs(kb: KnowledgeBase, config: BenchConfig, line: str, arm: str) -> Iterator[Pair]:
    """Every case of `line` under the engine and `arm`, in case order."""
    bench = Bench(kb, config)
    for index, case in enumerate(bench.cases(line)):
        steps = bench.book[case.model]
        oracle, fixable = knows_cause(steps, partial(bench.person, case, "oracle", knows=True))
        person = bench.person(case, "engine")
        engine = _side(bench, drive_engine(steps, person, bench.cache), person, fixable)
        person = bench.person(case, arm)
        lists = (
            (reset_items(line), SEED_AFTER_RESET)
            if arm == "seed_order"
            else (article_items(line), SETUP_ARTICLE)
        )
        other = _side(bench, run_script(steps, person, *lists), person, fixable)
        floor = oracle.minutes + (0.0 if fixable else ESCALATION_MINUTES)
        yield Pair(
            index, case.model, case.power, case.cause, family_of(case.cause, case.phase),
            fixable, floor, engine, other,
        )  # fmt: skip


def _mean(values: Iterable[float]) -> float:
    found = list(values)
    return sum(found) / len(found) if found else 0.0


def _summary(group: Sequence[Pair], total: int) -> dict[str, Any]:
    """A group's size and means; `per_case`: its share of engine minus other over all cases."""
    return {
        "cases": len(group),
        "engine_success": round(_mean(p.engine.success for p in group), 4),
        "other_success": round(_mean(p.other.success for p in group), 4),
        "engine_minutes": round(_mean(p.engine.minutes for p in group), 2),
        "other_minutes": round(_mean(p.other.minutes for p in group), 2),
        "floor_minutes": round(_mean(p.floor for p in group), 2),
        "per_case": round(sum(p.engine.minutes - p.other.minutes for p in group) / total, 3),
    }


def by_fixable(found: Sequence[Pair]) -> dict[str, dict[str, Any]]:
    """Cases someone at home could fix, and the rest (support was the right end)."""
    return {
        name: _summary([p for p in found if p.fixable is fix], len(found))
        for name, fix in (("fixable", True), ("not_fixable", False))
    }


def by_cause(found: Sequence[Pair]) -> list[dict[str, Any]]:
    """Per (family, cause, fixable), the largest share of the difference first."""
    groups: dict[tuple[str, str, bool], list[Pair]] = defaultdict(list)
    for p in found:
        groups[(p.family, p.cause, p.fixable)].append(p)
    rows = [
        {"family": f, "cause": c, "fixable": x, **_summary(g, len(found))}
        for (f, c, x), g in groups.items()
    ]
    return sorted(rows, key=lambda row: -row["per_case"])


def _step(name: str) -> str:
    """The step without its page ("a.guided-reset.3" → "a.guided-reset")."""
    return ".".join(name.split(".")[:2])


def by_step(found: Sequence[Pair]) -> list[dict[str, Any]]:
    """Minutes per case (over all cases) each arm spent on each step, and on support."""
    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for p in found:
        for i, side in enumerate((p.engine, p.other)):
            for name, _, minutes in side.steps:
                spent[_step(name)][i] += minutes
            if side.escalated:
                spent[SUPPORT][i] += ESCALATION_MINUTES
    n = len(found)
    rows = [
        {"step": k, "engine": round(e / n, 3), "other": round(o / n, 3)}
        for k, (e, o) in spent.items()
    ]
    return sorted(rows, key=lambda row: row["other"] - row["engine"])


def by_first_wrong(found: Sequence[Pair]) -> list[dict[str, Any]]:
    """The engine's cases with a wrong answer, by the first one: how many, the minutes over
    the mean of the same cause's cases with none, per case over all cases."""
    clean: dict[tuple[str, bool], list[float]] = defaultdict(list)
    for p in found:
        if not p.engine.wrong:
            clean[(p.cause, p.fixable)].append(p.engine.minutes)
    fallback = _mean(m for ms in clean.values() for m in ms)
    groups: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, int] = defaultdict(int)
    for p in found:
        if not p.engine.wrong:
            continue
        step, truth, given = p.engine.wrong[0]
        key = f"{step} {truth}->{given}" if step.startswith("opening.") else step
        usual = clean.get((p.cause, p.fixable))
        groups[key].append(p.engine.minutes - (_mean(usual) if usual else fallback))
        failed[key] += not p.engine.success
    n = len(found)
    rows = [
        {"first_wrong": k, "cases": len(v), "failures": failed[k],
         "excess_each": round(_mean(v), 2), "per_case": round(sum(v) / n, 3)}
        for k, v in groups.items()
    ]  # fmt: skip
    return sorted(rows, key=lambda row: -row["per_case"])


def report(found: Sequence[Pair], arm: str) -> dict[str, Any]:
    n = len(found)
    engine = _mean(p.engine.minutes for p in found)
    other = _mean(p.other.minutes for p in found)
    return {
        "arm": arm,
        "cases": n,
        "engine_minutes": round(engine, 2),
        "other_minutes": round(other, 2),
        "ratio": round(engine / other, 4) if other else None,
        "floor_minutes": round(_mean(p.floor for p in found), 2),
        "with_wrong_answer": sum(bool(p.engine.wrong) for p in found),
        "by_fixable": by_fixable(found),
        "by_cause": by_cause(found),
        "by_step": by_step(found),
        "by_first_wrong": by_first_wrong(found),
    }


def _table(rows: Sequence[dict[str, Any]], limit: int = 14) -> str:
    if not rows:
        return "  (none)"
    keys = list(rows[0])
    lines = ["  " + " | ".join(keys)]
    lines += ["  " + " | ".join(str(row[k]) for k in keys) for row in rows[:limit]]
    return "\n".join(lines)


def as_text(out: dict[str, Any]) -> str:
    head = (
        f"{out['cases']} cases: engine {out['engine_minutes']} min, {out['arm']} "
        f"{out['other_minutes']} min (ratio {out['ratio']}), knows-cause floor "
        f"{out['floor_minutes']}; {out['with_wrong_answer']} engine cases had a wrong answer"
    )
    fix = [{"group": k, **v} for k, v in out["by_fixable"].items()]
    steps = sorted(out["by_step"], key=lambda r: -abs(r["engine"] - r["other"]))
    return "\n\n".join([
        head,
        "By whether anyone at home could fix it (per_case: share of engine − other):\n"
        + _table(fix),
        "By cause, largest share first:\n" + _table(out["by_cause"]),
        "Minutes per case by step, largest difference first:\n" + _table(steps),
        "Engine cases by their first wrong answer:\n" + _table(out["by_first_wrong"]),
    ])  # fmt: skip


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m camreset.bench.versus", description=__doc__)
    parser.add_argument("--line", required=True)
    parser.add_argument("--world", default="table", choices=WORLDS)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--arm", default="baseline", choices=("baseline", *ARMS))
    parser.add_argument("--case", type=int, help="print this case's two runs step by step")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    kb = load_kb()
    if args.line not in kb.lines:
        parser.error(f"unknown line {args.line!r}; lines: {', '.join(sorted(kb.lines))}")
    if not 1 <= args.cases <= 100_000 or (args.case is not None and args.case < 0):
        parser.error("--cases is 1 to 100000 and --case at least 0")
    arm = baseline_of(args.line) if args.arm == "baseline" else args.arm
    cases = args.cases if args.case is None else args.case + 1
    config = BenchConfig(cases=cases, seed=args.seed, world=args.world, lines=(args.line,))
    found = list(pairs(kb, config, args.line, arm))
    if args.case is not None:
        pair = found[-1]
        print(json.dumps(asdict(pair)) if args.json else _case_text(pair, arm))
        return
    out = report(found, arm)
    print(json.dumps(out) if args.json else as_text(out))


def _case_text(p: Pair, arm: str) -> str:
    lines = [f"case {p.index}: {p.model} ({p.power}), {p.cause}, fixable {p.fixable}"]
    for name, side in (("engine", p.engine), (arm, p.other)):
        end = "support" if side.escalated else "done"
        lines.append(f"{name}: {side.minutes:.1f} min, success {side.success}, {end}")
        lines += [f"  {step} = {answer} ({minutes:.1f})" for step, answer, minutes in side.steps]
        lines += [f"  wrong: {step} {truth} -> {given}" for step, truth, given in side.wrong]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
