"""The shipped policy, survey and shelf-life data: exact milestones, sourced and tagged; a strict loader."""

from __future__ import annotations

import copy
import re
import tomllib
from datetime import date
from importlib import resources
from typing import Any

import pytest

from qready.errors import CatalogError
from qready.knowledge import default_catalog
from qready.knowledge.catalog import _read_data
from qready.knowledge.mosca import default_shelf_life, default_surveys, load_shelf_life, load_surveys
from qready.knowledge.policies import (
    Purpose,
    Requirement,
    default_policy_book,
    default_policy_sources,
    load_policy_book,
)
from qready.knowledge.quantum_rows import read_quantum_data


def _milestones(policy_id: str) -> dict[str, tuple[str, date, bool]]:
    policy = default_policy_book().policy(policy_id)
    assert policy is not None
    return {
        rule.id.split("/", 1)[1]: (rule.requirement.value, rule.effective, rule.hard) for rule in policy.rules
    }


def test_the_book_holds_the_six_policies_with_nist_as_default() -> None:
    book = default_policy_book()
    assert [p.id for p in book.policies] == [
        "nist-ir-8547", "cnsa-2.0", "eu-pqc-roadmap", "uk-ncsc", "bsi-tr-02102-1", "anssi"
    ]  # fmt: skip
    assert book.default == ("nist-ir-8547",)
    assert book.category_ids == (
        "software-signing", "web", "networking", "operating-system", "niche", "pki", "custom-legacy"
    )  # fmt: skip
    assert book.policy("CNSA").id == "cnsa-2.0"  # type: ignore[union-attr]
    assert book.policy("uk").id == "uk-ncsc"  # type: ignore[union-attr]
    assert book.policy("nsa") is None


def test_nist_ir_8547_milestones() -> None:
    assert _milestones("nist-ir-8547") == {
        "below-112-disallowed": ("disallowed", date(2014, 1, 1), False),
        "112-deprecated": ("deprecated", date(2031, 1, 1), False),
        "disallowed-2035": ("disallowed", date(2036, 1, 1), True),
    }
    rule = default_policy_book().policies[0].rules[1]
    assert (rule.scope.min_classical_bits, rule.scope.max_classical_bits) == (112, 127)
    assert rule.wording == "112-bit security strength: deprecated after 2030"
    assert (rule.source.id, rule.locator, rule.verification) == (
        "nist-ir-8547-ipd",
        "Section 4, Tables 2-4",
        "S",
    )


def test_cnsa_2_0_prefer_and_exclusive_years_by_category() -> None:
    policy = default_policy_book().policy("cnsa-2.0")
    assert policy is not None
    table: dict[str, dict[str, int]] = {}
    for rule in policy.rules:
        for category in rule.scope.categories:
            table.setdefault(category, {})[rule.requirement.value] = rule.effective.year - 1
    assert table == {
        "software-signing": {"prefer": 2025, "exclusive": 2030},
        "web": {"prefer": 2025, "exclusive": 2033},
        "networking": {"prefer": 2026, "exclusive": 2030},
        "operating-system": {"prefer": 2027, "exclusive": 2033},
        "niche": {"prefer": 2030, "exclusive": 2033},
        "pki": {"prefer": 2030, "exclusive": 2033},
        "custom-legacy": {"exclusive": 2033},
    }
    general = {
        rule.id: (rule.requirement.value, rule.effective, rule.hard)
        for rule in policy.rules
        if not rule.scope.categories
    }
    assert general == {
        "cnsa-2.0/symmetric-suite": ("exclusive", date(2022, 9, 7), True),
        "cnsa-2.0/new-acquisitions": ("prefer", date(2027, 1, 1), False),
        "cnsa-2.0/all-nss-2035": ("disallowed", date(2036, 1, 1), True),
    }
    assert [(m.family, m.min_nist_level, m.min_classical_bits) for m in policy.suite] == [
        ("ML-KEM", 5, None), ("ML-DSA", 5, None), ("LMS", None, None), ("XMSS", None, None),
        ("AES", None, 256), ("SHA-2", None, 192),
    ]  # fmt: skip


