"""Every benchmark, outside the pure core: the simulated camera world (`sim`), the camera
benchmark against the seed guides (`cameras`), next-step latency and the web load test.

Nothing here is a test: numbers are printed by `camreset bench` and `python -m
camreset.bench.load`, explained in docs/benchmark.md and docs/deploy.md.
"""

from camreset.bench.cameras import Bench, BenchConfig
from camreset.bench.report import BenchReport, run_bench

__all__ = ["Bench", "BenchConfig", "BenchReport", "run_bench"]
