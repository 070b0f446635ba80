"""Quantum attack-cost knowledge (knowledge/data/quantum/*.toml) as frozen, validated types.

Published estimates are kept exactly as published (with source, table, assumption set, date and evidence
tag); formulas and Grover oracle costs feed the models in `qready.assess`; hardware profiles and layouts are
the physical layer of the surface-code model. Loading is strict: an unknown field, a number without a known
source or an inconsistent row is a CatalogError naming the file and the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from qready.errors import CatalogError
from qready.knowledge.catalog import default_catalog
from qready.knowledge.quantum_rows import Row, parse_duration, read_quantum_data
from qready.knowledge.quantum_types import (
    Architecture,
    Component,
    Duration,
    Estimate,
    Formula,
    Layout,
    Oracle,
    Profile,
    QuantumData,
    Term,
)
from qready.knowledge.schema import Source, parse_source

CITATION_LENGTH = 40
FILES = ("sources.toml", "hardware.toml", "estimates.toml")
TARGET_PATTERN = re.compile(r"(rsa|dlog|dlog-full|ecc|aes)-([1-9]\d*)")
EVIDENCE_TAG = {
    "P": "primary",
    "P-abs": "primary",
    "R": "primary",
    "C": "primary",
    "S": "secondary",
    "M": "secondary",
}
GATE_UNITS = ("toffoli", "t", "toffoli+t/2", "gate")
DEPTH_UNITS = ("measurement-depth", "toffoli-depth", "t-depth")
CAVEATS = ("amortised", "primed", "circuits-withheld", "preprint", "qldpc", "non-local", "news")
PATCH_RULES = ("2(d+1)^2", "2d^2", "4d^2+8(d-1)")
FAMILIES = ("rsa", "dlog", "ecc")
PROFILE_NUMBERS = (
    "physical_error",
    "cycle_time_us",
    "reaction_time_us",
    "prefactor",
    "threshold",
    "error_budget",
)
LAYOUT_NUMBERS = ("routing", "factory_patches", "factory_period", "reaction_share")
LAYOUT_OPTIONAL = ("factories", "cold_qubit_physical", "cold_reference_distance")
_COUNTS = ("physical_qubits", "logical_qubits", "exponent_qubits", "code_distance", "factory_distance")
_AMOUNTS = (
    "gates",
    "log2_gates",
    "depth",
    "expected_runs",
    "volume_mqd",
    "expected_volume_mqd",
    "log2_max_depth",
)
_TIMES = ("runtime", "expected_time")
_ESTIMATE_TEXT = ("id", "target", "source", "locator", "as_of", "tag", "evidence", "profile", "series")
_ESTIMATE_KEYS = frozenset(
    {*_ESTIMATE_TEXT, *_COUNTS, *_AMOUNTS, *_TIMES, "version", "published", "note", "retry_risk"}
    | {"gate_unit", "depth_unit", "upper_bounds", "caveats", "components"}
)


def citation(source: Source) -> str:
    """Short citation: authors (title up to its colon; "et al." past two; at most 40 characters), year."""
    head = source.title.split(":", 1)[0]
    authors = head.split(", ")
    if len(authors) > 2:
        head = f"{authors[0]} et al."
    if len(head) > CITATION_LENGTH:
        head = head[:CITATION_LENGTH].rsplit(" ", 1)[0] + "..."
    return head if str(source.year) in head else f"{head} {source.year}"


def _sources(doc: Mapping[str, Any], known: Mapping[str, Source]) -> dict[str, Source]:
    table = doc.get("sources", {})
    if not isinstance(table, dict) or not table:
        raise CatalogError("quantum data sources.toml: needs a [sources.<id>] table")
    sources = dict(known)
    for key, row in table.items():
        if key in known:
            raise CatalogError(f"quantum data sources.toml: source {key!r} repeats a catalog source id")
        try:
            sources[key] = parse_source(key, row)
        except CatalogError as exc:
            raise CatalogError(f"quantum data sources.toml: {exc}") from None
    return sources


def _number_sources(
    row: Row, numbers: tuple[str, ...], sources: Mapping[str, Source]
) -> tuple[tuple[str, str], ...]:
    table = row.table("sources")
    found = []
    for number in numbers:
        source = table.get(number)
        if not isinstance(source, str) or source not in sources:
            raise row.error(f"'sources.{number}' must name a known source, got {source!r}")
        found.append((number, source))
    unknown = sorted(set(table) - set(numbers))
    if unknown:
        raise row.error(f"'sources' names unknown field(s) {', '.join(unknown)}")
    return tuple(found)


_PROFILE_KEYS = frozenset({*PROFILE_NUMBERS, "label", "patch", "note", "sources"})


def _profile(name: str, raw: Any, sources: Mapping[str, Source]) -> Profile:
    row = Row("hardware.toml", f"profile {name!r}", raw, _PROFILE_KEYS)
    numbers = {key: float(row.number(key, required=True) or 0) for key in PROFILE_NUMBERS}
    for key in ("physical_error", "threshold", "error_budget"):
        if not numbers[key] < 1:
            raise row.error(f"'{key}' must be below 1, got {numbers[key]!r}")
    return Profile(
        name=name,
        label=row.text("label", required=True) or "",
        patch=row.choice("patch", PATCH_RULES, required=True) or "",
        note=row.text("note") or "",
        sources=_number_sources(row, (*PROFILE_NUMBERS, "patch"), sources),
        **numbers,
    )


_LAYOUT_KEYS = frozenset({*LAYOUT_NUMBERS, *LAYOUT_OPTIONAL, "label", "sources"})


def _layout(name: str, raw: Any, sources: Mapping[str, Source]) -> Layout:
    row = Row("hardware.toml", f"layout {name!r}", raw, _LAYOUT_KEYS)
    present = tuple(key for key in (*LAYOUT_NUMBERS, *LAYOUT_OPTIONAL) if key in raw)
    numbers = {key: float(row.number(key, required=True) or 0) for key in LAYOUT_NUMBERS}
    return Layout(
        name=name,
        label=row.text("label", required=True) or "",
        factories=row.count("factories"),
        cold_qubit_physical=row.number("cold_qubit_physical"),
        cold_reference_distance=row.count("cold_reference_distance"),
        sources=_number_sources(row, present, sources),
        **numbers,
    )


def _architecture(name: str, raw: Any, sources: Mapping[str, Source]) -> Architecture:
    row = Row("hardware.toml", f"architecture {name!r}", raw, frozenset({"label", "source"}))
    return Architecture(name=name, label=row.text("label", required=True) or "", source=row.source(sources))


def _tag(row: Row) -> tuple[str, str]:
    tag = row.choice("tag", ("primary", "secondary"), required=True) or ""
    evidence = row.choice("evidence", tuple(EVIDENCE_TAG), required=True) or ""
    if EVIDENCE_TAG[evidence] != tag:
        raise row.error(f"evidence {evidence!r} is {EVIDENCE_TAG[evidence]}, but the row is tagged {tag!r}")
    return tag, evidence


def _components(row: Row) -> tuple[Component, ...]:
    found = []
    for item in row.rows("components"):
        part = Row(row.file, f"{row.where} component", item, frozenset({"label", "count", "qubits_each"}))
        found.append(
            Component(
                label=part.text("label", required=True) or "",
                count=part.count("count", required=True) or 0,
                qubits_each=part.count("qubits_each", required=True) or 0,
            )
        )
    return tuple(found)


def _estimate_fields(row: Row, sources: Mapping[str, Source], assumption_sets: set[str]) -> dict[str, Any]:
    tag, evidence = _tag(row)
    fields: dict[str, Any] = {key: row.text(key) for key in ("series", "version", "published", "note")}
    fields |= {key: row.count(key) for key in _COUNTS}
    fields |= {key: row.number(key) for key in _AMOUNTS}
    fields |= {key: parse_duration(row, key) for key in _TIMES}
    fields |= {
        "tag": tag,
        "evidence": evidence,
        "source": row.source(sources),
        "locator": row.text("locator", required=True),
        "as_of": row.text("as_of", required=True),
        "profile": row.choice("profile", tuple(sorted(assumption_sets))),
        "gate_unit": row.choice("gate_unit", GATE_UNITS),
        "depth_unit": row.choice("depth_unit", DEPTH_UNITS),
        "retry_risk": row.fraction("retry_risk"),
        "caveats": row.strings("caveats", CAVEATS),
        "upper_bounds": frozenset(row.strings("upper_bounds", (*_COUNTS, *_AMOUNTS, *_TIMES))),
        "components": _components(row),
    }
    return fields


def _check_estimate(row: Row, fields: Mapping[str, Any]) -> None:
    if (fields["gates"] is not None or fields["log2_gates"] is not None) != (fields["gate_unit"] is not None):
        raise row.error("'gate_unit' goes with 'gates' or 'log2_gates', and only with them")
    if (fields["depth"] is not None) != (fields["depth_unit"] is not None):
        raise row.error("'depth_unit' goes with 'depth', and only with it")
    missing = sorted(name for name in fields["upper_bounds"] if fields[name] is None)
    if missing:
        raise row.error(f"'upper_bounds' names absent field(s) {', '.join(missing)}")
    total = sum(part.qubits for part in fields["components"])
    if fields["components"] and fields["physical_qubits"] not in (None, total):
        raise row.error(f"components sum to {total} physical qubits, not {fields['physical_qubits']}")
    figures = (*_COUNTS, *_AMOUNTS, *_TIMES, "published")
    if all(fields[name] is None for name in figures):
        raise row.error("has no published figure")


def _estimate(raw: Any, sources: Mapping[str, Source], assumption_sets: set[str]) -> Estimate:
    ident = raw.get("id", "?") if isinstance(raw, dict) else "?"
    row = Row("estimates.toml", f"estimate {ident!r}", raw, _ESTIMATE_KEYS)
    target = row.text("target", required=True) or ""
    if not TARGET_PATTERN.fullmatch(target):
        raise row.error(
            f"'target' must look like rsa-2048, dlog-3072, dlog-full-2048, ecc-256 or aes-128, got {target!r}"
        )
    fields = _estimate_fields(row, sources, assumption_sets)
    _check_estimate(row, fields)
    return Estimate(id=row.text("id", required=True) or "", target=target, **fields)


def _terms(row: Row, key: str) -> tuple[Term, ...]:
    terms = []
    for item in row.rows(key):
        part = Row(row.file, f"{row.where} '{key}' term", item, frozenset({"c", "n", "log", "round"}))
        terms.append(
            Term(
                coefficient=part.number("c", required=True, positive=False) or 0.0,
                n_power=part.count("n", required=False, minimum=0) or 0,
                log_power=part.integer("log"),
                rounding=part.choice("round", ("none", "ceil", "floor")) or "none",
            )
        )
    return tuple(terms)


_FORMULA_KEYS = frozenset(
    {"id", "family", "label", "source", "locator", "as_of", "tag", "evidence", "gate_unit", "depth_unit"}
    | {"logical_qubits", "gates", "depth", "upper_bounds"}
)


def _formula(raw: Any, sources: Mapping[str, Source]) -> Formula:
    ident = raw.get("id", "?") if isinstance(raw, dict) else "?"
    row = Row("estimates.toml", f"formula {ident!r}", raw, _FORMULA_KEYS)
    tag, evidence = _tag(row)
    formula = Formula(
        id=row.text("id", required=True) or "",
        family=row.choice("family", FAMILIES, required=True) or "",
        label=row.text("label", required=True) or "",
        source=row.source(sources),
        locator=row.text("locator", required=True) or "",
        as_of=row.text("as_of", required=True) or "",
        tag=tag,
        evidence=evidence,
        gate_unit=row.choice("gate_unit", GATE_UNITS),
        depth_unit=row.choice("depth_unit", DEPTH_UNITS),
        logical_qubits=_terms(row, "logical_qubits"),
        gates=_terms(row, "gates"),
        depth=_terms(row, "depth"),
        upper_bounds=frozenset(row.strings("upper_bounds", ("logical_qubits", "gates", "depth"))),
    )
    if bool(formula.gates) != (formula.gate_unit is not None) or bool(formula.depth) != (
        formula.depth_unit is not None
    ):
        raise row.error("'gate_unit' and 'depth_unit' go with 'gates' and 'depth', and only with them")
    return formula


def _oracle(raw: Any, sources: Mapping[str, Source]) -> Oracle:
    cipher = raw.get("cipher", "?") if isinstance(raw, dict) else "?"
    keys = frozenset({"cipher", "key_bits", "gates", "depth", "width", "source", "locator"})
    row = Row("estimates.toml", f"oracle {cipher!r}", raw, keys)
    return Oracle(
        cipher=row.text("cipher", required=True) or "",
        key_bits=row.count("key_bits", required=True) or 0,
        gates=row.count("gates", required=True) or 0,
        depth=row.count("depth", required=True) or 0,
        width=row.count("width", required=True) or 0,
        source=row.source(sources),
        locator=row.text("locator", required=True) or "",
    )


def _unique(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise CatalogError(f"quantum data estimates.toml: {kind} {ident!r} is defined twice")
        seen.add(ident)


def _hardware(
    doc: Mapping[str, Any], sources: Mapping[str, Source]
) -> tuple[dict[str, Profile], dict[str, Architecture], dict[str, Layout]]:
    for key in doc:
        if key not in ("profiles", "architectures", "layouts"):
            raise CatalogError(f"quantum data hardware.toml: unknown table {key!r}")
    profiles = {name: _profile(name, row, sources) for name, row in doc.get("profiles", {}).items()}
    architectures = {
        name: _architecture(name, row, sources) for name, row in doc.get("architectures", {}).items()
    }
    layouts = {name: _layout(name, row, sources) for name, row in doc.get("layouts", {}).items()}
    if not profiles:
        raise CatalogError("quantum data hardware.toml: needs at least one [profiles.<name>] table")
    clash = sorted(set(profiles) & set(architectures))
    if clash:
        raise CatalogError(f"quantum data hardware.toml: {clash[0]!r} is both a profile and an architecture")
    return profiles, architectures, layouts


def load_quantum(
    docs: Mapping[str, Mapping[str, Any]], known_sources: Mapping[str, Source] | None = None
) -> QuantumData:
    """Validate the parsed quantum data files (keyed by file name) into QuantumData."""
    catalog_sources = default_catalog().sources if known_sources is None else known_sources
    sources = _sources(docs.get("sources.toml", {}), catalog_sources)
    profiles, architectures, layouts = _hardware(docs.get("hardware.toml", {}), sources)
    doc = docs.get("estimates.toml", {})
    unknown = sorted(set(doc) - {"estimate", "formula", "oracle"})
    if unknown:
        raise CatalogError(f"quantum data estimates.toml: unknown table(s) {', '.join(unknown)}")
    assumption_sets = set(profiles) | set(architectures)
    estimates = tuple(_estimate(row, sources, assumption_sets) for row in doc.get("estimate", []))
    formulas = tuple(_formula(row, sources) for row in doc.get("formula", []))
    oracles = tuple(_oracle(row, sources) for row in doc.get("oracle", []))
    _unique("estimate", [e.id for e in estimates])
    _unique("formula", [f.id for f in formulas])
    _unique("oracle", [o.cipher for o in oracles])
    return QuantumData(
        sources=sources,
        profiles=profiles,
        architectures=architectures,
        layouts=layouts,
        estimates=estimates,
        formulas={f.id: f for f in formulas},
        oracles={o.cipher: o for o in oracles},
    )


def read_quantum_files() -> dict[str, dict[str, Any]]:
    """The shipped quantum data files, parsed (keyed by file name)."""
    return {name: read_quantum_data(name) for name in FILES}


@cache
def default_quantum() -> QuantumData:
    """The quantum data shipped with qready (loaded once per process)."""
    return load_quantum(read_quantum_files())


__all__ = [
    "Architecture",
    "Component",
    "Duration",
    "Estimate",
    "Formula",
    "Layout",
    "Oracle",
    "Profile",
    "QuantumData",
    "Term",
    "citation",
    "default_quantum",
    "load_quantum",
    "read_quantum_files",
]
