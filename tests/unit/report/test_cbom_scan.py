"""CbomReporter end to end: certificates generated here, scanned, assessed and rendered."""

from __future__ import annotations

import datetime
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from qready.assess import assess
from qready.engine import scan
from qready.report.base import ReportOptions
from qready.report.cbom import CbomReporter, validate_cbom

ASSESSED_ON = datetime.date(2026, 11, 29)  # urgency depends on the day of judgement

START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
END = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificates() -> dict[str, bytes]:
    """An RSA-2048 self-signed root (PEM, after one comment line) and an ECDSA P-256 leaf it signed (DER)."""
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf_key = ec.generate_private_key(ec.SECP256R1())

    def build(subject: str, public: Any, serial: int) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(_name(subject))
            .issuer_name(_name("Test Root CA"))
            .public_key(public)
            .serial_number(serial)
            .not_valid_before(START)
            .not_valid_after(END)
        )

    root = build("Test Root CA", ca_key.public_key(), 0x1000).sign(ca_key, hashes.SHA256())
    leaf = build("api.example.test", leaf_key.public_key(), 0x1001).sign(ca_key, hashes.SHA256())
    return {
        "tls/ca.pem": b"# test root\n" + root.public_bytes(serialization.Encoding.PEM),
        "tls/leaf.der": leaf.public_bytes(serialization.Encoding.DER),
    }


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return _certificates()


