"""Every benchmark, outside the pure core: the simulated camera world (`sim`), the camera
benchmark against the seed guides (`cameras`), next-step latency and the web load test.

Nothing here is a test: numbers are printed by `camreset bench` and `python -m
camreset.bench.load`, explained in docs/benchmark.md and docs/deploy.md. Names load on first
use, so `camreset bench --help` reads only bench/config.py.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from camreset.bench.cameras import Bench, BenchConfig
    from camreset.bench.report import BenchReport, run_bench

_HOMES = {
    "Bench": "cameras",
    "BenchConfig": "config",
    "BenchReport": "report",
    "run_bench": "report",
}

__all__ = ["Bench", "BenchConfig", "BenchReport", "run_bench"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f"camreset.bench.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
