"""Recipes: the logical cost of attacking one target size by one published construction.

- Gidney-Ekerå 2019 (RSA via Ekerå-Håstad with s = 1; short-exponent and full-exponent discrete logarithms):
  exponent qubits from the paper's constructions, Toffolis from the windowed arithmetic; `ge-pipelined`.
- Gidney 2025 (RSA; short-exponent discrete logarithms): the published logical tables, interpolated log-log
  in n between rows; `factory-limited` on the yoked-storage, cultivation layout.
- Elliptic curves: Roetteler et al. 2017 and Häner et al. 2020 formulas (T gates converted at 4 per
  Toffoli, labelled), and the Babbush et al. 2026 figures (n = 256 only, scaled n^3 / n elsewhere, flagged).
Formula coefficients and table rows are data (knowledge/data/quantum/estimates.toml). Pure: no I/O.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from qready.assess.surface_code import GeArithmetic, LogicalCost
from qready.knowledge.quantum import Estimate, Formula, QuantumData
from qready.knowledge.strength import modulus_strength

KINDS = ("rsa", "dlog", "dlog-full", "ecc", "aes")
SIZE_LIMITS = {"rsa": (512, 32768), "dlog": (512, 32768), "dlog-full": (512, 32768), "ecc": (160, 1024)}
AES_SIZES = (128, 192, 256)
T_PER_TOFFOLI = 4
GE_NOMINAL_SPACING = 1024
ECC_ANCHOR_BITS = 256
_TARGET = re.compile(r"(rsa|dlog-full|dlog|ecc|aes|p)-?(\d+)")
GE_LABELS = {
    "rsa": "Gidney-Ekerå 2019 (Ekerå-Håstad, s = 1, one run)",
    "dlog": "Gidney-Ekerå 2019 (short exponent or Schnorr subgroup, Ekerå-Håstad, one run)",
    "dlog-full": "Gidney-Ekerå 2019 (full-length exponent, Ekerå, one run)",
}
GE_CALIBRATED = {"rsa": (1024, 16384), "dlog": (1024, 8192), "dlog-full": (1024, 8192)}
ECC_FORMULAS = ("rnsl2017", "hjnrs2020-low-width", "hjnrs2020-low-t", "hjnrs2020-low-depth")
ECC_SERIES = {
    "babbush2026-low-qubit": "Babbush et al. 2026, low-qubit variant",
    "babbush2026-low-gate": "Babbush et al. 2026, low-gate variant",
}


@dataclass(frozen=True)
class Target:
    """What an attack breaks: `kind` rsa, dlog (short exponent or Schnorr subgroup), dlog-full, ecc or aes."""

    kind: str
    n: int

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.n}"


def parse_target(text: str) -> Target:
    """rsa-2048, dlog-3072, dlog-full-2048, ecc-256 (or p-256), aes-128; ValueError says what is accepted."""
    match = _TARGET.fullmatch(text.strip().lower())
    expected = "expected rsa-N, dlog-N, dlog-full-N, ecc-N (or p-256) or aes-128/192/256"
    if not match:
        raise ValueError(f"unknown target {text!r}; {expected}")
    kind = "ecc" if match.group(1) == "p" else match.group(1)
    n = int(match.group(2))
    low, high = SIZE_LIMITS.get(kind, (AES_SIZES[0], AES_SIZES[-1]))
    if (kind == "aes" and n not in AES_SIZES) or not low <= n <= high:
        raise ValueError(f"unknown target {text!r}: {kind} sizes run from {low} to {high}; {expected}")
    return Target(kind, n)


def ge2019_exponent_qubits(kind: str, n: int) -> int:
    """Exponent qubits n_e of Gidney-Ekerå 2019's constructions (section 2.8, section 3.2, code)."""
    if kind == "rsa":
        m = math.ceil(n / 2) - 1
        return 3 * m - 40  # Ekerå-Håstad, s = 1: m + 2 l with l = m - 20
    if kind == "dlog":
        return 6 * modulus_strength(n)[0]  # Ekerå-Håstad, s = 1, exponent or subgroup of 2z bits
    return 3 * (n - 1)  # Ekerå, s = 1, full-length exponent


def _ge2019(target: Target, data: QuantumData) -> LogicalCost:
    formula = data.formulas["ge2019-abstract"]
    exponent_qubits = ge2019_exponent_qubits(target.kind, target.n)
    arithmetic = GeArithmetic(target.n, exponent_qubits, min(GE_NOMINAL_SPACING, target.n))
    return LogicalCost(
        recipe=f"ge2019-{target.kind}",
        label=GE_LABELS[target.kind],
        target=target.name,
        n=target.n,
        logical_qubits=Formula.evaluate(formula.logical_qubits, target.n) or 0.0,
        toffolis=arithmetic.toffolis,
        exponent_qubits=exponent_qubits,
        calibrated_sizes=GE_CALIBRATED[target.kind],
        sources=("ge2019", "ge2019-code"),
        notes=() if target.kind == "rsa" else ("logical qubits from the RSA abstract-circuit formula",),
    )


