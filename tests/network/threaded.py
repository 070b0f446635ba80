"""Run an asyncio server (AsyncSSH, a hostile fake) in its own thread and loop, so code under test that calls
`asyncio.run` itself (the engine, the CLI) can reach it."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractAsyncContextManager
from typing import TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def in_thread(make: Callable[[], AbstractAsyncContextManager[T]]) -> Iterator[T]:
    """Enter `make()` on a private event loop in a daemon thread; yield what it yields; exit it there."""
    loop = asyncio.new_event_loop()
    stop = threading.Event()
    value: list[T] = []
    errors: list[BaseException] = []
    started = threading.Event()

    async def main() -> None:
        try:
            async with make() as entered:
                value.append(entered)
                started.set()
                while not stop.is_set():
                    await asyncio.sleep(0.02)
        except BaseException as error:  # surfaced to the test below
            errors.append(error)
            started.set()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    started.wait(10)
    if errors:
        raise errors[0]
    try:
        yield value[0]
    finally:
        stop.set()
        thread.join(10)
        loop.close()
