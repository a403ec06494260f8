"""What a `camreset bench` run varies, apart from the benchmark itself.

Light on purpose: `camreset bench --help` prints these defaults and the worlds' names, and
must not load the simulator, the engine and the knowledge base to do it.
"""

from __future__ import annotations

from dataclasses import dataclass

WORLDS = ("table", "kb", "uniform", "reversed", "perturbed")
"""The worlds cases are drawn from (`--world-priors`); sim/world.py says what each is."""


@dataclass(frozen=True)
class BenchConfig:
    """What one `camreset bench` run varies: its command-line options (whose defaults are these),
    and the slip rate."""

    cases: int = 10_000
    error_rate: float = 0.1
    seed: int = 0
    slip: float = 0.1
    random_models: int = 200
    world: str = "table"
    button_finding: float = 1.0
    """Factor on the simulator's button-finding probabilities (`person.FINDS_BUTTON`)."""
    can_manage: float = 1.0
    """Factor on how often what depends on others works out (`person.CAN_MANAGE`, the share of
    PoE cameras on a recorder's own budget `answers.RECORDER_PORT`)."""
    lines: tuple[str, ...] | None = None
    """Only these lines (None: every line in the KB)."""