def interpolate(points: list[tuple[int, float]], n: int) -> float:
    """Piecewise log-log interpolation in n (the nearest segment extrapolates beyond the ends)."""
    points = sorted(points)
    for size, value in points:
        if size == n:
            return value
    if len(points) == 1:
        return points[0][1]
    index = next((i for i, (size, _) in enumerate(points) if size > n), len(points) - 1)
    (x0, y0), (x1, y1) = points[max(index - 1, 0)], points[max(index, 1)]
    slope = math.log(y1 / y0) / math.log(x1 / x0)
    return float(y0 * (n / x0) ** slope)


def _column(rows: tuple[Estimate, ...], field: str, n: int) -> float:
    points = [(int(row.target.rsplit("-", 1)[1]), float(getattr(row, field))) for row in rows]
    return interpolate(points, n)


def _table_note(rows: tuple[Estimate, ...], n: int) -> tuple[str, ...]:
    sizes = sorted(int(row.target.rsplit("-", 1)[1]) for row in rows)
    if n in sizes:
        return ()
    return (f"interpolated log-log from the published rows (n = {', '.join(map(str, sizes))})",)


def _gidney2025(target: Target, data: QuantumData) -> LogicalCost | None:
    series = "gidney2025-v1-rsa" if target.kind == "rsa" else "gidney2025-v2-dlog-short"
    rows = data.series(series)
    if len(rows) < 2:
        return None
    runs = _column(rows, "expected_runs", target.n)
    rsa = target.kind == "rsa"
    sizes = sorted(int(row.target.rsplit("-", 1)[1]) for row in rows)
    notes = _table_note(rows, target.n)
    if not rsa:
        notes += ("storage split not published: every logical qubit counted as a hot patch",)
    return LogicalCost(
        recipe=f"gidney2025-{target.kind}",
        label="Gidney 2025 (" + ("RSA" if rsa else "short exponent") + ", expected over all shots)",
        target=target.name,
        n=target.n,
        logical_qubits=_column(rows, "logical_qubits", target.n),
        toffolis=_column(rows, "gates", target.n) / runs,
        runs=runs,
        cold_qubits=_column(rows, "exponent_qubits", target.n) if rsa else 0.0,
        layout="yoked-cultivation-2025",
        calibrated_sizes=(sizes[0], sizes[-1]) if rsa else None,
        sources=("gidney2025", "gidney2025-code"),
        notes=notes,
    )


def _formula_recipe(formula: Formula, target: Target) -> LogicalCost:
    gates = Formula.evaluate(formula.gates, target.n) or 0.0
    notes: tuple[str, ...] = ()
    if formula.gate_unit == "t":
        gates /= T_PER_TOFFOLI
        notes = (f"T gates converted to Toffolis at {T_PER_TOFFOLI} T per Toffoli",)
    return LogicalCost(
        recipe=formula.id,
        label=formula.label,
        target=target.name,
        n=target.n,
        logical_qubits=Formula.evaluate(formula.logical_qubits, target.n) or 0.0,
        toffolis=gates,
        layout="lattice-surgery-2019",
        tag=formula.tag,
        sources=(formula.source,),
        notes=notes,
    )


def _anchored_ecc(series: str, label: str, target: Target, data: QuantumData) -> LogicalCost | None:
    rows = [row for row in data.series(series) if row.target == f"ecc-{ECC_ANCHOR_BITS}"]
    if not rows or rows[0].logical_qubits is None or rows[0].gates is None:
        return None
    anchor, scale = rows[0], target.n / ECC_ANCHOR_BITS
    notes = tuple(f"published: {caveat}" for caveat in anchor.caveats)
    if target.n != ECC_ANCHOR_BITS:
        notes += (f"extrapolated from the {ECC_ANCHOR_BITS}-bit figure (Toffolis ~ n^3, qubits ~ n)",)
    return LogicalCost(
        recipe=series,
        label=label,
        target=target.name,
        n=target.n,
        logical_qubits=(anchor.logical_qubits or 0) * scale,
        toffolis=(anchor.gates or 0.0) * scale**3,
        layout="yoked-cultivation-2025",
        tag=anchor.tag,
        sources=(anchor.source,),
        notes=notes,
    )


def recipes(target: Target, data: QuantumData) -> tuple[LogicalCost, ...]:
    """Every recipe qready can cost for `target` (none for AES: see qready.assess.grover)."""
    found: list[LogicalCost | None] = []
    if target.kind in GE_LABELS:
        found.append(_ge2019(target, data))
    if target.kind in ("rsa", "dlog"):
        found.append(_gidney2025(target, data))
    if target.kind == "ecc":
        found += [_formula_recipe(data.formulas[f], target) for f in ECC_FORMULAS if f in data.formulas]
        found += [_anchored_ecc(series, label, target, data) for series, label in ECC_SERIES.items()]
    return tuple(cost for cost in found if cost is not None)
