"""The shipped quantum attack-cost data: published figures round-trip exactly, every number has a source,
secondary facts are tagged so, and the loader rejects bad rows naming the file and the key."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from qready.errors import CatalogError
from qready.knowledge.catalog import _read_data, default_catalog
from qready.knowledge.quantum import (
    EVIDENCE_TAG,
    PROFILE_NUMBERS,
    Estimate,
    Formula,
    default_quantum,
    load_quantum,
    read_quantum_files,
)

DATA = default_quantum()
ESTIMATES = {estimate.id: estimate for estimate in DATA.estimates}


def test_the_catalog_loader_does_not_read_the_quantum_folder() -> None:
    catalog_keys = {key for doc in _read_data() for key in doc}
    assert catalog_keys.isdisjoint({"estimate", "formula", "oracle", "profiles", "layouts"})
    assert {"sources", "algorithm", "curve", "catalog"} <= catalog_keys
    assert "ge2019" not in default_catalog().sources


def test_every_number_names_a_known_source() -> None:
    for estimate in DATA.estimates:
        assert estimate.source in DATA.sources, estimate.id
    for profile in DATA.profiles.values():
        assert [key for key, _ in profile.sources] == [*PROFILE_NUMBERS, "patch"]
        assert all(source in DATA.sources for _, source in profile.sources), profile.name
    for layout in DATA.layouts.values():
        assert all(source in DATA.sources for _, source in layout.sources), layout.name
    for oracle in DATA.oracles.values():
        assert oracle.source == "jnrv2020"


def test_secondary_and_general_knowledge_facts_are_tagged_secondary() -> None:
    for estimate in DATA.estimates:
        assert EVIDENCE_TAG[estimate.evidence] == estimate.tag, estimate.id
    for key in (
        "babbush2026-physical-ecc-256",
        "gidney2025-layout",
        "rnsl2017-table-ecc-256",
        "cfs2026-ecc-256",
    ):
        assert (ESTIMATES[key].tag, ESTIMATES[key].evidence) == ("secondary", "S")
    assert (ESTIMATES["nist-cfp-aes-128-md40"].tag, ESTIMATES["nist-cfp-aes-128-md40"].evidence) == (
        "secondary",
        "M",
    )
    assert DATA.formulas["hjnrs2020-low-width"].tag == "secondary"
    withheld = {e.id for e in DATA.estimates if "circuits-withheld" in e.caveats}
    assert withheld == {
        "babbush2026-low-qubit-ecc-256",
        "babbush2026-low-gate-ecc-256",
        "babbush2026-physical-ecc-256",
    }


def test_gidney_ekera_table_3_round_trips() -> None:
    row = ESTIMATES["ge2019-t3-rsa-2048"]
    assert (row.physical_qubits, row.code_distance, row.factory_distance, row.retry_risk) == (
        20_000_000,
        27,
        15,
        0.31,
    )
    assert (row.runtime.text, row.expected_time.text) == ("5.1 h", "0.31 day")  # type: ignore[union-attr]
    assert row.expected_time.hours == pytest.approx(7.44)  # type: ignore[union-attr]
    assert (row.volume_mqd, row.expected_volume_mqd, row.profile, row.as_of) == (
        4.1,
        5.9,
        "sc_2019",
        "2019-05",
    )
    sizes = {e.target: e.physical_qubits for e in DATA.estimates if e.id.startswith("ge2019-t3-")}
    assert sizes == {
        "rsa-1024": 9_700_000,
        "rsa-2048": 20_000_000,
        "rsa-3072": 38_000_000,
        "rsa-4096": 55_000_000,
        "rsa-8192": 140_000_000,
        "rsa-12288": 200_000_000,
        "rsa-16384": 270_000_000,
    }


def test_gidney_2025_tables_and_layout_sum() -> None:
    v1, v2 = ESTIMATES["gidney2025-v1-rsa-2048"], ESTIMATES["gidney2025-v2-rsa-2048"]
    assert (v1.logical_qubits, v1.exponent_qubits, v1.gates, v1.expected_runs, v1.version) == (
        1399,
        1280,
        6.5e9,
        9.2,
        "v1",
    )
    assert (v2.logical_qubits, v2.exponent_qubits, v2.version) == (1398, 1279, "v2")
    layout = ESTIMATES["gidney2025-layout"]
    parts = [(part.count, part.qubits_each) for part in layout.components]
    assert parts == [(1280, 430), (131, 1352), (126, 1352)]
    assert sum(part.qubits for part in layout.components) == layout.physical_qubits == 897_864
    headline = ESTIMATES["gidney2025-abstract"]
    assert (headline.physical_qubits, headline.expected_time.text, headline.upper_bounds) == (  # type: ignore[union-attr]
        1_000_000,
        "1 week",
        {"physical_qubits", "expected_time"},
    )


def test_ecc_anchors_round_trip() -> None:
    litinski = ESTIMATES["litinski2023-ecc-256"]
    assert litinski.physical_qubits == 6000 * 1152 == 6_912_000
    assert (litinski.expected_time.text, litinski.gates, litinski.caveats) == (  # type: ignore[union-attr]
        "10 min",
        5e7,
        ("amortised", "non-local"),
    )
    assert ESTIMATES["litinski2023-2d-ecc-256"].expected_time.text == "38 h"  # type: ignore[union-attr]
    low_qubit, low_gate = (
        ESTIMATES["babbush2026-low-qubit-ecc-256"],
        ESTIMATES["babbush2026-low-gate-ecc-256"],
    )
    assert (low_qubit.logical_qubits, low_qubit.gates, low_gate.logical_qubits, low_gate.gates) == (
        1200,
        9e7,
        1450,
        7e7,
    )
    assert low_qubit.upper_bounds == {"logical_qubits", "gates"}
    assert ESTIMATES["babbush2026-physical-ecc-256"].physical_qubits == 500_000
    webber = (ESTIMATES["webber2022-day-ecc-256"], ESTIMATES["webber2022-hour-ecc-256"])
    assert [(w.physical_qubits, w.expected_time.text) for w in webber] == [  # type: ignore[union-attr]
        (13_000_000, "1 day"),
        (317_000_000, "1 h"),
    ]


def test_published_formulas() -> None:
    ge = DATA.formulas["ge2019-abstract"]
    assert Formula.evaluate(ge.logical_qubits, 2048) == pytest.approx(6189.06, abs=0.5)
    assert Formula.evaluate(ge.gates, 2048) == pytest.approx(2.624e9, rel=0.005)
    assert Formula.evaluate(ge.depth, 2048) == pytest.approx(2.143e9, rel=0.005)
    rnsl = DATA.formulas["rnsl2017"]
    assert [Formula.evaluate(rnsl.logical_qubits, n) for n in (192, 224, 256, 384, 521)] == [
        1754,
        2042,
        2330,
        3484,
        4719,
    ]
    assert Formula.evaluate(rnsl.gates, 256) == pytest.approx(1.288e11, rel=0.03)
    low_width = DATA.formulas["hjnrs2020-low-width"]
    assert Formula.evaluate(low_width.logical_qubits, 521) == pytest.approx(4258.5, abs=5)
    assert Formula.evaluate(low_width.logical_qubits, 256) == pytest.approx(2126.5, abs=5)
    assert Formula.evaluate(DATA.formulas["beauregard2002"].logical_qubits, 2048) == 2 * 2048 + 3


def test_profiles() -> None:
    baseline = DATA.profiles["sc_2019"]
    assert (baseline.physical_error, baseline.cycle_time_us, baseline.reaction_time_us) == (1e-3, 1.0, 10.0)
    assert (baseline.prefactor, baseline.threshold, baseline.patch) == (0.1, 0.01, "2(d+1)^2")
    assert DATA.profiles["sc_optimistic"].physical_error == 1e-4
    assert set(DATA.profiles) == {
        "sc_2019",
        "sc_optimistic",
        "ms_qubit_gate_ns_e3",
        "ms_qubit_gate_ns_e4",
        "ms_qubit_maj_ns_e4",
        "ms_qubit_maj_ns_e6",
    }
    assert DATA.profiles["ms_qubit_gate_ns_e3"].source_of("reaction_time_us") == "qready-assumption"


def _docs() -> dict[str, dict[str, Any]]:
    return copy.deepcopy(read_quantum_files())


def _first(docs: dict[str, dict[str, Any]], ident: str) -> dict[str, Any]:
    return next(row for row in docs["estimates.toml"]["estimate"] if row["id"] == ident)


def _break_estimate(field: str, value: Any) -> dict[str, dict[str, Any]]:
    docs = _docs()
    _first(docs, "ge2019-t3-rsa-2048")[field] = value
    return docs


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("qubits", 1, "unknown field\\(s\\) qubits"),
        ("source", "nope", "'source' 'nope' is not a known source"),
        ("tag", "secondary", "evidence 'P' is primary, but the row is tagged 'secondary'"),
        ("runtime", "5.1 hours", "'runtime' must be '<number> <unit>'"),
        ("target", "rsa2048", "'target' must look like rsa-2048"),
        ("profile", "sc_1999", "'profile' must be one of"),
        ("gate_unit", "toffoli", "'gate_unit' goes with 'gates' or 'log2_gates'"),
        ("upper_bounds", ["gates"], "'upper_bounds' names absent field\\(s\\) gates"),
        ("physical_qubits", -5, "'physical_qubits' must be a whole number >= 1"),
        ("retry_risk", 1.5, "'retry_risk' must be in \\[0, 1\\)"),
        ("caveats", ["rumour"], "'caveats' has unknown value\\(s\\) rumour"),
    ],
)
def test_loader_rejects_bad_estimates_naming_file_and_key(field: str, value: Any, message: str) -> None:
    with pytest.raises(
        CatalogError, match="quantum data estimates.toml: estimate 'ge2019-t3-rsa-2048': " + message
    ):
        load_quantum(_break_estimate(field, value))


def test_loader_rejects_components_that_do_not_sum() -> None:
    docs = _docs()
    _first(docs, "gidney2025-layout")["physical_qubits"] = 900_000
    with pytest.raises(
        CatalogError, match="estimate 'gidney2025-layout': components sum to 897864 physical qubits"
    ):
        load_quantum(docs)


def test_loader_rejects_duplicate_ids_and_unsourced_profiles() -> None:
    docs = _docs()
    docs["estimates.toml"]["estimate"].append(copy.deepcopy(_first(docs, "ge2019-t3-rsa-2048")))
    with pytest.raises(
        CatalogError, match=re.escape("estimates.toml: estimate 'ge2019-t3-rsa-2048' is defined twice")
    ):
        load_quantum(docs)
    docs = _docs()
    del docs["hardware.toml"]["profiles"]["sc_2019"]["sources"]["threshold"]
    with pytest.raises(
        CatalogError,
        match=re.escape("hardware.toml: profile 'sc_2019': 'sources.threshold' must name a known source"),
    ):
        load_quantum(docs)
    docs = _docs()
    docs["hardware.toml"]["profiles"]["sc_2019"]["patch"] = "d^2"
    with pytest.raises(CatalogError, match="profile 'sc_2019': 'patch' must be one of"):
        load_quantum(docs)
    docs = _docs()
    docs["hardware.toml"]["profiles"]["sc_2019"]["physical_error"] = 1.5
    with pytest.raises(CatalogError, match="profile 'sc_2019': 'physical_error' must be below 1"):
        load_quantum(docs)


def test_loader_rejects_a_source_that_repeats_a_catalog_id() -> None:
    docs = _docs()
    docs["sources.toml"]["sources"]["sp800-57-t2"] = docs["sources.toml"]["sources"]["ge2019"]
    with pytest.raises(
        CatalogError, match=re.escape("sources.toml: source 'sp800-57-t2' repeats a catalog source id")
    ):
        load_quantum(docs)


def test_loader_rejects_bad_formula_terms() -> None:
    docs = _docs()
    docs["estimates.toml"]["formula"][0]["gates"][0]["log"] = 1.5
    with pytest.raises(
        CatalogError, match="formula 'ge2019-abstract' 'gates' term: 'log' must be a whole number"
    ):
        load_quantum(docs)


def test_estimates_are_frozen() -> None:
    row: Estimate = ESTIMATES["ge2019-t3-rsa-2048"]
    with pytest.raises(AttributeError):
        row.physical_qubits = 1  # type: ignore[misc]
