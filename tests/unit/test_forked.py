"""Work run beside the process: a forked child's result read back, and every way it can fail to come."""

from __future__ import annotations

import os
import threading

import pytest

from qready import forked
from qready.forked import can_fork, fork


def _fail() -> int:
    raise RuntimeError("the child's work failed")


def test_the_childs_result_comes_back_through_the_pipe() -> None:
    pending = fork(lambda: {"pid": os.getpid(), "data": b"x" * 3_000_000})  # (larger than a pipe holds)
    assert pending is not None
    result = pending.result()
    assert result is not None
    assert result["data"] == b"x" * 3_000_000
    assert result["pid"] != os.getpid()  # it ran in the child
    assert pending.result() is None  # read once


def test_a_failing_child_gives_none_and_is_reaped() -> None:
    pending = fork(_fail)
    assert pending is not None
    assert pending.result() is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pending._pid, os.WNOHANG)  # already reaped: no zombie left


def test_a_result_dropped_unread_ends_its_child() -> None:
    pending = fork(lambda: b"y" * 3_000_000)  # blocks on the full pipe until dropped
    assert pending is not None
    pending.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pending._pid, os.WNOHANG)
    assert pending.result() is None


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
