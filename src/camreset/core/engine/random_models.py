"""Small random generic models for benchmarks and property tests (seeded, reproducible)."""

from __future__ import annotations

import random

from camreset.core.engine.model import Action, Number, Question, TroubleshootingModel


def _normalised(rng: random.Random, n: int) -> list[float]:
    weights = [rng.uniform(0.05, 1.0) for _ in range(n)]
    total = sum(weights)
    out = [w / total for w in weights]
    out[-1] = 1.0 - sum(out[:-1])
    return out


def generate(
    rng: random.Random,
    faults: tuple[int, int] = (3, 5),
    actions: tuple[int, int] = (3, 5),
    questions: tuple[int, int] = (0, 2),
    service_probability: float = 0.5,
    multi_fault_probability: float = 0.5,
) -> TroubleshootingModel:
    """A random model: sizes drawn from the inclusive ranges, some actions fix several faults.

    Fix probabilities are 1 or drawn from [0.3, 1); costs from [1, 10]; questions have two or
    three answers; a service cost (when drawn) lies in [5, 40].
    """
    names = [f"F{i + 1}" for i in range(rng.randint(*faults))]
    priors = dict(zip(names, _normalised(rng, len(names)), strict=True))
    acts: list[Action] = []
    for j in range(rng.randint(*actions)):
        width = rng.randint(2, min(3, len(names))) if rng.random() < multi_fault_probability else 1
        fixes: dict[str, Number] = {
            f: (1.0 if rng.random() < 0.5 else round(rng.uniform(0.3, 1.0), 3))
            for f in rng.sample(names, width)
        }
        acts.append(Action(f"A{j + 1}", round(rng.uniform(1, 10), 1), fixes))
    qs: list[Question] = []
    for j in range(rng.randint(*questions)):
        answers = ["yes", "no"] if rng.random() < 0.7 else ["a", "b", "c"]
        table: dict[str, dict[str, Number]] = {a: {} for a in answers}
        for f in names:
            for a, p in zip(answers, _normalised(rng, len(answers)), strict=True):
                table[a][f] = p
        qs.append(Question(f"Q{j + 1}", round(rng.uniform(0.5, 4), 1), table))
    service = round(rng.uniform(5, 40), 1) if rng.random() < service_probability else None
    return TroubleshootingModel(priors, tuple(acts), tuple(qs), service)
