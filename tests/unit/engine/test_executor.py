"""How the executor cuts the walk into batches for the workers."""

from __future__ import annotations

from qready.discovery import FileTask
from qready.engine import executor


def _tasks(*sizes: int) -> list[FileTask]:
    return [FileTask(f"/t/f{n}", f"f{n}", size) for n, size in enumerate(sizes)]


def test_batches_hold_batch_files_or_fewer_large_ones_up_to_batch_bytes() -> None:
    small = _tasks(*([100] * 130))
    assert [len(b) for b in executor._batches(iter(small))] == [64, 64, 2]
    mib = executor.BATCH_BYTES
    # a bundle of 1 MiB goes out alone; files that reach BATCH_BYTES together close their batch
    mixed = _tasks(10, mib, 300_000, 300_000, 300_000, 300_000, 5)
    assert [[t.rel for t in b] for b in executor._batches(iter(mixed))] == [
        ["f0", "f1"],
        ["f2", "f3", "f4", "f5"],
        ["f6"],
    ]


def test_batches_grow_with_the_scan_but_stay_fine_enough_for_every_worker() -> None:
    large = [len(b) for b in executor._batches(iter(_tasks(*([1500] * 20_000))), 2)]
    # 64 files at first; a batch never holds more than a quarter per worker of what was sent before it
    assert large[:9] == [64] * 9
    assert large[9] == (9 * 64) // (executor.BATCHES_AHEAD * 2)
    assert max(large) == executor.MAX_BATCH
    assert sum(large) == 20_000
    assert len(large) == 57  # (313 batches of 64 before)
    # a small scan on many cores keeps batches of 64: every worker gets some
    assert [len(b) for b in executor._batches(iter(_tasks(*([1500] * 1000))), 8)] == [64] * 15 + [40]
    # large files still close a batch at BATCH_BYTES, whatever its file count
    mib = executor.BATCH_BYTES
    assert [len(b) for b in executor._batches(iter(_tasks(*([mib // 4] * 10))), 2)] == [4, 4, 2]
