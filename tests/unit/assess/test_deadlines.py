"""Policy deadlines per algorithm and use: the exact milestones of every shipped policy."""

from __future__ import annotations

from datetime import date

import pytest

from qready.assess.deadlines import Deadline, Use, deadlines, earliest_hard, in_suite
from qready.knowledge import resolve
from qready.knowledge.policies import Policy, Purpose, Requirement, default_policy_book
from qready.model import Algorithm

Milestones = list[tuple[str, str]]

RSA_2048 = resolve("RSA", size=2048)
RSA_3072 = resolve("RSA", size=3072)
ECDSA_P256 = resolve("ECDSA", curve="P-256")
ML_KEM_768 = resolve("ML-KEM-768")
AES_128 = resolve("AES-128-GCM")

SIGNATURE_ON_WEB = Use(Purpose.SIGNATURE, "web")
KEY_EXCHANGE_ON_WEB = Use(Purpose.KEY_ESTABLISHMENT, "web")

NOT_HIGH_RISK_EU = (
    "not marked high-risk, not applied: migrate from 2031-01-01 (high-risk use cases (critical "
    "infrastructure, PKI, software and firmware updates) migrated by 31 December 2030)"
)
NOT_HIGH_RISK_UK = (
    "not marked high-risk, not applied: migrate from 2032-01-01 (by 2031: complete the earliest, "
    "highest-priority migration activities)"
)
CNSA_WEB = [("prefer", "2026-01-01"), ("prefer", "2027-01-01"), ("exclusive", "2034-01-01")]
QUANTUM_VULNERABLE_TARGETS = {
    "eu-pqc-roadmap": [("start", "2027-01-01"), ("migrate", "2036-01-01")],
    "uk-ncsc": [("start", "2029-01-01"), ("migrate", "2036-01-01")],
    "anssi": [("start", "2027-01-01"), ("prefer", "2028-01-01"), ("exclusive", "2031-01-01")],
}


def _policies() -> tuple[Policy, ...]:
    return default_policy_book().policies


def _table(algorithm: Algorithm, use: Use) -> dict[str, Milestones]:
    return {
        d.policy: [(r.requirement.value, r.effective.isoformat()) for r in d.milestones]
        for d in deadlines(algorithm, use, _policies())
    }


EXPECTED: list[tuple[str, Algorithm, Use, dict[str, Milestones]]] = [
    (
        "RSA-2048 signature",
        RSA_2048,
        SIGNATURE_ON_WEB,
        {
            "nist-ir-8547": [("deprecated", "2031-01-01"), ("disallowed", "2036-01-01")],
            "cnsa-2.0": [*CNSA_WEB, ("disallowed", "2036-01-01")],
            **QUANTUM_VULNERABLE_TARGETS,
            "bsi-tr-02102-1": [("disallowed", "2023-01-01"), ("disallowed", "2036-01-01")],
        },
    ),
    (
        "P-256 signature",
        ECDSA_P256,
        SIGNATURE_ON_WEB,
        {
            "nist-ir-8547": [("disallowed", "2036-01-01")],
            "cnsa-2.0": [*CNSA_WEB, ("disallowed", "2036-01-01")],
            **QUANTUM_VULNERABLE_TARGETS,
            "bsi-tr-02102-1": [("disallowed", "2036-01-01")],
        },
    ),
    (
        "RSA-3072 key establishment",
        RSA_3072,
        KEY_EXCHANGE_ON_WEB,
        {
            "nist-ir-8547": [("disallowed", "2036-01-01")],
            "cnsa-2.0": [*CNSA_WEB, ("disallowed", "2036-01-01")],
            **QUANTUM_VULNERABLE_TARGETS,
            "bsi-tr-02102-1": [("disallowed", "2032-01-01")],
        },
    ),
    (
        "ML-KEM-768 key establishment",
        ML_KEM_768,
        KEY_EXCHANGE_ON_WEB,
        {
            "cnsa-2.0": CNSA_WEB,
            "bsi-tr-02102-1": [("hybrid", "2026-01-23")],
            "anssi": [("hybrid", "2022-01-01")],
        },
    ),
    (
        "AES-128 encryption",
        AES_128,
        Use(Purpose.ENCRYPTION, "web"),
        {"cnsa-2.0": [("exclusive", "2022-09-07")]},
    ),
]