def test_eu_uk_bsi_anssi_milestones() -> None:
    assert _milestones("eu-pqc-roadmap") == {
        "first-steps": ("start", date(2027, 1, 1), False),
        "high-risk-2030": ("migrate", date(2031, 1, 1), True),
        "feasible-2035": ("migrate", date(2036, 1, 1), False),
    }
    assert _milestones("uk-ncsc") == {
        "discovery-2028": ("start", date(2029, 1, 1), False),
        "priority-2031": ("migrate", date(2032, 1, 1), False),
        "complete-2035": ("migrate", date(2036, 1, 1), False),
    }
    assert _milestones("bsi-tr-02102-1") == {
        "modulus-3000": ("disallowed", date(2023, 1, 1), False),
        "key-agreement-very-high": ("disallowed", date(2031, 1, 1), True),
        "key-agreement-2031": ("disallowed", date(2032, 1, 1), True),
        "signatures-2035": ("disallowed", date(2036, 1, 1), True),
        "lattice-hybrid": ("hybrid", date(2026, 1, 23), False),
    }
    assert _milestones("anssi") == {
        "hybrid": ("hybrid", date(2022, 1, 1), False),
        "inventory-2026": ("start", date(2027, 1, 1), False),
        "components-2027": ("prefer", date(2028, 1, 1), False),
        "pqc-2030": ("exclusive", date(2031, 1, 1), True),
    }
    anssi_hybrid = default_policy_book().policies[-1].rules[0]
    assert "strongly recommended" in anssi_hybrid.wording
    assert anssi_hybrid.source.id == "anssi-pqc-position"


def test_every_rule_is_sourced_and_tagged_and_names_catalog_families() -> None:
    families = {entry.family for entry in default_catalog().entries.values()}
    tags: dict[str, str] = {}
    for policy in default_policy_book().policies:
        assert policy.source.url and policy.source.url.startswith("https://"), policy.id
        named = {m.family for m in policy.suite}
        for rule in policy.rules:
            assert rule.locator and rule.wording and rule.source.title, rule.id
            assert rule.verification in ("P", "S", "M"), rule.id
            tags[rule.id] = rule.verification
            named |= set(rule.scope.families) | set(rule.scope.exclude_families)
        assert named <= families, (policy.id, named - families)
    assert {rule for rule, tag in tags.items() if tag == "M"} == {
        "nist-ir-8547/below-112-disallowed",
        "cnsa-2.0/symmetric-suite",
        "cnsa-2.0/all-nss-2035",
        "bsi-tr-02102-1/modulus-3000",
    }
    assert set(tags.values()) == {"S", "M"}  # nothing here was checked against the official text yet


def test_key_agreement_rules_name_their_uses() -> None:
    policy = default_policy_book().policy("bsi")
    assert policy is not None
    uses = {rule.id: rule.scope.uses for rule in policy.rules if rule.scope.uses}
    confidentiality = (Purpose.KEY_ESTABLISHMENT, Purpose.ENCRYPTION)
    assert uses == {
        "bsi-tr-02102-1/key-agreement-very-high": confidentiality,
        "bsi-tr-02102-1/key-agreement-2031": confidentiality,
        "bsi-tr-02102-1/signatures-2035": (Purpose.SIGNATURE,),
    }


def test_survey_editions_as_quantum_md_records_them() -> None:
    surveys = default_surveys()
    assert surveys.default == "gri-2024"
    latest = surveys.edition("gri-2024")
    assert latest is not None and latest.base_year == 2024
    assert [(p.year, p.pessimistic, p.optimistic, p.verification) for p in latest.points] == [
        (2029, 0.10, 0.10, "S"),
        (2034, 0.19, 0.34, "S"),
    ]
    assert latest.source is not None and latest.source.id == "gri-qttr-2024"
    older = surveys.edition("gri-2023")
    assert older is not None and older.base_year == 2023
    assert [(p.year, p.pessimistic, p.optimistic, p.verification) for p in older.points] == [
        (2028, 0.11, 0.11, "P"),
        (2033, 0.31, 0.31, "P"),
    ]
    assert older.question == "a quantum computer breaks RSA-2048 within 24 hours, within N years"


def test_shelf_life_defaults_by_kind_and_data() -> None:
    defaults = default_shelf_life()
    assert defaults.default_kind == "source"
    assert {k.id: (k.shelf_life.value, k.migration.value, k.category) for k in defaults.kinds} == {
        "tls": (5, 2, "web"),
        "ssh": (5, 2, "operating-system"),
        "vpn": (5, 3, "networking"),
        "certificate": (1, 2, "web"),
        "ca-certificate": (20, 4, "pki"),
        "key": (5, 2, None),
        "library": (5, 2, "custom-legacy"),
        "source": (5, 2, "custom-legacy"),
        "code-signing": (10, 3, "software-signing"),
        "firmware": (15, 7, "niche"),
    }
    assert {d.id: d.shelf_life.value for d in defaults.data} == {
        "session": 1, "internal": 5, "business": 7, "personal": 10, "financial": 10, "health": 30,
        "government": 25,
    }  # fmt: skip
    certificate = defaults.kind("certificate")
    assert certificate is not None and certificate.shelf_life.source is not None
    assert certificate.shelf_life.source.id == "cabf-br"
    tls = defaults.kind("tls")
    assert tls is not None and tls.migration.source is not None and tls.migration.source.verification == "D"


