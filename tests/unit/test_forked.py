"""Work run beside the process: a forked child's result read back, and every way it can fail to come."""

from __future__ import annotations

import os
import threading
import time

import pytest

from qready import forked
from qready.forked import can_fork, fork


def _fail() -> int:
    raise RuntimeError("the child's work failed")


def test_the_childs_result_comes_back_through_the_pipe() -> None:
    pending = fork(lambda: {"pid": os.getpid(), "data": b"x" * 30_000_000})
    assert pending is not None
    result = pending.result()
    assert result is not None
    assert result["data"] == b"x" * 30_000_000
    assert result["pid"] != os.getpid()  # it ran in the child
    assert pending.result() is None  # read once


def test_a_failing_child_gives_none_and_is_reaped() -> None:
    pending = fork(_fail)
    assert pending is not None
    assert pending.result() is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pending._pid, os.WNOHANG)  # already reaped: no zombie left


def test_a_result_dropped_unread_ends_its_child() -> None:
    pending = fork(lambda: time.sleep(60))  # (it would take a minute)
    assert pending is not None
    started = time.monotonic()
    pending.close()
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(pending._pid, os.WNOHANG)  # stopped and reaped
    assert pending.result() is None


def test_the_file_a_result_is_left_in_is_closed_once_read() -> None:
    before = len(os.listdir("/proc/self/fd"))
    pending = fork(lambda: 1)
    assert pending is not None
    assert pending.result() == 1
    assert len(os.listdir("/proc/self/fd")) == before


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork()
        assert fork(lambda: 1) is None
    finally:
        stop.set()
        thread.join()
    assert can_fork()


def test_no_fork_where_the_platform_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(forked.os, "fork")
    assert fork(lambda: 1) is None
