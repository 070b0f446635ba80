"""The shipped catalog data: it loads, every number is sourced, and the loader rejects bad rows by name."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import resources
from typing import Any

import pytest

from qready.errors import CatalogError
from qready.knowledge import default_catalog, load_catalog, resolve
from qready.model import Threat


def _data_files() -> dict[str, dict[str, Any]]:
    folder = resources.files("qready.knowledge").joinpath("data")
    return {
        item.name: tomllib.loads(item.read_text(encoding="utf-8"))
        for item in folder.iterdir()
        if item.name.endswith(".toml")
    }


def _cdx_enums() -> tuple[set[str], set[str]]:
    res = resources.files("cyclonedx.schema._res").joinpath("cryptography-defs.SNAPSHOT.schema.json")
    defs = json.loads(res.read_text(encoding="utf-8"))["definitions"]
    return set(defs["algorithmFamiliesEnum"]["enum"]), set(defs["ellipticCurvesEnum"]["enum"])


def test_shipped_catalog_loads_with_a_version() -> None:
    catalog = default_catalog()
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", catalog.version)
    assert _data_files()["00-sources.toml"]["catalog"]["version"] == catalog.version
    assert {"RSA", "ML-KEM-768", "AES-256-GCM", "SHA-256", "PBKDF2-SHA-256"} <= set(catalog.entries)


def test_loader_rejects_a_misspelt_curve_field() -> None:
    from qready.errors import CatalogError
    from qready.knowledge import load_catalog

    doc = {
        "catalog": {"version": "t"},
        "curve": [{"id": "nist/P-1", "bits": 1, "classical_bits": 1, "bit": 2}],
    }
    with pytest.raises(CatalogError, match=r"catalog curve 'nist/P-1': unknown field\(s\) bit"):
        load_catalog([doc])


def test_every_number_names_a_known_source() -> None:
    catalog = default_catalog()
    for entry in catalog.entries.values():
        for key, _, source in entry.numbers:
            assert source in catalog.sources, (entry.name, key, source)
    for curve in catalog.curves.values():
        assert curve.source in catalog.sources, curve.id
    for source in catalog.sources.values():
        assert source.title and source.locator and source.url.startswith("https://"), source.id


def test_shor_broken_rows_have_level_zero_and_known_replacements() -> None:
    catalog = default_catalog()
    broken = [entry for entry in catalog.entries.values() if entry.threat is Threat.SHOR_BROKEN]
    assert len(broken) > 50
    for entry in broken:
        algorithm = catalog.algorithm(entry)
        assert algorithm.nist_quantum_level == 0, entry.name
        assert entry.replacements, entry.name
        for name in entry.replacements:
            assert catalog.entries[name].threat is Threat.QUANTUM_RESISTANT, (entry.name, name)


def test_components_and_curves_exist() -> None:
    catalog = default_catalog()
    for entry in catalog.entries.values():
        for name in entry.components:
            assert name in catalog.entries, (entry.name, name)
        if entry.curve is not None:
            assert entry.curve in catalog.curves, (entry.name, entry.curve)


def test_cyclonedx_families_and_curves_come_from_the_enums() -> None:
    families, curves = _cdx_enums()
    catalog = default_catalog()
    for entry in catalog.entries.values():
        assert entry.cdx_family is None or entry.cdx_family in families, (entry.name, entry.cdx_family)
    assert set(catalog.curves) <= curves


def test_levels_are_nist_categories() -> None:
    for entry in default_catalog().entries.values():
        for key, value, _ in entry.numbers:
            if key == "nist_quantum_level":
                assert value in ((0,) if entry.threat is Threat.SHOR_BROKEN else (1, 2, 3, 4, 5)), entry.name


@pytest.mark.parametrize(
    ("name", "effective"),
    [
        ("AES-128", 106),
        ("AES-192", 169),
        ("AES-128-GCM", 106),
        ("AES-192-CBC", 169),
        ("SHA-256", 166),
        ("SHA3-256", 166),
    ],
)
def test_grover_weakened_aes_and_hash_rows_carry_effective_bits(name: str, effective: int) -> None:
    found = resolve(name, "name")
    assert (found.threat, found.quantum_effective_bits) == (Threat.GROVER_WEAKENED, effective)


def test_every_sized_aes_row_carries_all_three_numbers() -> None:
    for entry in default_catalog().entries.values():
        if entry.family == "AES" and entry.key_size:
            assert {key for key, _, _ in entry.numbers} == {
                "classical_bits",
                "nist_quantum_level",
                "quantum_effective_bits",
            }, entry.name


def test_broken_classical_algorithms_say_why() -> None:
    catalog = default_catalog()
    for name in (
        "MD2",
        "MD4",
        "MD5",
        "SHA-1",
        "DES",
        "RC4",
        "3DES-168-CBC",
        "RSA-PKCS1-1.5-SHA-1",
        "HMAC-MD5",
    ):
        entry = catalog.entries[name]
        assert entry.threat is Threat.GROVER_WEAKENED or entry.threat is Threat.SHOR_BROKEN, name
        assert entry.note and ("broken" in entry.note or "disallow" in entry.note), name
    assert "acceptable" in (catalog.entries["AES-128"].note or "")


@pytest.mark.parametrize(
    ("name", "template", "size_rule", "oid"),
    [
        ("RSA", "RSA-{size}", "rsa", "1.2.840.113549.1.1.1"),
        ("DSA", "DSA-{size}", "ffc", "1.2.840.10040.4.1"),
        ("FFDH", "FFDH-{size}", "ffc", "1.2.840.113549.1.3.1"),
        ("ECDSA", "ECDSA-{curve}", "ecc", "1.2.840.10045.2.1"),
        ("ECDH", "ECDH-{curve}", "ecc", "1.3.132.1.12"),
        ("ElGamal", "ElGamal-{size}", "ffc", "1.3.14.7.2.1.1"),
    ],
)
def test_names_other_detectors_rely_on(name: str, template: str, size_rule: str, oid: str) -> None:
    entry = default_catalog().entries[name]
    assert (entry.template, entry.size_rule, entry.oid) == (template, size_rule, oid)


# --- the loader rejects bad rows, naming them ---

SOURCES = {
    "catalog": {"version": "test"},
    "sources": {"src": {"title": "T", "locator": "Table 1", "year": 2020}},
}
GOOD = {"name": "Good", "family": "X", "primitive": "hash", "threat": "grover-weakened"}


def _load(*rows: dict[str, Any]) -> None:
    load_catalog([SOURCES, {"algorithm": list(rows)}])


def test_loader_accepts_a_minimal_row() -> None:
    catalog = load_catalog(
        [SOURCES, {"algorithm": [dict(GOOD, classical_bits=128, classical_bits_source="src")]}]
    )
    assert catalog.resolve("Good").classical_bits == 128


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (dict(GOOD, name="Bad", primitive="cipher"), r"algorithm 'Bad': 'cipher' is not a valid Primitive"),
        (dict(GOOD, name="Bad", threat="doomed"), r"algorithm 'Bad': 'doomed' is not a valid Threat"),
        (
            dict(GOOD, name="Bad", classical_bits=128),
            r"algorithm 'Bad': 'classical_bits' needs 'classical_bits_source'",
        ),
        (
            dict(GOOD, name="Bad", nist_quantum_level=1, nist_quantum_level_source="nowhere"),
            r"algorithm 'Bad': 'nist_quantum_level' needs .*'nowhere'",
        ),
        (
            dict(GOOD, name="Bad", nist_quantum_level=6, nist_quantum_level_source="src"),
            r"algorithm 'Bad': NIST quantum level must be 0-5",
        ),
        (
            dict(
                GOOD,
                name="Bad",
                threat="shor-broken",
                replacements=["Good"],
                nist_quantum_level=1,
                nist_quantum_level_source="src",
            ),
            r"algorithm 'Bad': a shor-broken algorithm has NIST quantum level 0",
        ),
        (
            dict(GOOD, name="Bad", threat="shor-broken"),
            r"algorithm 'Bad': a shor-broken algorithm needs replacements",
        ),
        (dict(GOOD, name="Bad", size_rule="huge"), r"algorithm 'Bad': size_rule must be one of"),
        (dict(GOOD, name="Bad", aliases="Bad2"), r"algorithm 'Bad': 'aliases' must be a list"),
        (
            dict(GOOD, name="Bad", classical_bits="128", classical_bits_source="src"),
            r"algorithm 'Bad': 'classical_bits'",
        ),
    ],
)
def test_loader_rejects_bad_rows_by_name(row: dict[str, Any], message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        _load(GOOD, row)


def test_loader_rejects_a_spelling_that_names_two_algorithms() -> None:
    first = dict(GOOD, name="First", oids=["1.2.3"])
    second = dict(GOOD, name="Second", oid="1.2.3")
    with pytest.raises(CatalogError, match=r"oid spelling '1.2.3' names both 'First' and 'Second'"):
        _load(first, second)


def test_loader_rejects_folded_name_collisions() -> None:
    with pytest.raises(CatalogError, match=r"name spelling 'SHA_256' names both 'SHA-256' and 'Other'"):
        _load(dict(GOOD, name="SHA-256"), dict(GOOD, name="Other", aliases=["SHA_256"]))


def test_loader_rejects_a_duplicate_row() -> None:
    with pytest.raises(CatalogError, match=r"algorithm 'Good' is defined twice"):
        _load(GOOD, GOOD)


def test_loader_needs_a_version() -> None:
    with pytest.raises(CatalogError, match="no \\[catalog\\] version"):
        load_catalog([{"sources": SOURCES["sources"]}, {"algorithm": [GOOD]}])


def test_loader_rejects_a_misspelt_field() -> None:
    from qready.errors import CatalogError
    from qready.knowledge import load_catalog

    doc = {
        "catalog": {"version": "t"},
        "algorithm": [
            {"name": "X", "family": "X", "primitive": "hash", "threat": "grover-weakened", "alias": []}
        ],
    }
    with pytest.raises(CatalogError, match=r"catalog algorithm 'X': unknown field\(s\) alias"):
        load_catalog([doc])


def test_xml_security_uris_name_their_algorithms() -> None:
    catalog = default_catalog()
    found = {
        uri: entry.name if (entry := catalog.entry(uri, "xmldsig")) else None
        for uri in (
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha224",
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
            "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
            "http://www.w3.org/2009/xmlenc11#aes128-gcm",
            "http://www.w3.org/2001/04/xmlenc#tripledes-cbc",
            "http://www.w3.org/2009/xmlenc11#ECDH-ES",
            "http://www.w3.org/2001/04/xmldsig-more#RSA-SHA256",  # URIs are case-sensitive
        )
    }
    assert list(found.values()) == [
        "RSA-PKCS1-1.5-SHA-1",
        "RSA-PKCS1-1.5-SHA-224",
        "RSA-PSS-SHA-256",
        "RSA-OAEP-SHA-1",
        "AES-128-GCM",
        "3DES-168-CBC",
        "ECDH",
        None,
    ]
