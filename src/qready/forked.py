"""Work done beside this process: a function run in a child forked from it, its result read back later.

The child starts with everything the parent holds (a large inventory costs nothing to hand over) and sends
back one pickled result through a pipe. The CLI uses it to write the inventory's part of the JSON report while
the parent assesses the same inventory: on two cores, the two halves of the end of a scan run at once.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

_T = TypeVar("_T")


def can_fork() -> bool:
    """Fork is safe here: the platform has it and no other thread runs (a thread's locks, held at the fork,
    would stay held in the child)."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Forked(Generic[_T]):
    """A result being computed in a child process. `result()` waits for it: the value, or None when the child
    failed (the caller then does the work itself)."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid = pid
        self._fd = fd
        self._done = False

    def result(self) -> _T | None:
        if self._done:
            return None
        self._done = True
        with os.fdopen(self._fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        if status != 0 or not data:
            return None
        try:
            value: _T = pickle.loads(data)  # noqa: S301 (written by our own child, through our own pipe)
        except Exception:  # (a child cut short: the caller does the work itself)
            return None
        return value

    def close(self) -> None:
        """Drop the result unread: the child's next write fails, and it exits."""
        if not self._done:
            self._done = True
            os.close(self._fd)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self._pid, 0)

    def __del__(self) -> None:
        self.close()


def fork(work: Callable[[], _T]) -> Forked[_T] | None:
    """Start `work()` in a forked child; None where fork is not safe (see can_fork) or fails."""
    if not can_fork():
        return None
    read, write = os.pipe()
    for stream in (sys.stdout, sys.stderr):  # (nothing buffered is written twice)
        with contextlib.suppress(Exception):
            stream.flush()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # pragma: no cover - the child (coverage does not follow it); never returns
        _child(work, read, write)
    os.close(write)
    return Forked(pid, read)


def _child(work: Callable[[], _T], read: int, write: int) -> None:  # pragma: no cover - runs in the child
    code = 1
    try:
        os.close(read)
        gc.disable()  # (a collection would touch every object, copying the parent's pages for nothing)
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        code = 0
    finally:
        os._exit(code)  # no atexit handler, no buffer of the parent's flushed a second time


__all__ = ["Forked", "can_fork", "fork"]