def _tree(root: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def _render(root: Path, version: str) -> str:
    options = ReportOptions(
        timestamp=dt.datetime(2025, 6, 1, tzinfo=dt.UTC), tool_version="0.1.0", cbom_version=version
    )
    return CbomReporter().render(assess(scan(root, workers=1), today=ASSESSED_ON), options)


def _component(doc: dict[str, Any], name: str, asset_type: str) -> dict[str, Any]:
    found = [
        c for c in doc["components"] if (c["name"], c["cryptoProperties"]["assetType"]) == (name, asset_type)
    ]
    assert len(found) == 1, (name, asset_type)
    return found[0]


@pytest.fixture(scope="module")
def doc(files: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return json.loads(_render(_tree(tmp_path_factory.mktemp("scan"), files), "1.6"))


def test_components_of_a_scanned_tree(doc: dict[str, Any]) -> None:
    kinds = sorted((c["cryptoProperties"]["assetType"], c["name"]) for c in doc["components"])
    assert kinds == [
        ("algorithm", "ECDSA-P-256"),
        ("algorithm", "RSA-2048"),
        ("algorithm", "RSA-PKCS1-1.5-SHA-256-2048"),
        ("certificate", "CN=Test Root CA"),
        ("certificate", "CN=api.example.test"),
        ("related-crypto-material", "ECDSA-P-256"),
        ("related-crypto-material", "RSA-2048"),
    ]


def test_algorithm_values(doc: dict[str, Any]) -> None:
    signature = _component(doc, "RSA-PKCS1-1.5-SHA-256-2048", "algorithm")
    props = signature["cryptoProperties"]["algorithmProperties"]
    assert (props["primitive"], props["parameterSetIdentifier"], props["padding"]) == (
        "signature",
        "2048",
        "pkcs1v15",
    )
    assert (props["classicalSecurityLevel"], props["nistQuantumSecurityLevel"]) == (112, 0)
    assert signature["evidence"]["occurrences"] == [
        {
            "location": "tls/ca.pem",
            "line": 2,
            "symbol": "signatureAlgorithm",
            "additionalContext": "certificate CN=Test Root CA: signature RSA-PKCS1-1.5-SHA-256-2048",
        },
        {
            # the leaf's issuer (the root, RSA-2048) is in the same scan, so its signature is sized too
            "location": "tls/leaf.der",
            "symbol": "signatureAlgorithm",
            "additionalContext": "certificate CN=api.example.test: signature RSA-PKCS1-1.5-SHA-256-2048",
        },
    ]
    ec_key = _component(doc, "ECDSA-P-256", "algorithm")["cryptoProperties"]["algorithmProperties"]
    assert (ec_key["primitive"], ec_key["curve"]) == ("signature", "P-256")
    assert (ec_key["classicalSecurityLevel"], ec_key["nistQuantumSecurityLevel"]) == (128, 0)
    rsa_key = _component(doc, "RSA-2048", "algorithm")["cryptoProperties"]["algorithmProperties"]
    assert (rsa_key["primitive"], rsa_key["parameterSetIdentifier"], rsa_key["classicalSecurityLevel"]) == (
        "pke",
        "2048",
        112,
    )


def test_certificates_point_at_their_algorithms_and_keys(doc: dict[str, Any]) -> None:
    refs = {c["bom-ref"]: c for c in doc["components"]}
    deps = {d["ref"]: d.get("dependsOn", []) for d in doc["dependencies"]}
    root = _component(doc, "CN=Test Root CA", "certificate")
    props = root["cryptoProperties"]["certificateProperties"]
    assert refs[props["signatureAlgorithmRef"]]["name"] == "RSA-PKCS1-1.5-SHA-256-2048"
    public = refs[props["subjectPublicKeyRef"]]
    assert (public["name"], public["cryptoProperties"]["relatedCryptoMaterialProperties"]["size"]) == (
        "RSA-2048",
        2048,
    )
    assert (props["issuerName"], props["certificateExtension"]) == ("CN=Test Root CA", "pem")
    assert props["notValidAfter"] == "2030-01-01T00:00:00+00:00"
    assert root["evidence"]["occurrences"] == [{"location": "tls/ca.pem", "line": 2}]
    assert deps[root["bom-ref"]] == sorted([props["signatureAlgorithmRef"], props["subjectPublicKeyRef"]])
    assert deps[props["subjectPublicKeyRef"]] == [_component(doc, "RSA-2048", "algorithm")["bom-ref"]]
    leaf = _component(doc, "CN=api.example.test", "certificate")
    leaf_props = leaf["cryptoProperties"]["certificateProperties"]
    assert refs[leaf_props["signatureAlgorithmRef"]]["name"] == "RSA-PKCS1-1.5-SHA-256-2048"
    assert refs[leaf_props["subjectPublicKeyRef"]]["name"] == "ECDSA-P-256"
    assert (leaf_props["certificateExtension"], leaf["evidence"]["occurrences"]) == (
        "der",
        [{"location": "tls/leaf.der"}],
    )


def test_both_versions_validate_and_two_trees_give_identical_bytes(
    files: dict[str, bytes], tmp_path: Path
) -> None:
    first = _tree(tmp_path / "one", files)
    second = _tree(tmp_path / "elsewhere" / "two", files)
    for version in ("1.6", "1.7"):
        text = _render(first, version)
        assert validate_cbom(text, version) == []
        assert _render(second, version) == text
        assert _render(first, version) == text
        assert str(tmp_path) not in text


def test_bls_signatures_in_source_become_valid_bls_components(tmp_path: Path) -> None:
    """A pairing-based signature (BLS on BLS12-381) is an algorithm component of CycloneDX's BLS family on its
    registry curve, with the curve's strength (126 bits, CFRG) and no quantum security."""
    (tmp_path / "validator.py").write_text(
        "from py_ecc.bls import G2ProofOfPossession as bls_pop\n"
        "\n"
        'POP_TAG = b"BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"\n',
        encoding="utf-8",
    )
    text17 = _render(tmp_path, "1.7")
    assert validate_cbom(text17, "1.7") == []
    assert validate_cbom(_render(tmp_path, "1.6"), "1.6") == []
    doc = json.loads(text17)
    assert sorted(c["name"] for c in doc["components"]) == ["BLS", "BLS-BLS12-381"]
    props = _component(doc, "BLS-BLS12-381", "algorithm")["cryptoProperties"]["algorithmProperties"]
    assert (props["algorithmFamily"], props["ellipticCurve"], props["primitive"]) == (
        "BLS",
        "bls/BLS12-381",
        "signature",
    )
    assert (props["classicalSecurityLevel"], props["nistQuantumSecurityLevel"]) == (126, 0)
    occurrences = _component(doc, "BLS-BLS12-381", "algorithm")["evidence"]["occurrences"]
    assert [(o["location"], o["line"]) for o in occurrences] == [("validator.py", 3)]
