"""Where the session service's database calls are made: right here, or in a worker thread.

The service writes each operation once, as a generator that yields the blocking store calls
it needs (`yield partial(store.append, ...)`) and gets each result, or its exception, back.
Two runners drive it:

- `run_here` makes every call where it stands: the terminal, the tests, and the web on
  SQLite, whose calls are a local file's microseconds;
- `run_async` awaits each call through `make`: on PostgreSQL the web hands each call to a
  thread, so while one answer waits for the network and its commit the event loop goes on
  with other people's steps (waiting on the loop, one worker managed only as many steps a
  second as commits it could wait for in a row).

Everything else an operation does (folding, the engine, the state kept in memory) runs on
the caller's thread, between the calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

T = TypeVar("T")
StoreCall = Callable[[], Any]
Operation = Generator[StoreCall, Any, T]
"""An operation of the service: yields store calls, is sent their results, returns T."""


def run_here(operation: Operation[T]) -> T:
    """Run `operation`, making each store call in this thread."""
    step = _Stepper(operation)
    while not step.done:
        try:
            result = step.call()
        except Exception as exc:  # the operation decides: retry, or let it propagate
            step.fail(exc)  # inside the handler, so what it raises next keeps exc as context
        else:
            step.resume(result)
    return step.value


async def run_async(operation: Operation[T], make: Callable[[StoreCall], Awaitable[Any]]) -> T:
    """Run `operation`, awaiting each store call through `make` (e.g. in a thread)."""
    step = _Stepper(operation)
    while not step.done:
        try:
            result = await make(step.call)
        except Exception as exc:
            step.fail(exc)
        else:
            step.resume(result)
    return step.value


class _Stepper(Generic[T]):
    """One operation between its store calls: the call it waits on, or the value it returned."""

    def __init__(self, operation: Operation[T]) -> None:
        self._operation = operation
        self.done = False
        self.call: StoreCall = lambda: None
        self._advance(lambda: next(operation))

    def resume(self, result: Any) -> None:
        """Send the call's result into the operation."""
        self._advance(lambda: self._operation.send(result))

    def fail(self, error: Exception) -> None:
        """Throw the call's exception into the operation."""
        self._advance(lambda: self._operation.throw(error))

    def _advance(self, move: Callable[[], StoreCall]) -> None:
        try:
            self.call = move()
        except StopIteration as finished:
            self.done = True
            self.value: T = finished.value


async def call_here(call: StoreCall) -> Any:
    """`make` for a database that answers in microseconds (SQLite): no thread hand-off."""
    return call()
