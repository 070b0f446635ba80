"""The frozen value types of the quantum attack-cost knowledge (loaded by `qready.knowledge.quantum`)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from qready.knowledge.schema import Source


@dataclass(frozen=True)
class Duration:
    """A published time, kept as written (`text`, e.g. "0.31 day") and in hours."""

    text: str
    hours: float


@dataclass(frozen=True)
class Profile:
    """A hardware profile: physical error rate, surface-code cycle and reaction times, code constants."""

    name: str
    label: str
    physical_error: float
    cycle_time_us: float
    reaction_time_us: float
    prefactor: float
    threshold: float
    patch: str
    error_budget: float
    sources: tuple[tuple[str, str], ...]
    note: str = ""

    def source_of(self, number: str) -> str:
        return dict(self.sources)[number]


@dataclass(frozen=True)
class Architecture:
    """The assumption set of published estimates the model does not compute (photonic, neutral atoms...)."""

    name: str
    label: str
    source: str


@dataclass(frozen=True)
class Layout:
    """How a recipe known only by its logical counts is laid out on the chip (routing, factories, storage)."""

    name: str
    label: str
    routing: float
    factory_patches: float
    factory_period: float
    reaction_share: float
    factories: int | None
    cold_qubit_physical: float | None
    cold_reference_distance: int | None
    sources: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Component:
    label: str
    count: int
    qubits_each: int

    @property
    def qubits(self) -> int:
        return self.count * self.qubits_each


@dataclass(frozen=True)
class Estimate:
    """One published figure set for one target, exactly as published."""

    id: str
    target: str
    source: str
    locator: str
    as_of: str
    tag: str
    evidence: str
    profile: str | None = None
    series: str | None = None
    version: str | None = None
    published: str | None = None
    note: str | None = None
    physical_qubits: int | None = None
    logical_qubits: int | None = None
    exponent_qubits: int | None = None
    code_distance: int | None = None
    factory_distance: int | None = None
    gates: float | None = None
    log2_gates: float | None = None
    gate_unit: str | None = None
    depth: float | None = None
    depth_unit: str | None = None
    expected_runs: float | None = None
    retry_risk: float | None = None
    volume_mqd: float | None = None
    expected_volume_mqd: float | None = None
    log2_max_depth: float | None = None
    runtime: Duration | None = None
    expected_time: Duration | None = None
    upper_bounds: frozenset[str] = frozenset()
    caveats: tuple[str, ...] = ()
    components: tuple[Component, ...] = ()


@dataclass(frozen=True)
class Term:
    """coefficient * n^n_power * log2(n)^log_power, the logarithm rounded as `rounding` says."""

    coefficient: float
    n_power: int = 0
    log_power: int = 0
    rounding: str = "none"

    def at(self, n: int) -> float:
        log = {"none": math.log2(n), "ceil": math.ceil(math.log2(n)), "floor": math.floor(math.log2(n))}
        return float(self.coefficient * n**self.n_power * log[self.rounding] ** self.log_power)


@dataclass(frozen=True)
class Formula:
    """A published closed form in the problem size n (qubits, gates, depth)."""

    id: str
    family: str
    label: str
    source: str
    locator: str
    as_of: str
    tag: str
    evidence: str
    gate_unit: str | None
    depth_unit: str | None
    logical_qubits: tuple[Term, ...]
    gates: tuple[Term, ...]
    depth: tuple[Term, ...]
    upper_bounds: frozenset[str]

    @staticmethod
    def evaluate(terms: tuple[Term, ...], n: int) -> float | None:
        return sum(term.at(n) for term in terms) if terms else None


@dataclass(frozen=True)
class Oracle:
    """Cost of one Grover oracle call: gates, depth and width (logical qubits)."""

    cipher: str
    key_bits: int
    gates: int
    depth: int
    width: int
    source: str
    locator: str


@dataclass(frozen=True)
class QuantumData:
    sources: Mapping[str, Source]
    profiles: Mapping[str, Profile]
    architectures: Mapping[str, Architecture]
    layouts: Mapping[str, Layout]
    estimates: tuple[Estimate, ...]
    formulas: Mapping[str, Formula]
    oracles: Mapping[str, Oracle]

    def for_target(self, target: str) -> tuple[Estimate, ...]:
        return tuple(e for e in self.estimates if e.target == target)

    def series(self, name: str) -> tuple[Estimate, ...]:
        return tuple(e for e in self.estimates if e.series == name)

    def assumptions(self, name: str | None) -> str:
        """The label of a profile or architecture name ('' for logical-only counts)."""
        if name is not None and name in self.profiles:
            return self.profiles[name].label
        if name is not None and name in self.architectures:
            return self.architectures[name].label
        return ""
