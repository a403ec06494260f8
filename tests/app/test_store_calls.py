"""Both runners of the service's operations behave alike: results go back in, a store error is
thrown into the operation (which may retry), and an error the operation raises in answer keeps
the store error as its context, so `--debug` shows what the database said."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from camreset.app.store_calls import Operation, call_here, run_async, run_here


class StoreDown(Exception):
    pass


class GaveUp(Exception):
    pass


def flaky(failures: int) -> Callable[[], int]:
    """A store call that fails `failures` times, then answers 42."""
    left = [failures]

    def call() -> int:
        if left[0]:
            left[0] -= 1
            raise StoreDown("database locked")
        return 42

    return call


def retrying(call: Callable[[], int], tries: int) -> Operation[int]:
    for _ in range(tries):
        try:
            value: int = yield call
        except StoreDown:
            continue
        return value + 1
    raise GaveUp("kept failing")


def run_both(make_operation: Callable[[], Operation[Any]]) -> list[Any]:
    async def in_loop() -> Any:
        return await run_async(make_operation(), call_here)

    return [run_here(make_operation()), asyncio.run(in_loop())]


def test_a_retry_after_a_store_error_gets_the_next_answer() -> None:
    assert run_both(lambda: retrying(flaky(2), tries=3)) == [43, 43]


@pytest.mark.parametrize("runner", ["here", "async"])
def test_giving_up_keeps_the_store_error_as_context(runner: str) -> None:
    operation = retrying(flaky(5), tries=2)
    with pytest.raises(GaveUp) as raised:
        if runner == "here":
            run_here(operation)
        else:
            asyncio.run(run_async(operation, call_here))
    assert isinstance(raised.value.__context__, StoreDown)
    assert str(raised.value.__context__) == "database locked"
