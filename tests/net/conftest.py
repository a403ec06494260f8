"""Emulated cameras on loopback (each its own 127.0.0.N), and a fast, bounded scan setting.

Nothing here sends a packet beyond loopback: every address used is 127.0.0.x, and the
code under test refuses anything that is not private, link-local or loopback anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, TypeVar

import pytest

from camreset.core.kb.knowledge import KnowledgeBase
from camreset.kb_files import load_kb
from camreset.net import ScanSettings
from camreset.net.emulators import Options, RunningCamera, start_camera

T = TypeVar("T")
PASSWORD = "Correct-Horse-7731"  # the emulated cameras' admin password in every test
FAST = ScanSettings(rate=100.0, repeats=1)  # loopback drops nothing: one round is enough
LISTEN = 0.5


def run(coroutine: Awaitable[T]) -> T:
    async def main() -> T:
        return await coroutine

    return asyncio.run(main())


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@contextlib.asynccontextmanager
async def emulated(profile: str, address: str, **options: Any) -> AsyncIterator[RunningCamera]:
    """One emulated camera on `address` for the body of an `async with`."""
    options.setdefault("password", PASSWORD)
    camera = await start_camera(profile, Options(address, **options))
    try:
        yield camera
    finally:
        await camera.close()


@contextlib.contextmanager
def emulated_in_thread(
    *cameras: tuple[str, str], model: str | None = None
) -> Iterator[list[RunningCamera]]:
    """Emulated cameras ((profile, address), ...) served from a thread, for the CLI, page and
    browser tests; `model` renames a Dahua-family camera."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    started: list[RunningCamera] = []
    try:
        for profile, address in cameras:
            options = Options(address, password=PASSWORD, model=model)
            future = asyncio.run_coroutine_threadsafe(start_camera(profile, options), loop)
            started.append(future.result(timeout=10))
        yield started
    finally:
        for camera in started:
            asyncio.run_coroutine_threadsafe(camera.close(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
