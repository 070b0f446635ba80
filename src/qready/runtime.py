"""Process-level performance settings shared by the engine, the reporters and the CLI."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Generic, TypeVar, overload


def cache_dir() -> Path | None:
    """Where compiled data is kept between runs (the prefilter's databases, the parsed catalog):
    $QREADY_CACHE_DIR, else $XDG_CACHE_HOME/qready or ~/.cache/qready; QREADY_CACHE_DIR="" disables it."""
    configured = os.environ.get("QREADY_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "qready"


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; the previous state is restored after it.

    A scan allocates hundreds of thousands of small, acyclic objects (findings, locations, assets, their
    JSON and CBOM forms); with a large inventory alive, the collections those allocations trigger rescan
    everything again and again (a third of the time on 20,000 files). Nothing qready builds needs the
    cycle collector to be freed, and reference counting frees it as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            _settle()
            gc.enable()


def _settle() -> None:
    """Send what the paused block built to the oldest generation, and restart the allocation count.

    Otherwise the first allocation after the block starts a collection of the youngest generation holding
    everything the block built (a scan's results, a report's document: 200,000 objects, 50 ms each time), and
    the survivors are walked again on their way up. Moving them to the oldest generation is one list splice;
    that generation is collected only when enough new long-lived objects have joined it. `gc.freeze()` then
    `gc.unfreeze()` does exactly that; it is skipped when the program froze objects of its own (unfreezing
    would release them).
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


_T = TypeVar("_T")


class cached_property(Generic[_T]):
    """`functools.cached_property` without its lock: Python 3.11's takes a per-class lock on every first
    read, which is most of the cost (3 µs against under 1 µs here) when a scan reads a few new properties
    of each of tens of thousands of objects (a file's suffix, a finding's fingerprint, an asset's ref).
    qready computes them in one thread; two threads racing would at worst both compute the same value."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> _T | cached_property[_T]:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value  # (read from the instance's dict from now on, as functools')
        return value
