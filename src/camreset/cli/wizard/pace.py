"""How fast the wizard's clocks run: real time for people, much faster for tests.

`--fast` (or CAMRESET_FAST_TIMERS=1) makes every timer run FAST_FACTOR times faster, so a
three-minute wait takes under two seconds; what the person reads still says three minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

FAST_FACTOR = 100.0
FAST_ENV = "CAMRESET_FAST_TIMERS"


@dataclass(frozen=True)
class Pace:
    """A monotonic clock in *step* seconds: real seconds times `factor`."""

    factor: float = 1.0
    clock: Callable[[], float] = field(default=time.monotonic)

    @classmethod
    def of(cls, fast: bool) -> Pace:
        return cls(FAST_FACTOR if fast else 1.0)

    def now(self) -> float:
        """Step seconds since an arbitrary start."""
        return self.clock() * self.factor

    def real(self, step_seconds: float) -> float:
        """How long `step_seconds` of a timer last on the wall clock."""
        return step_seconds / self.factor
