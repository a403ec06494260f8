"""Step cost in the core: CPU time of folding one answer onto a session, without HTTP or a
database, on seeded random walks (answers drawn from what each step offers).

The load benchmark (load.py) gives the server's CPU per request, but its people take other
paths as soon as the steps change, so two versions are compared on different sessions. Here
the walks print a fingerprint of their paths: two checkouts with the same fingerprint were
timed on the same sessions. `--skip` leaves answers out of the draw (e.g. the ones a change
is about), so that the rest of the paths stay the same in both.

    PYTHONPATH=<checkout>/src .venv/bin/python -m camreset.bench.step_cost
        [--walks 400] [--steps 25] [--seed 0] [--skip no-power,still-dark]

Not a test: the numbers depend on the machine. docs/deploy.md records what was measured.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from camreset.app.memo import MemoRecommender
from camreset.core.kb.troubleshooting import Have
from camreset.core.session import Command, Guide
from camreset.kb_files import load_kb

AT = datetime(2026, 1, 1, tzinfo=UTC)
HAVE = frozenset({Have.pin, Have.app, Have.other_outlet, Have.poe_port, Have.short_cable})
"""What each walk has at hand: the usual paperclip, app and a second outlet (or PoE port and
short cable)."""


@dataclass(frozen=True)
class StepCost:
    steps: int
    ms_per_step: float
    paths: str
    """A fingerprint of every walk's answers: equal in two runs, the same sessions were timed."""


def measure(walks: int, steps: int, seed: int, skip: frozenset[str]) -> StepCost:
    """Time `Guide.extend` (the server's step work, with its engine memo) over `walks` walks
    of at most `steps` answers each, every camera plan compiled first."""
    kb = load_kb()
    guide = Guide(kb, MemoRecommender())
    models = sorted(kb.models)
    for model in models:  # as on a server that has run a while
        guide.plan(guide.camera(model, None, None))
    rng = random.Random(seed)
    cpu, count, paths = 0.0, 0, hashlib.sha256()
    for _ in range(walks):
        model, pick = rng.choice(models), random.Random(rng.random())
        state = guide.replay([guide.start(model=model, have=HAVE, at=AT)])
        for _ in range(steps):
            step = state.current
            offered = [a.id for a in step.answers if a.id != "stop" and a.id not in skip]
            if step.kind == "outcome" or not offered:
                break
            answer = pick.choice(offered)
            paths.update(f"{model}:{step.id}:{answer};".encode())
            event = guide.command(state, Command("answer", step.id, answer), AT)
            began = time.process_time()
            state = guide.extend(state, [event])
            cpu += time.process_time() - began
            count += 1
    return StepCost(count, 1000 * cpu / max(count, 1), paths.hexdigest()[:12])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--walks", type=int, default=400)
    parser.add_argument("--steps", type=int, default=25, help="at most, per walk")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip", default="", help="comma-separated answer ids never drawn")
    args = parser.parse_args(argv)
    skip = frozenset(s.strip() for s in args.skip.split(",") if s.strip())
    cost = measure(args.walks, args.steps, args.seed, skip)
    print(f"{cost.steps} steps, {cost.ms_per_step:.3f} ms of CPU per step, paths {cost.paths}")


if __name__ == "__main__":
    main()
