"""The attack-cost frontier: every published estimate for a target, the model's figures, the marked cheapest,
and the mapping from catalog algorithms to targets."""

from __future__ import annotations

import pytest

from qready.assess.attack_cost import custom_profile, frontier, target_for
from qready.knowledge import resolve
from qready.knowledge.quantum import citation, default_quantum

DATA = default_quantum()

RSA_2048_PUBLISHED = [
    "beauregard2002",
    "ge2019-abstract",
    "ge2019-t1-rsa-2048",
    "ge2019-t3-rsa-2048",
    "cfs2024-rsa-2048",
    "gidney2025-abstract",
    "gidney2025-layout",
    "gidney2025-v1-rsa-2048",
    "gidney2025-v2-rsa-2048",
    "pinnacle2026-news-rsa-2048",
    "pinnacle2026-rsa-2048",
    "cain2026-news-rsa-2048",
    "cain2026-rsa-2048",
    "qctrl2026-adder-rsa-2048",
    "qctrl2026-couplers-rsa-2048",
    "qctrl2026-rsa-2048",
]


def test_rsa_2048_frontier_lists_every_estimate_and_marks_the_cheapest_primary_one() -> None:
    result = frontier("rsa-2048")
    assert result.target == "rsa-2048" and result.profile.name == "sc_2019"
    assert [row.id for row in result.published] == RSA_2048_PUBLISHED
    assert [row.id for row in result.modelled] == ["ge2019-rsa", "gidney2025-rsa"]
    assert result.cheapest is not None and result.cheapest.id == "pinnacle2026-rsa-2048"
    assert (result.cheapest.physical_qubits, result.cheapest.upper_bounds) == (100000, {"physical_qubits"})
    assert result.cheapest.notes == ("qldpc", "preprint")
    assert result.model_figure is not None and result.model_figure.id == "gidney2025-rsa"
    assert result.model_figure.physical_qubits == 897_864


def test_secondary_sources_may_be_marked_cheapest_on_request() -> None:
    assert frontier("rsa-2048", include_secondary=True).cheapest.id == "pinnacle2026-news-rsa-2048"  # type: ignore[union-attr]
    ecc = frontier("ecc-256", include_secondary=True)
    assert ecc.cheapest is not None and ecc.cheapest.id == "babbush2026-physical-ecc-256"
    assert ecc.model_figure is not None and ecc.model_figure.id == "babbush2026-low-qubit"


def test_ecc_256_frontier() -> None:
    result = frontier("ecc-256")
    assert result.cheapest is not None and result.cheapest.id == "webber2022-day-ecc-256"
    assert result.cheapest.expected_text == "1 day" and result.cheapest.expected_hours == 24
    assert result.model_figure is not None and result.model_figure.id == "rnsl2017"
    litinski = next(row for row in result.rows if row.id == "litinski2023-ecc-256")
    assert litinski.profile == "photonic_2023" and "amortised" in litinski.notes
    assert "6000 x 1152 (active-volume modules) = 6912000" in litinski.notes
    assert [row.id for row in result.modelled] == [
        "rnsl2017",
        "hjnrs2020-low-width",
        "hjnrs2020-low-t",
        "hjnrs2020-low-depth",
        "babbush2026-low-qubit",
        "babbush2026-low-gate",
    ]
    rnsl = next(row for row in result.rows if row.id == "rnsl2017" and row.kind == "formula")
    assert (rnsl.logical_qubits, rnsl.upper_bounds) == (2330, {"logical_qubits", "gates"})


def test_no_published_estimate_under_other_physical_assumptions() -> None:
    result = frontier("rsa-2048", "sc_optimistic")
    assert result.cheapest is None
    assert result.model_figure is not None and result.model_figure.code_distance == 13
    same_as_baseline = custom_profile(DATA.profiles["sc_optimistic"], error_rate=1e-3)
    assert frontier("rsa-2048", same_as_baseline).cheapest.id == "pinnacle2026-rsa-2048"  # type: ignore[union-attr]


def test_custom_profile_names_the_command_line_as_source() -> None:
    profile = custom_profile(DATA.profiles["sc_2019"], error_rate=1e-4, cycle_time_us=0.5)
    assert (profile.name, profile.physical_error, profile.cycle_time_us, profile.reaction_time_us) == (
        "custom",
        1e-4,
        0.5,
        10.0,
    )
    assert profile.source_of("physical_error") == "command-line"
    assert profile.source_of("cycle_time_us") == "command-line"
    assert profile.source_of("reaction_time_us") == "ge2019"
    assert profile.label == "Custom: p = 0.0001, cycle 0.5 us, reaction 10 us, code constants of sc_2019"
    assert custom_profile(DATA.profiles["sc_2019"]) is DATA.profiles["sc_2019"]