@pytest.mark.parametrize(("label", "algorithm", "use", "expected"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_milestones_of_every_policy(
    label: str, algorithm: Algorithm, use: Use, expected: dict[str, Milestones]
) -> None:
    assert _table(algorithm, use) == expected, label


def test_rsa_2048_under_nist_is_deprecated_2031_then_disallowed_2036_with_its_source() -> None:
    (found,) = deadlines(RSA_2048, Use(Purpose.SIGNATURE), [default_policy_book().policies[0]])
    assert (found.policy, found.policy_name) == ("nist-ir-8547", "NIST IR 8547")
    assert (found.requirement, found.effective) == (Requirement.DEPRECATED, date(2031, 1, 1))
    assert found.rule.wording == "112-bit security strength: deprecated after 2030"
    assert (found.source.id, found.source.year, found.rule.locator) == (
        "nist-ir-8547-ipd",
        2024,
        "Section 4, Tables 2-4",
    )
    assert [(r.requirement, r.effective) for r in found.later] == [(Requirement.DISALLOWED, date(2036, 1, 1))]
    assert (
        str(found)
        == "NIST IR 8547: deprecated from 2031-01-01 (112-bit security strength: deprecated after 2030)"
    )


def test_the_earliest_milestone_per_policy_in_selection_order() -> None:
    book = default_policy_book()
    chosen = [book.policy("bsi"), book.policy("nist"), book.policy("eu")]
    found = deadlines(RSA_2048, SIGNATURE_ON_WEB, [p for p in chosen if p is not None])
    assert [(d.policy, d.requirement.value, d.effective.isoformat()) for d in found] == [
        ("bsi-tr-02102-1", "disallowed", "2023-01-01"),
        ("nist-ir-8547", "deprecated", "2031-01-01"),
        ("eu-pqc-roadmap", "start", "2027-01-01"),
    ]


def test_notes_say_which_milestones_were_not_applied_and_why() -> None:
    notes = {d.policy: d.notes for d in deadlines(RSA_2048, SIGNATURE_ON_WEB, _policies())}
    assert notes["eu-pqc-roadmap"] == (NOT_HIGH_RISK_EU,)
    assert notes["uk-ncsc"] == (NOT_HIGH_RISK_UK,)
    assert notes["nist-ir-8547"] == notes["cnsa-2.0"] == notes["bsi-tr-02102-1"] == ()
    without_category = {d.policy: d.notes for d in deadlines(RSA_3072, Use(Purpose.SIGNATURE), _policies())}
    assert without_category["cnsa-2.0"] == (
        "no product category known: the milestones for software-signing, web, networking, operating-system, "
        "niche, pki, custom-legacy not applied",
    )


def test_unknown_strength_skips_size_bound_rules_and_says_so() -> None:
    rsa = resolve("RSA")
    assert rsa.classical_bits is None
    found = {d.policy: d for d in deadlines(rsa, Use(Purpose.SIGNATURE), _policies())}
    nist = found["nist-ir-8547"]
    assert [(r.requirement.value, r.effective.isoformat()) for r in nist.milestones] == [
        ("disallowed", "2036-01-01")
    ]
    assert nist.notes == (
        "strength unknown, not applied: disallowed from 2014-01-01 (security strengths below 112 bits: "
        "disallowed (signature verification only as legacy use))",
        "strength unknown, not applied: deprecated from 2031-01-01 (112-bit security strength: deprecated "
        "after 2030)",
    )
    assert found["bsi-tr-02102-1"].effective == date(2036, 1, 1)


def test_high_risk_and_software_signing_bring_the_2030_milestones() -> None:
    signing = {
        d.policy: d for d in deadlines(ECDSA_P256, Use(Purpose.SIGNATURE, "software-signing"), _policies())
    }
    assert [(r.requirement.value, r.effective.isoformat()) for r in signing["eu-pqc-roadmap"].milestones] == [
        ("start", "2027-01-01"),
        ("migrate", "2031-01-01"),
        ("migrate", "2036-01-01"),
    ]
    assert [(r.requirement.value, r.effective.isoformat()) for r in signing["cnsa-2.0"].milestones] == [
        ("prefer", "2026-01-01"),
        ("prefer", "2027-01-01"),
        ("exclusive", "2031-01-01"),
        ("disallowed", "2036-01-01"),
    ]
    marked = {
        d.policy: d for d in deadlines(RSA_3072, Use(Purpose.KEY_ESTABLISHMENT, high_risk=True), _policies())
    }
    assert [(r.requirement.value, r.effective.isoformat()) for r in marked["bsi-tr-02102-1"].milestones] == [
        ("disallowed", "2031-01-01"),
        ("disallowed", "2032-01-01"),
    ]
    assert [r.effective.isoformat() for r in marked["uk-ncsc"].milestones] == [
        "2029-01-01",
        "2032-01-01",
        "2036-01-01",
    ]


def test_an_unknown_purpose_meets_every_use_bound_rule() -> None:
    bsi = default_policy_book().policy("bsi")
    assert bsi is not None
    (found,) = deadlines(RSA_3072, Use(), [bsi])
    assert [(r.id, r.effective.isoformat()) for r in found.milestones] == [
        ("bsi-tr-02102-1/key-agreement-2031", "2032-01-01"),
        ("bsi-tr-02102-1/signatures-2035", "2036-01-01"),
    ]
    (signature,) = deadlines(RSA_3072, Use(Purpose.SIGNATURE), [bsi])
    assert [r.id for r in signature.milestones] == ["bsi-tr-02102-1/signatures-2035"]


def test_a_policy_without_milestones_for_the_algorithm_is_left_out() -> None:
    nist = default_policy_book().policy("nist")
    assert nist is not None
    assert deadlines(ML_KEM_768, KEY_EXCHANGE_ON_WEB, [nist]) == ()
    assert deadlines(resolve("AES-256-GCM"), Use(Purpose.ENCRYPTION, "web"), _policies()) == ()
    hybrid = {
        d.policy: d.requirement.value
        for d in deadlines(resolve("X25519MLKEM768"), KEY_EXCHANGE_ON_WEB, _policies())
    }
    assert hybrid == {"cnsa-2.0": "prefer"}  # already a hybrid: no BSI/ANSSI hybrid milestone


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ML-KEM-1024", True),
        ("ML-KEM-768", False),
        ("ML-DSA-87", True),
        ("ML-DSA-65", False),
        ("LMS", True),
        ("AES-256-GCM", True),
        ("AES-128-GCM", False),
        ("SHA-384", True),
        ("SHA-256", False),
        ("SecP384r1MLKEM1024", False),
    ],
)
def test_cnsa_suite_membership(name: str, expected: bool) -> None:
    cnsa = default_policy_book().policy("cnsa")
    assert cnsa is not None
    assert in_suite(resolve(name), cnsa.suite) is expected


def test_earliest_hard_milestone_across_policies() -> None:
    found: tuple[Deadline, ...] = deadlines(ECDSA_P256, Use(Purpose.SIGNATURE, "networking"), _policies())
    hard = earliest_hard(found)
    assert hard is not None
    assert (hard[0].policy, hard[1].id, hard[1].effective) == ("anssi", "anssi/pqc-2030", date(2031, 1, 1))
    nist = default_policy_book().policy("nist")
    assert nist is not None
    only_nist = earliest_hard(deadlines(ECDSA_P256, Use(Purpose.SIGNATURE), [nist]))
    assert only_nist is not None
    assert (only_nist[0].policy, only_nist[1].id) == ("nist-ir-8547", "nist-ir-8547/disallowed-2035")
    assert earliest_hard(deadlines(ML_KEM_768, KEY_EXCHANGE_ON_WEB, [nist])) is None
