"""At most N probes per second, so a scan never floods a home network or a small camera.

Probes are spaced evenly (no bursts): with the default 20 per second a full scan of one
network (6 probes, sent twice) takes 0.6 s of sending. The clock and the sleep are
injectable so tests check the spacing without waiting or timing anything.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

DEFAULT_RATE = 20.0  # probes per second, all protocols and destinations together
MAX_RATE = 100.0


class RateLimiter:
    """Hands out send slots `1 / rate` seconds apart; `wait()` sleeps until the next one."""

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not 0 < rate <= MAX_RATE:
            raise ValueError(f"rate must be in (0, {MAX_RATE}] probes per second")
        self._interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._next = float("-inf")

    async def wait(self) -> None:
        """Return when the caller may send one probe."""
        now = self._clock()
        slot = max(now, self._next)
        self._next = slot + self._interval  # reserved before awaiting: safe across tasks
        if slot > now:
            await self._sleep(slot - now)