def test_aes_frontier_is_the_grover_cost() -> None:
    result = frontier("aes-128")
    assert [row.id for row in result.published] == [
        "nist-cfp-aes-128-md40",
        "nist-cfp-aes-128-md64",
        "nist-cfp-aes-128-md96",
    ]
    assert result.cheapest is not None and result.cheapest.log2_gates == 130
    assert result.model_figure is not None and result.model_figure.id == "grover-aes-128-md40"
    assert abs((result.model_figure.log2_gates or 0) - 117.1) <= 0.5
    assert result.notes == ("Grover key search under NIST's depth limit (MAXDEPTH): log2 of the gate count",)


def test_dlog_frontier_states_its_exponent_assumption() -> None:
    result = frontier("dlog-2048")
    assert result.notes[0].startswith("short exponent or Schnorr subgroup assumed")
    assert result.cheapest is not None and result.cheapest.id == "ge2019-t4-shor-schnorr-2048"
    assert [row.id for row in frontier("dlog-full-2048").published] == [
        "ge2019-t4-ekera-full-2048",
        "ge2019-t4-shor-full-2048",
    ]


def test_model_rows_carry_their_sources_and_flags() -> None:
    rows = {row.id: row for row in frontier("rsa-2048", "ms_qubit_gate_ns_e3").modelled}
    assert rows["ge2019-rsa"].sources == ("ge2019", "ge2019-code", "qready-calibration")
    assert rows["ge2019-rsa"].notes == (
        "outside calibrated range: cycle and reaction times differ from the 1 us / 10 us baseline",
    )
    assert rows["gidney2025-rsa"].evidence == "model" and rows["gidney2025-rsa"].feasible
    assert [row.calibrated for row in rows.values()] == [False, False]
    assert [row.calibrated for row in frontier("rsa-2048", "sc_2019").modelled] == [True, True]


def test_unknown_target_and_profile() -> None:
    with pytest.raises(ValueError, match="unknown target 'rsa-1'"):
        frontier("rsa-1")
    with pytest.raises(KeyError):
        frontier("rsa-2048", "no-such-profile")


def test_citation_is_short() -> None:
    assert citation(DATA.sources["ge2019"]) == "Gidney, Ekerå 2019"
    assert citation(DATA.sources["rnsl2017"]) == "Roetteler et al. 2017"
    assert citation(DATA.sources["nist-pqc-cfp-gates"]) == "NIST Submission Requirements and... 2016"


@pytest.mark.parametrize(
    ("spelling", "size", "curve", "target"),
    [
        ("RSA", 2048, None, "rsa-2048"),
        ("RSA-PSS", 4096, None, "rsa-4096"),
        ("ECDSA", None, "P-256", "ecc-256"),
        ("ECDH", None, "P-384", "ecc-384"),
        ("ECDSA", None, "secp256k1", "ecc-256"),
        ("ECDH", None, "brainpoolP512r1", "ecc-512"),
        ("X25519", None, None, "ecc-256"),
        ("Ed25519", None, None, "ecc-256"),
        ("Ed448", None, None, "ecc-448"),
        ("X448", None, None, "ecc-448"),
        # a pairing's curve: Shor's ECDLP circuit works in its base field (BLS12-381's p: 381 bits)
        ("BLS12-381", None, None, "ecc-381"),
        ("BLS", None, "alt_bn128", "ecc-254"),
        ("FFDH-ffdhe3072", None, None, "dlog-3072"),
        ("DSA", 2048, None, "dlog-2048"),
        ("AES-128-GCM", None, None, "aes-128"),
        ("AES-256", None, None, "aes-256"),
    ],
)
def test_target_for_algorithms(spelling: str, size: int | None, curve: str | None, target: str) -> None:
    assert target_for(resolve(spelling, size=size, curve=curve)) == target


@pytest.mark.parametrize(
    "spelling", ["AES", "RSA", "ML-KEM-768", "X25519MLKEM768", "SHA-256", "ChaCha20-Poly1305"]
)
def test_algorithms_without_a_target(spelling: str) -> None:
    assert target_for(resolve(spelling)) is None
