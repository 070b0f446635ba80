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
