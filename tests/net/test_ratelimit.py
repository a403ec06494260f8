"""Probes are spaced evenly at the configured rate, with no burst, across all protocols."""

from __future__ import annotations

import asyncio

import pytest
from tests.net.conftest import run

from camreset.net import BadSetting, ScanSettings, scan
from camreset.net.ratelimit import RateLimiter


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_ten_per_second_means_a_tenth_of_a_second_between_probes() -> None:
    time = FakeTime()
    limiter = RateLimiter(10.0, clock=time.clock, sleep=time.sleep)

    async def five_probes() -> None:
        for _ in range(5):
            await limiter.wait()

    run(five_probes())
    assert time.slept == [0.1, 0.1, 0.1, 0.1]  # the first goes at once, then one per slot


def test_concurrent_senders_share_the_slots() -> None:
    time = FakeTime()
    limiter = RateLimiter(4.0, clock=time.clock, sleep=time.sleep)
    sent: list[float] = []

    async def sender() -> None:
        for _ in range(2):
            await limiter.wait()
            sent.append(time.now)

    async def both() -> None:
        await asyncio.gather(sender(), sender())

    run(both())
    assert sent == [100.0, 100.25, 100.5, 100.75]  # four probes, one slot each


@pytest.mark.parametrize(
    "settings", [ScanSettings(rate=0), ScanSettings(rate=1000), ScanSettings(repeats=9)]
)
def test_a_scan_refuses_settings_that_would_flood_or_never_send(settings: ScanSettings) -> None:
    with pytest.raises(BadSetting):
        run(scan(["127.0.0.1"], 0.5, settings=settings))
