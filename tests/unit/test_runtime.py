"""The collector pause around qready's allocation-heavy phases (scan, assessment, reports), and the lock-free
cached property."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from qready.runtime import cached_property, collector_paused


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector on, as in a fresh process, and its previous state put back."""
    enabled = gc.isenabled()
    gc.enable()
    yield
    if not enabled:
        gc.disable()


def _young() -> set[int]:
    return {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}


@pytest.mark.usefixtures("collector")
def test_no_collection_inside_and_what_the_block_built_is_left_to_the_oldest_generation() -> None:
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with collector_paused():
            assert not gc.isenabled()
            built = [[i] for i in range(20_000)]
        assert collections == []  # 20,000 new lists would have started several collections
    finally:
        gc.callbacks.remove(count)
    assert gc.isenabled()
    assert gc.get_count()[0] < 50  # the allocation count starts again after the block
    young = _young()
    assert not any(id(item) in young for item in built)
    assert gc.is_tracked(built[0])


@pytest.mark.usefixtures("collector")
def test_a_program_s_own_frozen_objects_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            built = [[i] for i in range(1_000)]
        # not unfrozen (that would be 0), nor the block's 1,000 lists frozen; frozen objects may die meanwhile
        assert frozen - 500 < gc.get_freeze_count() <= frozen
        assert len(built) == 1_000
    finally:
        gc.unfreeze()


def test_a_paused_collector_stays_paused() -> None:
    enabled = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class _Named:
    name: str
    calls: list[str]

    @cached_property
    def upper(self) -> str:
        """The name in capitals."""
        self.calls.append(self.name)
        return self.name.upper()


def test_cached_property_computes_once_per_instance_even_on_a_frozen_dataclass() -> None:
    calls: list[str] = []
    first, second = _Named("rsa", calls), _Named("ecdsa", calls)
    assert (first.upper, first.upper, second.upper) == ("RSA", "RSA", "ECDSA")
    assert calls == ["rsa", "ecdsa"]
    assert first.__dict__["upper"] == "RSA" and first == _Named("rsa", calls)  # (not a field: equality holds)
    assert isinstance(_Named.upper, cached_property) and _Named.upper.__doc__ == "The name in capitals."
