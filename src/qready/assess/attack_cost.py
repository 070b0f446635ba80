"""The attack-cost frontier of one target: every published estimate (as published, with its source) and the
model's figure for each recipe under a hardware profile, never one fake-precise number.

`frontier("rsa-2048", profile)` marks the cheapest published estimate made under the same physical assumptions
as `profile` (fewest physical qubits, then shortest time; every row carries its tag and caveats) and the
model figure (the cheapest feasible recipe). `target_for(algorithm)` names an Algorithm's target. Pure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from qready.assess.grover import GroverCost, grover_costs
from qready.assess.recipes import AES_SIZES, SIZE_LIMITS, Target, parse_target, recipes
from qready.assess.surface_code import MODEL_SOURCES, PhysicalEstimate, estimate
from qready.knowledge.quantum import Estimate, Formula, Profile, QuantumData, citation, default_quantum
from qready.model import Algorithm, Threat

DEFAULT_PROFILE = "sc_2019"
_PHYSICAL = ("physical_error", "cycle_time_us", "reaction_time_us")
HEADLINE_MAX_DEPTH = 40.0  # log2 MAXDEPTH of the Grover figure that stands for a symmetric target
DLOG_FAMILIES = frozenset({"DSA", "FFDH", "DH", "ElGamal", "MQV"})
ECC_FAMILIES = frozenset({"ECDSA", "ECDH", "EdDSA", "Schnorr", "BLS", "BBS", "ECMQV", "ECIES", "SM2", "GOST"})
FIELD_BITS = {"other/Ed448": 448, "other/Curve448": 448}  # Ed448 keys are 456 bits; the field is 448
TARGET_NOTES = {
    "dlog": "short exponent or Schnorr subgroup assumed (RFC 7919/3526 groups, DSA); dlog-full-N costs "
    "full-length exponents",
    "ecc": "n is the curve's field size; no published estimate discounts special-form primes",
    "aes": "Grover key search under NIST's depth limit (MAXDEPTH): log2 of the gate count",
}


@dataclass(frozen=True)
class FrontierRow:
    """One published estimate, published formula or model figure. Times in hours; `*_text` as published."""

    kind: str  # published | formula | model
    id: str
    citation: str
    label: str
    sources: tuple[str, ...]
    as_of: str
    tag: str
    evidence: str
    profile: str | None
    assumptions: str
    physical_qubits: float | None = None
    logical_qubits: float | None = None
    gates: float | None = None
    log2_gates: float | None = None
    gate_unit: str | None = None
    depth: float | None = None
    depth_unit: str | None = None
    runtime_hours: float | None = None
    expected_hours: float | None = None
    runtime_text: str | None = None
    expected_text: str | None = None
    code_distance: int | None = None
    expected_runs: float | None = None
    log2_max_depth: float | None = None
    feasible: bool = True
    calibrated: bool = True  # False: the model figure extrapolates (its notes say why)
    upper_bounds: frozenset[str] = frozenset()
    notes: tuple[str, ...] = ()
    published: str | None = None


@dataclass(frozen=True)
class Frontier:
    target: str
    profile: Profile
    rows: tuple[FrontierRow, ...]
    cheapest: FrontierRow | None
    model_figure: FrontierRow | None
    notes: tuple[str, ...] = ()

    @property
    def published(self) -> tuple[FrontierRow, ...]:
        return tuple(row for row in self.rows if row.kind != "model")

    @property
    def modelled(self) -> tuple[FrontierRow, ...]:
        return tuple(row for row in self.rows if row.kind == "model")


def _published_row(item: Estimate, data: QuantumData) -> FrontierRow:
    notes = item.caveats + ((item.note,) if item.note else ())
    if item.components:
        parts = " + ".join(f"{part.count} x {part.qubits_each} ({part.label})" for part in item.components)
        notes += (f"{parts} = {sum(part.qubits for part in item.components)}",)
    return FrontierRow(
        kind="published",
        id=item.id,
        citation=citation(data.sources[item.source]) + (f" {item.version}" if item.version else ""),
        label=item.locator,
        sources=(item.source,),
        as_of=item.as_of,
        tag=item.tag,
        evidence=item.evidence,
        profile=item.profile,
        assumptions=data.assumptions(item.profile),
        physical_qubits=item.physical_qubits,
        logical_qubits=item.logical_qubits,
        gates=item.gates,
        log2_gates=item.log2_gates,
        gate_unit=item.gate_unit,
        depth=item.depth,
        depth_unit=item.depth_unit,
        runtime_hours=item.runtime.hours if item.runtime else None,
        expected_hours=item.expected_time.hours if item.expected_time else None,
        runtime_text=item.runtime.text if item.runtime else None,
        expected_text=item.expected_time.text if item.expected_time else None,
        code_distance=item.code_distance,
        expected_runs=item.expected_runs,
        log2_max_depth=item.log2_max_depth,
        upper_bounds=item.upper_bounds,
        notes=notes,
        published=item.published,
    )


def _formula_row(formula: Formula, n: int, data: QuantumData) -> FrontierRow:
    return FrontierRow(
        kind="formula",
        id=formula.id,
        citation=citation(data.sources[formula.source]),
        label=f"{formula.label}, evaluated at n = {n}",
        sources=(formula.source,),
        as_of=formula.as_of,
        tag=formula.tag,
        evidence=formula.evidence,
        profile=None,
        assumptions="",
        logical_qubits=Formula.evaluate(formula.logical_qubits, n),
        gates=Formula.evaluate(formula.gates, n),
        gate_unit=formula.gate_unit,
        depth=Formula.evaluate(formula.depth, n),
        depth_unit=formula.depth_unit,
        upper_bounds=formula.upper_bounds,
        notes=(formula.locator,),
    )


def _model_row(result: PhysicalEstimate, profile: Profile) -> FrontierRow:
    cost = result.cost
    return FrontierRow(
        kind="model",
        id=cost.recipe,
        citation="qready model",
        label=cost.label,
        sources=tuple(dict.fromkeys(cost.sources + MODEL_SOURCES)),
        as_of="",
        tag=cost.tag,
        evidence="model",
        profile=profile.name,
        assumptions=profile.label,
        physical_qubits=result.physical_qubits,
        logical_qubits=cost.logical_qubits,
        gates=result.toffolis,
        gate_unit="toffoli",
        runtime_hours=result.runtime_hours,
        expected_hours=result.expected_hours,
        code_distance=result.code_distance,
        expected_runs=cost.runs,
        feasible=result.feasible,
        calibrated=result.calibrated,
        notes=((result.reason,) if result.reason else ()) + result.flags,
    )


def _grover_row(cost: GroverCost, data: QuantumData) -> FrontierRow:
    mode = "serial" if cost.serial else f"2^{cost.log2_machines:.1f} machines"
    return FrontierRow(
        kind="model",
        id=f"grover-{cost.cipher}-md{cost.log2_max_depth:g}",
        citation="qready model",
        label=f"Grover key search, MAXDEPTH 2^{cost.log2_max_depth:g} ({mode})",
        sources=(cost.source,),
        as_of="",
        tag="primary",
        evidence="model",
        profile=None,
        assumptions="",
        log2_gates=cost.log2_gates,
        gate_unit="gate",
        log2_max_depth=cost.log2_max_depth,
        notes=(
            f"depth x width 2^{cost.log2_depth_width:.1f}",
            f"oracle: {citation(data.sources[cost.source])}",
        ),
    )


def _same_assumptions(name: str | None, profile: Profile, data: QuantumData) -> bool:
    if name == profile.name:
        return True
    other = data.profiles.get(name or "")
    return other is not None and all(getattr(other, k) == getattr(profile, k) for k in _PHYSICAL)


def _cheapest(rows: list[FrontierRow], include_secondary: bool) -> FrontierRow | None:
    """Fewest physical qubits, then shortest time (Grover: fewest gates), among primary rows if any."""

    def cost(row: FrontierRow) -> tuple[float, float]:
        if row.log2_gates is not None and row.physical_qubits is None:
            return (row.log2_gates, 0.0)
        return (row.physical_qubits or math.inf, row.expected_hours or row.runtime_hours or math.inf)

    eligible = [row for row in rows if include_secondary or row.tag == "primary"] or rows
    return min(eligible, key=cost, default=None)


def _shor_rows(target: Target, profile: Profile, data: QuantumData) -> list[FrontierRow]:
    rows = [_published_row(item, data) for item in data.for_target(target.name)]
    family = "rsa" if target.kind == "rsa" else "ecc" if target.kind == "ecc" else "dlog"
    rows += [_formula_row(f, target.n, data) for f in data.formulas.values() if f.family == family]
    rows.sort(key=lambda row: (row.as_of, row.id))
    results = [estimate(cost, profile, data.layouts) for cost in recipes(target, data)]
    return rows + [_model_row(result, profile) for result in results]


def _aes_rows(target: Target, data: QuantumData) -> tuple[list[FrontierRow], list[FrontierRow]]:
    published = sorted((_published_row(e, data) for e in data.for_target(target.name)), key=lambda r: r.id)
    return published, [_grover_row(cost, data) for cost in grover_costs(data.oracles[target.name])]


def frontier(
    target: str | Target,
    profile: Profile | str = DEFAULT_PROFILE,
    data: QuantumData | None = None,
    *,
    include_secondary: bool = False,
) -> Frontier:
    """Every published estimate for `target` plus the model's figures under `profile` (a name or a Profile).

    The cheapest published estimate is chosen among those made under the profile's physical assumptions, and
    the model figure among the feasible recipes; both among primary sources unless `include_secondary` (or
    unless only secondary ones exist). ValueError for an unknown target, KeyError for an unknown profile.
    """
    data = data or default_quantum()
    chosen = data.profiles[profile] if isinstance(profile, str) else profile
    parsed = parse_target(target) if isinstance(target, str) else target
    if parsed.kind == "aes":
        published, modelled = _aes_rows(parsed, data)
        headline = [r for r in published if r.log2_max_depth == HEADLINE_MAX_DEPTH]
        figure = [r for r in modelled if r.log2_max_depth == HEADLINE_MAX_DEPTH]
        rows = published + modelled
    else:
        rows = _shor_rows(parsed, chosen, data)
        same = [r for r in rows if r.kind == "published" and _same_assumptions(r.profile, chosen, data)]
        headline = [r for r in same if r.physical_qubits]
        figure = [r for r in rows if r.kind == "model" and r.feasible]
    return Frontier(
        target=parsed.name,
        profile=chosen,
        rows=tuple(rows),
        cheapest=_cheapest(headline, include_secondary),
        model_figure=_cheapest(figure, include_secondary),
        notes=(TARGET_NOTES[parsed.kind],) if parsed.kind in TARGET_NOTES else (),
    )


def custom_profile(
    base: Profile,
    *,
    error_rate: float | None = None,
    cycle_time_us: float | None = None,
    reaction_time_us: float | None = None,
) -> Profile:
    """`base` with the given physical numbers replaced (their source: the command line); name "custom"."""
    changes = {
        key: value
        for key, value in (
            ("physical_error", error_rate),
            ("cycle_time_us", cycle_time_us),
            ("reaction_time_us", reaction_time_us),
        )
        if value is not None
    }
    if not changes:
        return base
    sources = tuple((key, "command-line" if key in changes else source) for key, source in base.sources)
    merged = {key: changes.get(key, getattr(base, key)) for key in _PHYSICAL}
    label = (
        f"Custom: p = {merged['physical_error']:g}, cycle {merged['cycle_time_us']:g} us, "
        f"reaction {merged['reaction_time_us']:g} us, code constants of {base.name}"
    )
    return Profile(
        name="custom",
        label=label,
        physical_error=merged["physical_error"],
        cycle_time_us=merged["cycle_time_us"],
        reaction_time_us=merged["reaction_time_us"],
        prefactor=base.prefactor,
        threshold=base.threshold,
        patch=base.patch,
        error_budget=base.error_budget,
        sources=sources,
        note=base.note,
    )


def target_for(algorithm: Algorithm) -> str | None:
    """The attack target of an algorithm (rsa-2048, dlog-3072, ecc-256, aes-128...), None if it has none."""
    size = algorithm.key_size
    if algorithm.family == "AES":
        return f"aes-{size}" if size in AES_SIZES else None
    if algorithm.threat is not Threat.SHOR_BROKEN:
        return None
    if algorithm.curve is not None:
        size = FIELD_BITS.get(algorithm.curve, size)
    kind = "rsa" if algorithm.family == "RSA" else None
    kind = "dlog" if algorithm.family in DLOG_FAMILIES else kind
    kind = "ecc" if algorithm.family in ECC_FAMILIES or algorithm.curve else kind
    if kind is None or size is None:
        return None
    low, high = SIZE_LIMITS[kind]
    return f"{kind}-{size}" if low <= size <= high else None