def test_the_catalog_loader_does_not_read_the_quantum_folder() -> None:
    folder = resources.files("qready.knowledge").joinpath("data")
    assert folder.joinpath("quantum").joinpath("policies.toml").is_file()
    top_level = sorted(item.name for item in folder.iterdir() if item.name.endswith(".toml"))
    docs = _read_data()
    assert len(docs) == len(top_level)
    assert not any({"policy", "edition", "kind", "book"} & set(doc) for doc in docs)
    assert "RSA" in default_catalog().entries


def _policies_doc() -> dict[str, Any]:
    return copy.deepcopy(read_quantum_data("policies.toml"))


def test_loader_rejects_an_unknown_rule_field() -> None:
    doc = _policies_doc()
    doc["policy"][0]["rule"][0]["efective"] = date(2030, 1, 1)
    with pytest.raises(
        CatalogError,
        match=r"^policies.toml policy 'nist-ir-8547' rule 'nist-ir-8547/below-112-disallowed': "
        r"unknown field\(s\) efective$",
    ):
        load_policy_book(doc, default_policy_sources())


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("requirement", "forbidden", "unknown requirement 'forbidden'"),
        ("effective", "2031-01-01", "'effective' has the wrong type ('2031-01-01')"),
        ("source", "nowhere", "unknown source 'nowhere'"),
        ("verification", "X", "verification 'X' is not one of P, S, M, D"),
        ("uses", ["unknown"], "'uses': a rule names known uses only"),
        ("categories", ["browsers"], "'categories': unknown category 'browsers'"),
        ("threats", ["shor"], "'threats': 'shor' is not a valid Threat"),
        ("min_classical_bits", 200, "min_classical_bits is above max_classical_bits"),
        ("hard", "yes", "'hard' has the wrong type ('yes')"),
        ("id", "other/rule", "a rule id starts with its policy id and a slash"),
    ],
)
def test_loader_rejects_bad_rule_values(field: str, value: object, message: str) -> None:
    doc = _policies_doc()
    doc["policy"][0]["rule"][1][field] = value
    with pytest.raises(CatalogError) as caught:
        load_policy_book(doc, default_policy_sources())
    rule = "other/rule" if field == "id" else "nist-ir-8547/112-deprecated"
    assert str(caught.value) == f"policies.toml policy 'nist-ir-8547' rule {rule!r}: {message}"


def test_loader_rejects_a_duplicate_rule_and_an_unknown_default() -> None:
    doc = _policies_doc()
    doc["policy"][0]["rule"].append(doc["policy"][0]["rule"][0])
    with pytest.raises(
        CatalogError, match=re.escape("rule id 'nist-ir-8547/below-112-disallowed' is defined twice")
    ):
        load_policy_book(doc, default_policy_sources())
    doc = _policies_doc()
    doc["book"]["default"] = ["nist-ir-9999"]
    with pytest.raises(CatalogError, match=r"\[book\]: default policy 'nist-ir-9999' is not defined"):
        load_policy_book(doc, default_policy_sources())


def test_survey_loader_rejects_a_decreasing_edge_and_crossed_edges() -> None:
    doc = copy.deepcopy(read_quantum_data("survey.toml"))
    doc["edition"][0]["point"][1]["pessimistic"] = 0.05
    with pytest.raises(
        CatalogError, match=re.escape("edition 'gri-2024': point 2: a probability decreases with time")
    ):
        load_surveys(doc, default_policy_sources())
    doc = copy.deepcopy(read_quantum_data("survey.toml"))
    doc["edition"][0]["point"][0]["pessimistic"] = 0.2
    with pytest.raises(
        CatalogError, match=re.escape("need horizon > 0 and 0 <= pessimistic <= optimistic <= 1")
    ):
        load_surveys(doc, default_policy_sources())


def test_shelf_life_loader_rejects_an_unknown_category() -> None:
    text = resources.files("qready.knowledge").joinpath("data/quantum/shelf_life.toml").read_text("utf-8")
    doc = tomllib.loads(text)
    doc["kind"]["tls"]["category"] = "browsers"
    with pytest.raises(
        CatalogError, match=re.escape("shelf_life.toml kind 'tls': unknown category 'browsers'")
    ):
        load_shelf_life(doc, default_policy_sources(), default_policy_book())


def test_requirements_order_from_mildest_to_strictest() -> None:
    assert sorted(Requirement, key=lambda r: r.severity) == [
        Requirement.START, Requirement.PREFER, Requirement.HYBRID, Requirement.DEPRECATED,
        Requirement.MIGRATE, Requirement.EXCLUSIVE, Requirement.DISALLOWED,
    ]  # fmt: skip
