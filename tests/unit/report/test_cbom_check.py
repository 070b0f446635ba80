"""validate_cbom: schema errors and the checks the schema cannot make (CBOM.md section 8)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from qready.assess import assess
from qready.knowledge import resolve
from qready.model import Certificate, FileLocation, Finding, Inventory
from qready.report.base import ReportOptions
from qready.report.cbom import CbomReporter, validate_cbom

ASSESSED_ON = date(2026, 11, 29)  # urgency depends on the day of judgement

SIGNATURE = resolve("RSA-PKCS1-1.5-SHA-256", "name", size=2048)
KEY = resolve("RSA", "name", size=2048)
CERT = Certificate(
    subject="CN=Root CA",
    issuer="CN=Root CA",
    serial="1",
    not_before=datetime(2025, 1, 1, tzinfo=UTC),
    not_after=datetime(2030, 1, 1, tzinfo=UTC),
    signature_algorithm=SIGNATURE,
    public_key=KEY,
    key_size=2048,
    sha256="a" * 64,
    spki_sha256="b" * 64,
    is_ca=True,
    encoding="pem",
    locations=(FileLocation("root.pem", 1),),
)
FINDING = Finding("x509.signature", SIGNATURE, FileLocation("root.pem", 1), "signature", asset_ref=CERT.ref)


def _doc(version: str) -> dict[str, Any]:
    assessment = assess(Inventory.build(["."], [FINDING], [CERT], []), today=ASSESSED_ON)
    options = ReportOptions(
        timestamp=datetime(2025, 1, 1, tzinfo=UTC), tool_version="0", cbom_version=version
    )
    return json.loads(CbomReporter().render(assessment, options))


def _index(doc: dict[str, Any], asset_type: str, name: str | None = None) -> int:
    return next(
        i
        for i, c in enumerate(doc["components"])
        if c["cryptoProperties"]["assetType"] == asset_type and name in (None, c["name"])
    )


def _cert(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"][_index(doc, "certificate")]


def _dangling_signature(doc: dict[str, Any]) -> None:
    _cert(doc)["cryptoProperties"]["certificateProperties"]["signatureAlgorithmRef"] = "algorithm:gone:0"


def _dangling_public_key(doc: dict[str, Any]) -> None:
    _cert(doc)["cryptoProperties"]["certificateProperties"]["subjectPublicKeyRef"] = "public-key:gone:0"


def _dangling_algorithm_ref(doc: dict[str, Any]) -> None:
    key = doc["components"][_index(doc, "related-crypto-material")]
    key["cryptoProperties"]["relatedCryptoMaterialProperties"]["algorithmRef"] = "algorithm:gone:0"


def _duplicate(doc: dict[str, Any]) -> None:
    doc["components"][_index(doc, "algorithm", "RSA-2048")]["bom-ref"] = CERT.ref


def _library_ref(doc: dict[str, Any]) -> None:
    doc["components"][_index(doc, "algorithm", "RSA-2048")]["bom-ref"] = "BomRef.123.456"


def _no_occurrence(doc: dict[str, Any]) -> None:
    del _cert(doc)["evidence"]


def _level_six(doc: dict[str, Any]) -> None:
    algorithm = doc["components"][_index(doc, "algorithm", "RSA-2048")]
    algorithm["cryptoProperties"]["algorithmProperties"]["nistQuantumSecurityLevel"] = 6


def _dangling_dependency(doc: dict[str, Any]) -> None:
    doc["dependencies"][0]["dependsOn"] = ["algorithm:gone:0"]


def _at(doc: dict[str, Any], asset_type: str, name: str | None = None) -> str:
    index = _index(doc, asset_type, name)
    return f"components[{index}] ({doc['components'][index]['bom-ref']})"


GONE = "'algorithm:gone:0' names no component"
CASES: list[tuple[str, Callable[[dict[str, Any]], None], Callable[[dict[str, Any]], list[str]]]] = [
    (
        "signature",
        _dangling_signature,
        lambda d: [f"{_at(d, 'certificate')}: certificateProperties.signatureAlgorithmRef {GONE}"],
    ),
    (
        "public-key",
        _dangling_public_key,
        lambda d: [
            f"{_at(d, 'certificate')}: certificateProperties.subjectPublicKeyRef "
            "'public-key:gone:0' names no component"
        ],
    ),
    (
        "algorithmRef",
        _dangling_algorithm_ref,
        lambda d: [
            f"{_at(d, 'related-crypto-material')}: relatedCryptoMaterialProperties.algorithmRef {GONE}"
        ],
    ),
    (
        "no-occurrence",
        _no_occurrence,
        lambda d: [f"{_at(d, 'certificate')}: crypto component without evidence.occurrences"],
    ),
    (
        "level-six",
        _level_six,
        lambda d: [
            f"{_at(d, 'algorithm', 'RSA-2048')}: nistQuantumSecurityLevel 6 is not a NIST category "
            "(1-5, or 0 when broken)"
        ],
    ),
    ("dependency", _dangling_dependency, lambda d: [f"dependencies[0].dependsOn: {GONE}"]),
]


def test_the_rendered_document_is_valid() -> None:
    doc = _doc("1.6")
    assert [(c["cryptoProperties"]["assetType"], c["name"]) for c in doc["components"]] == [
        ("certificate", "CN=Root CA"),
        ("algorithm", "RSA-2048"),
        ("related-crypto-material", "RSA-2048"),
        ("algorithm", "RSA-PKCS1-1.5-SHA-256-2048"),
    ]
    assert validate_cbom(json.dumps(doc), "1.6") == []


@pytest.mark.parametrize("version", ["1.6", "1.7"])
@pytest.mark.parametrize(("label", "break_it", "expected"), CASES, ids=[c[0] for c in CASES])
def test_qready_checks(
    version: str,
    label: str,
    break_it: Callable[[dict[str, Any]], None],
    expected: Callable[[dict[str, Any]], list[str]],
) -> None:
    doc = _doc(version)
    break_it(doc)
    assert validate_cbom(json.dumps(doc), version) == expected(doc)


def test_duplicate_and_invented_refs() -> None:
    doc = _doc("1.6")
    _duplicate(doc)
    errors = validate_cbom(json.dumps(doc), "1.6")
    assert f"components[1]: duplicate bom-ref {CERT.ref!r} (also components[0])" in errors
    doc = _doc("1.6")
    _library_ref(doc)
    errors = validate_cbom(json.dumps(doc), "1.6")
    assert (
        "components[1]: bom-ref 'BomRef.123.456' was invented by the library, not derived from content"
        in errors
    )


def test_dangling_related_asset_in_17() -> None:
    doc = _doc("1.7")
    related = _cert(doc)["cryptoProperties"]["certificateProperties"]["relatedCryptographicAssets"]
    related[0]["ref"] = "algorithm:gone:0"
    assert validate_cbom(json.dumps(doc), "1.7") == [
        f"{_at(doc, 'certificate')}: certificateProperties.relatedCryptographicAssets {GONE}"
    ]


def test_schema_errors_are_reported() -> None:
    doc = _doc("1.6")
    algorithm = doc["components"][_index(doc, "algorithm", "RSA-2048")]
    algorithm["cryptoProperties"]["algorithmProperties"]["primitive"] = "asymmetric"
    algorithm["cryptoProperties"]["algorithmProperties"]["algorithmFamily"] = "RSA"
    errors = validate_cbom(json.dumps(doc), "1.6")
    assert len(errors) == 2
    assert all(e.startswith("schema: $.components[1].cryptoProperties.algorithmProperties") for e in errors)
    assert any("'asymmetric' is not one of" in e for e in errors)
    assert any("'algorithmFamily' was unexpected" in e for e in errors)


def test_not_json_and_unknown_version() -> None:
    assert validate_cbom("{", "1.6")[0].startswith("not JSON: ")
    assert validate_cbom("{}", "1.5") == ["unsupported CBOM version '1.5' (expected one of 1.6, 1.7)"]
