"""Work done beside this process: a function run in a child forked from it, its result read back later.

The child starts with everything the parent holds (a large inventory costs nothing to hand over) and leaves
one pickled result in an unnamed file (in memory where Linux has `memfd_create`) that the parent reads once
the child has exited: the child never waits for the parent. The CLI uses it to write the inventory's part of
the JSON report while the parent assesses the same inventory: on two cores, the two halves of the end of a
scan run at once.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
import tempfile
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
        try:
            _, status = os.waitpid(self._pid, 0)
            if status != 0:
                return None
            data = _read_all(self._fd)
        finally:
            os.close(self._fd)
        try:
            value: _T = pickle.loads(data)  # noqa: S301 (written by our own child, into our own file)
        except Exception:  # (a child cut short: the caller does the work itself)
            return None
        return value

    def close(self) -> None:
        """Drop the result unread: the child is stopped and reaped."""
        if not self._done:
            self._done = True
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self._pid, 0)
            os.close(self._fd)

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # (at interpreter exit, os may be gone)
            self.close()


def _read_all(fd: int) -> bytes:
    """The whole content of a file, from its start."""
    size = os.fstat(fd).st_size
    parts: list[bytes] = []
    offset = 0
    while offset < size:
        part = os.pread(fd, size - offset, offset)
        if not part:
            break
        parts.append(part)
        offset += len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def unnamed_file() -> int:
    """A file no other process can open, gone when its last descriptor closes."""
    if hasattr(os, "memfd_create"):
        with contextlib.suppress(OSError):
            return os.memfd_create("qready-forked", os.MFD_CLOEXEC)
    with tempfile.TemporaryFile() as handle:  # (already unlinked where the platform allows it)
        return os.dup(handle.fileno())


def write_all(fd: int, data: bytes) -> None:
    """Write all of `data` at the file's position."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def copy_range(source: int, target: int, offset: int, count: int) -> None:
    """Copy `count` bytes of `source` from `offset` to `target`'s position, in the kernel where it can
    (sendfile: no copy through this process's memory), else through a buffer."""
    done = 0
    with contextlib.suppress(AttributeError, OSError):
        while done < count:
            sent = os.sendfile(target, source, offset + done, count - done)
            if sent == 0:
                break
            done += sent
    while done < count:
        part = os.pread(source, min(count - done, 1 << 24), offset + done)
        if not part:
            raise OSError(f"the file ended {count - done} bytes early")
        write_all(target, part)
        done += len(part)


def fork(work: Callable[[], _T]) -> Forked[_T] | None:
    """Start `work()` in a forked child; None where fork is not safe (see can_fork) or fails."""
    if not can_fork():
        return None
    try:
        fd = unnamed_file()
    except OSError:
        return None
    for stream in (sys.stdout, sys.stderr):  # (nothing buffered is written twice)
        with contextlib.suppress(Exception):
            stream.flush()
    try:
        pid = os.fork()
    except OSError:
        os.close(fd)
        return None
    if pid == 0:  # pragma: no cover - the child (coverage does not follow it); never returns
        _child(work, fd)
    return Forked(pid, fd)


def _child(work: Callable[[], _T], fd: int) -> None:  # pragma: no cover - runs in the child
    code = 1
    try:
        gc.disable()  # (a collection would touch every object, copying the parent's pages for nothing)
        write_all(fd, pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))
        code = 0
    finally:
        os._exit(code)  # no atexit handler, no buffer of the parent's flushed a second time


__all__ = ["Forked", "can_fork", "copy_range", "fork", "unnamed_file", "write_all"]
