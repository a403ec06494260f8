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
from typing import Any, TypeVar

T = TypeVar("T")
StoreCall = Callable[[], Any]
Operation = Generator[StoreCall, Any, T]
"""An operation of the service: yields store calls, is sent their results, returns T."""


def run_here(operation: Operation[T]) -> T:
    """Run `operation`, making each store call in this thread."""
    try:
        call = next(operation)
        while True:
            try:
                result = call()
            except Exception as exc:  # the operation decides: retry, or let it propagate
                call = operation.throw(exc)
            else:
                call = operation.send(result)
    except StopIteration as done:
        value: T = done.value
        return value


async def run_async(operation: Operation[T], make: Callable[[StoreCall], Awaitable[Any]]) -> T:
    """Run `operation`, awaiting each store call through `make` (e.g. in a thread)."""
    try:
        call = next(operation)
        while True:
            try:
                result = await make(call)
            except Exception as exc:
                call = operation.throw(exc)
            else:
                call = operation.send(result)
    except StopIteration as done:
        value: T = done.value
        return value


async def call_here(call: StoreCall) -> Any:
    """`make` for a database that answers in microseconds (SQLite): no thread hand-off."""
    return call()
