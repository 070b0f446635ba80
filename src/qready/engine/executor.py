"""Run file units locally: inline for small scans, in a process pool on all cores otherwise."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import cache

from qready.detectors import detectors_named
from qready.detectors.base import DetectContext
from qready.discovery import FileTask
from qready.engine.unit import Router, UnitResult, run_unit
from qready.knowledge import default_catalog

BATCH = 64  # files in a batch at first
MAX_BATCH = 512  # files in a batch once the scan is large (each batch's dispatch and pickling cost time)
BATCHES_AHEAD = 4  # a batch holds at most 1/BATCHES_AHEAD per worker of the files sent so far
BATCH_BYTES = 1 << 20
INLINE_BELOW = 256


@dataclass(frozen=True)
class UnitSettings:
    """Everything a worker needs to rebuild the detectors and context on its side (picklable)."""

    detector_names: tuple[str, ...]
    keystore_passwords: tuple[str, ...]
    max_file_size: int
    languages: frozenset[str] | None = None


@cache
def _router(names: tuple[str, ...]) -> Router:
    """One set of detectors per worker process (detectors keep no state between files)."""
    return Router(detectors_named(names))


def run_batch(tasks: Sequence[FileTask], settings: UnitSettings) -> UnitResult:
    router = _router(settings.detector_names)
    context = DetectContext(default_catalog(), settings.keystore_passwords, settings.languages)
    merged = UnitResult()
    with warnings.catch_warnings():
        # what a parser says of input it accepted anyway (cryptography: "Attribute's length must be >= 1 and
        # <= 64", "PKCS#12 bundle could not be parsed as DER, falling back to parsing as BER") is no problem
        # of the scan, and would be printed over the progress bar
        warnings.filterwarnings("ignore", category=UserWarning, module=r"qready\.detectors(\.|$)")
        for task in tasks:
            _merge(merged, run_unit(task, router, context, settings.max_file_size))
    return merged


def _merge(merged: UnitResult, one: UnitResult) -> None:
    for finding in one.findings:
        _ = finding.fingerprint  # computed here, in parallel, and pickled with the finding
    for asset in one.assets:
        _ = asset.ref
    merged.findings.extend(one.findings)
    merged.assets.extend(one.assets)
    merged.outcomes.extend(one.outcomes)
    merged.scanned += one.scanned


def _batches(tasks: Iterator[FileTask], workers: int = 1) -> Iterator[Sequence[FileTask]]:
    """BATCH files at a time, growing with the scan up to MAX_BATCH (a batch never holds more than
    1/BATCHES_AHEAD per worker of the files sent before it, so a small scan is still cut fine enough to keep
    every worker busy, and a large one pays the dispatch of fewer batches), or fewer that hold BATCH_BYTES
    together: large files (a source tree's bundles and generated tables) go out a few at a time, so no worker
    is left with a heavy batch at the end."""
    batch: list[FileTask] = []
    size = sent = 0
    limit = BATCH
    for task in tasks:
        batch.append(task)
        size += task.size
        if len(batch) >= limit or size >= BATCH_BYTES:
            yield batch
            sent += len(batch)
            limit = min(MAX_BATCH, max(BATCH, sent // (BATCHES_AHEAD * workers)))
            batch, size = [], 0
    if batch:
        yield batch


def execute(
    tasks: Iterable[FileTask], settings: UnitSettings, workers: int | None, advance: Callable[[int], None]
) -> Iterator[UnitResult]:
    """Yield results batch by batch, keeping at most two batches per worker in flight (flat memory).

    `tasks` may be the walk itself: the workers start on the first batches while it goes on."""
    count = workers or os.cpu_count() or 1
    stream = iter(tasks)
    head = list(itertools.islice(stream, INLINE_BELOW))
    if count <= 1 or len(head) < INLINE_BELOW:
        for batch in _batches(itertools.chain(head, stream)):
            yield run_batch(batch, settings)
            advance(len(batch))
        return
    # fork: workers start with the catalog and detectors already loaded, and a library caller's script needs
    # no `if __name__ == "__main__"` guard (forkserver and spawn re-import it). qready starts no threads
    # before this point (the CLI's progress bar refreshes without a thread).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    default_catalog()
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        pending: dict[Future[UnitResult], int] = {}
        for batch in _batches(itertools.chain(head, stream), count):
            while len(pending) >= 2 * count:
                yield from _drain(pending, advance)
            pending[pool.submit(run_batch, batch, settings)] = len(batch)
        while pending:
            yield from _drain(pending, advance)


def _drain(pending: dict[Future[UnitResult], int], advance: Callable[[int], None]) -> Iterator[UnitResult]:
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in done:
        advance(pending.pop(future))
        yield future.result()
