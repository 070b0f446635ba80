"""CbomReporter on hand-built assessments: exact component values, refs, graph, 1.6 vs 1.7, determinism."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from qready.assess import assess
from qready.errors import ConfigError
from qready.knowledge import resolve
from qready.model import (
    Algorithm,
    Assessment,
    Certificate,
    CryptoFunction,
    FileLocation,
    Finding,
    Inventory,
    KeyMaterial,
    Library,
    PackageRef,
    Primitive,
    ProtocolConfig,
    SourceSpan,
    Threat,
    content_ref,
)
from qready.report import cbom_graph
from qready.report.base import ReportOptions
from qready.report.cbom import CbomReporter, validate_cbom
from qready.report.cbom_graph import CbomRefError

ASSESSED_ON = date(2026, 11, 29)  # urgency depends on the day of judgement

WHEN = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
RSA_SIG = resolve("RSA-PKCS1-1.5-SHA-256", "name", size=2048)
RSA_KEY = resolve("RSA", "name", size=2048)
EC_KEY = resolve("ECDSA", "name", curve="secp256r1")
EC_SIG = resolve("ECDSA-SHA-256", "name", curve="prime256v1")
ML_DSA = resolve("ML-DSA-65")
AES = Algorithm(
    name="AES-256-CBC",
    family="AES",
    primitive=Primitive.BLOCK_CIPHER,
    threat=Threat.GROVER_WEAKENED,
    functions=(CryptoFunction.ENCRYPT, CryptoFunction.DECRYPT),
    parameter_set="256",
    key_size=256,
    mode="cbc",
    cdx_family="AES",
    classical_bits=256,
    nist_quantum_level=5,
    quantum_effective_bits=128,
    sources=("fips197",),
)
X25519 = Algorithm("X25519", "ECDH", Primitive.KEY_AGREE, Threat.SHOR_BROKEN, curve="other/Curve25519")
ML_KEM = Algorithm("ML-KEM-768", "ML-KEM", Primitive.KEM, Threat.QUANTUM_RESISTANT, parameter_set="768")
HYBRID = Algorithm(
    "X25519MLKEM768",
    "hybrid",
    Primitive.COMBINER,
    Threat.QUANTUM_RESISTANT,
    nist_quantum_level=3,
    components=("X25519", "ML-KEM-768"),
    level_basis="fips203",
)

ROOT_SPKI = "b" * 64
LEAF_SPKI = "c" * 64
ROOT = Certificate(
    subject="CN=Root CA",
    issuer="CN=Root CA",
    serial="1000",
    not_before=datetime(2025, 1, 1, tzinfo=UTC),
    not_after=datetime(2035, 1, 1, tzinfo=UTC),
    signature_algorithm=RSA_SIG,
    public_key=RSA_KEY,
    key_size=2048,
    sha256="a" * 64,
    spki_sha256=ROOT_SPKI,
    is_ca=True,
    encoding="pem",
    locations=(FileLocation("certs/root.pem", 1),),
    self_signed=True,
)
LEAF = replace(
    ROOT,
    subject="CN=api.example.test",
    serial="1001",
    signature_algorithm=EC_SIG,
    public_key=EC_KEY,
    key_size=256,
    sha256="d" * 64,
    spki_sha256=LEAF_SPKI,
    is_ca=False,
    encoding="der",
    locations=(FileLocation("certs/leaf.crt"),),
    self_signed=False,
)
CSR = replace(
    LEAF,
    subject="CN=csr.example.test",
    issuer=None,
    serial=None,
    not_before=None,
    not_after=None,
    sha256="e" * 64,
    spki_sha256="f" * 64,
    locations=(FileLocation("certs/new.csr", 1),),
    request=True,
)
ROOT_KEY = KeyMaterial(
    kind="private-key",
    algorithm=RSA_KEY,
    size=2048,
    format="PKCS8",
    identity=ROOT_SPKI,
    locations=(FileLocation("certs/root.key", 1),),
    encrypted=True,
    secured_by="PBES2",
)
LEAF_PUB = KeyMaterial(
    kind="public-key",
    algorithm=EC_KEY,
    size=256,
    format="PEM",
    identity=LEAF_SPKI,
    locations=(FileLocation("keys/leaf.pub", 1),),
)
TLS = ProtocolConfig(
    protocol="tls",
    version="1.3",
    algorithms=(HYBRID, EC_SIG),
    names=("ecdsa_secp256r1_sha256", "X25519MLKEM768"),
    locations=(FileLocation("etc/nginx.conf", 12),),
)
LIBRARY = Library(
    purl="pkg:pypi/cryptography@46.0.1",
    name="cryptography",
    version="46.0.1",
    locations=(PackageRef("pypi", "cryptography", "46.0.1", "requirements.txt", 3),),
)


def _finding(rule: str, algorithm: Algorithm, location: Any, evidence: str, **extra: Any) -> Finding:
    return Finding(rule_id=rule, algorithm=algorithm, location=location, evidence=evidence, **extra)


def _findings() -> list[Finding]:
    root_at = ROOT.locations[0]
    leaf_at = LEAF.locations[0]
    keygen = "rsa.generate_private_key(public_exponent=65537, key_size=2048)"
    return [
        _finding(
            "x509.signature",
            RSA_SIG,
            root_at,
            "certificate CN=Root CA: signature",
            symbol="signatureAlgorithm",
            asset_ref=ROOT.ref,
        ),
        _finding(
            "x509.public-key",
            RSA_KEY,
            root_at,
            "certificate CN=Root CA: public key",
            symbol="subjectPublicKeyInfo",
            asset_ref=ROOT.ref,
        ),
        _finding(
            "x509.signature",
            EC_SIG,
            leaf_at,
            "certificate CN=api.example.test: signature",
            symbol="signatureAlgorithm",
            asset_ref=LEAF.ref,
        ),
        _finding(
            "x509.public-key",
            EC_KEY,
            leaf_at,
            "certificate CN=api.example.test: public key",
            symbol="subjectPublicKeyInfo",
            asset_ref=LEAF.ref,
        ),
        _finding(
            "python.keygen",
            RSA_KEY,
            SourceSpan("app/sign.py", 42, 9),
            keygen,
            symbol="cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key",
            provenance=(("parameterSetIdentifier", "literal"),),
        ),
        _finding(
            "key.encryption", AES, ROOT_KEY.locations[0], "PBES2 with AES-256-CBC", asset_ref=ROOT_KEY.ref
        ),
        _finding(
            "tls.group", HYBRID, TLS.locations[0], "ssl_ecdh_curve X25519MLKEM768", symbol="ssl_ecdh_curve"
        ),
        _finding("tls.group", X25519, SourceSpan("etc/nginx.conf", 13, 5), "ssl_ecdh_curve x25519"),
        _finding("python.kem", ML_KEM, SourceSpan("app/kem.py", 7, 1), "MLKEM768()"),
        _finding("python.sign", ML_DSA, SourceSpan("app/pq.py", 3, 13), "MLDSA65.generate()"),
    ]


ASSETS: list[Any] = [ROOT, LEAF, CSR, ROOT_KEY, LEAF_PUB, TLS, LIBRARY]


def _assessment(reverse: bool = False) -> Assessment:
    findings, assets = _findings(), list(ASSETS)
    if reverse:
        findings.reverse()
        assets.reverse()
    return assess(
        Inventory.build(["/abs/tree"], findings, assets, [], catalog_version="test-1"), today=ASSESSED_ON
    )


def _render(version: str = "1.6", assessment: Assessment | None = None) -> str:
    options = ReportOptions(timestamp=WHEN, tool_version="0.1.0", cbom_version=version)
    return CbomReporter().render(assessment or _assessment(), options)


def _by_ref(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["bom-ref"]: c for c in doc["components"]}


def _named(doc: dict[str, Any], name: str, asset_type: str = "algorithm") -> dict[str, Any]:
    found = [
        c
        for c in doc["components"]
        if c["name"] == name and c.get("cryptoProperties", {}).get("assetType") == asset_type
    ]
    assert len(found) == 1, (name, asset_type, found)
    return found[0]


def _crypto(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in doc["components"] if c["type"] == "cryptographic-asset"]


def _deps(doc: dict[str, Any]) -> dict[str, list[str]]:
    return {d["ref"]: d.get("dependsOn", []) for d in doc["dependencies"]}


def _props(component: dict[str, Any]) -> dict[str, str]:
    return {p["name"]: p["value"] for p in component.get("properties", [])}


@pytest.fixture(scope="module")
def doc16() -> dict[str, Any]:
    return json.loads(_render("1.6"))


@pytest.fixture(scope="module")
def doc17() -> dict[str, Any]:
    return json.loads(_render("1.7"))


def test_reporter_names() -> None:
    assert (CbomReporter.name, CbomReporter.filename) == ("cbom", "qready.cdx.json")


@pytest.mark.parametrize("version", ["1.6", "1.7"])
def test_both_versions_validate(version: str) -> None:
    text = _render(version)
    assert validate_cbom(text, version) == []
    assert json.loads(text)["specVersion"] == version
    assert text.endswith("}\n")


def test_signature_algorithm_component(doc16: dict[str, Any]) -> None:
    component = _named(doc16, "RSA-PKCS1-1.5-SHA-256-2048")
    assert component["bom-ref"] == content_ref(
        "algorithm",
        "RSA-PKCS1-1.5-SHA-256-2048",
        curve="",
        keySize="2048",
        mode="",
        oid="1.2.840.113549.1.1.11",
        padding="pkcs1v15",
        parameterSet="2048",
    )
    assert component["cryptoProperties"] == {
        "assetType": "algorithm",
        "oid": "1.2.840.113549.1.1.11",
        "algorithmProperties": {
            "primitive": "signature",
            "parameterSetIdentifier": "2048",
            "padding": "pkcs1v15",
            "cryptoFunctions": ["sign", "verify"],
            "classicalSecurityLevel": 112,
            "nistQuantumSecurityLevel": 0,
        },
    }
    assert component["evidence"]["occurrences"] == [
        {
            "location": "certs/root.pem",
            "line": 1,
            "symbol": "signatureAlgorithm",
            "additionalContext": "certificate CN=Root CA: signature",
        }
    ]
    assert RSA_SIG.level_basis == "nist-ir-8547"
    assert _props(component) == {
        "qready:threat": "shor-broken",
        "qready:replacement": ",".join(RSA_SIG.replacements),
        "qready:level-basis": "nist-ir-8547",
        "qready:urgency": "high",
        "qready:deadline:nist-ir-8547": "deprecated from 2031-01-01",
        "qready:attack-target": "rsa-2048",
        "qready:attack-cost:published": "Webster et al. (Iceberg Quantum) 2026 (2026-02): "
        "100 k physical qubits",
        "qready:attack-cost:model:sc_2019": "qready model: 900 k physical qubits, 5.4 days",
    }
    assert _props(component)["qready:replacement"].startswith("ML-DSA-65")


def test_every_finding_of_an_algorithm_is_one_occurrence(doc16: dict[str, Any]) -> None:
    component = _named(doc16, "RSA-2048")
    assert component["cryptoProperties"]["algorithmProperties"]["parameterSetIdentifier"] == "2048"
    assert component["evidence"]["occurrences"] == [
        {
            "location": "app/sign.py",
            "line": 42,
            "offset": 9,
            "symbol": "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key",
            "additionalContext": "rsa.generate_private_key(public_exponent=65537, key_size=2048)",
        },
        {"location": "certs/root.key", "line": 1},
        {
            "location": "certs/root.pem",
            "line": 1,
            "symbol": "subjectPublicKeyInfo",
            "additionalContext": "certificate CN=Root CA: public key",
        },
    ]
    assert _props(component)["qready:provenance:parameterSetIdentifier"] == "literal"


def test_ec_and_pq_algorithms(doc16: dict[str, Any]) -> None:
    ec = _named(doc16, "ECDSA-P-256")["cryptoProperties"]["algorithmProperties"]
    assert ec == {
        "primitive": "signature",
        "curve": "P-256",
        "cryptoFunctions": ["keygen", "sign", "verify"],
        "classicalSecurityLevel": 128,
        "nistQuantumSecurityLevel": 0,
    }
    ml_dsa = _named(doc16, "ML-DSA-65")
    assert ml_dsa["cryptoProperties"]["algorithmProperties"]["parameterSetIdentifier"] == "65"
    assert ml_dsa["cryptoProperties"]["algorithmProperties"]["nistQuantumSecurityLevel"] == 3
    assert _props(ml_dsa) == {
        "qready:threat": "quantum-resistant",
        "qready:level-basis": "fips204",
        "qready:urgency": "not-quantum-urgent",
    }
    aes = _named(doc16, "AES-256-CBC")
    assert aes["cryptoProperties"]["algorithmProperties"]["mode"] == "cbc"
    assert _props(aes)["qready:quantum-effective-bits"] == "128"
    assert _props(aes)["qready:level-basis"] == "fips197"


def test_certificate_component(doc16: dict[str, Any]) -> None:
    refs = _by_ref(doc16)
    root = refs[ROOT.ref]
    props = root["cryptoProperties"]["certificateProperties"]
    assert root["name"] == "CN=Root CA"
    assert props == {
        "subjectName": "CN=Root CA",
        "issuerName": "CN=Root CA",
        "notValidBefore": "2025-01-01T00:00:00+00:00",
        "notValidAfter": "2035-01-01T00:00:00+00:00",
        "signatureAlgorithmRef": _named(doc16, "RSA-PKCS1-1.5-SHA-256-2048")["bom-ref"],
        "subjectPublicKeyRef": content_ref("public-key", "RSA-2048", identity=ROOT_SPKI),
        "certificateFormat": "X.509",
        "certificateExtension": "pem",
    }
    assert refs[props["subjectPublicKeyRef"]]["name"] == "RSA-2048"
    assert root["evidence"]["occurrences"] == [{"location": "certs/root.pem", "line": 1}]
    assert _props(root) == {"qready:fingerprint:sha256": "a" * 64, "qready:serial-number": "1000"}
    leaf = refs[LEAF.ref]["cryptoProperties"]["certificateProperties"]
    assert leaf["certificateExtension"] == "crt"
    assert refs[leaf["signatureAlgorithmRef"]]["name"] == "ECDSA-P-256-SHA-256"


def test_csr_is_a_pkcs10_certificate_component(doc16: dict[str, Any]) -> None:
    csr = _by_ref(doc16)[CSR.ref]
    assert CSR.ref.startswith("csr:CN=csr.example.test:")
    props = csr["cryptoProperties"]["certificateProperties"]
    assert props["certificateFormat"] == "PKCS#10"
    assert "issuerName" not in props and "notValidAfter" not in props
    assert _props(csr)["qready:certificate-request"] == "true"
    assert _by_ref(doc16)[props["subjectPublicKeyRef"]]["evidence"]["occurrences"] == [
        {"location": "certs/new.csr", "line": 1}
    ]


def test_private_key_and_certificate_share_one_public_key(doc16: dict[str, Any]) -> None:
    refs = _by_ref(doc16)
    public_ref = content_ref("public-key", "RSA-2048", identity=ROOT_SPKI)
    public = refs[public_ref]
    assert public["cryptoProperties"]["relatedCryptoMaterialProperties"] == {
        "type": "public-key",
        "size": 2048,
        "algorithmRef": _named(doc16, "RSA-2048")["bom-ref"],
    }
    assert public["evidence"]["occurrences"] == [
        {"location": "certs/root.key", "line": 1},
        {"location": "certs/root.pem", "line": 1},
    ]
    key = refs[ROOT_KEY.ref]
    assert key["name"] == "RSA-2048"
    assert key["cryptoProperties"]["relatedCryptoMaterialProperties"] == {
        "type": "private-key",
        "size": 2048,
        "format": "PKCS8",
        "algorithmRef": _named(doc16, "RSA-2048")["bom-ref"],
        "securedBy": {"mechanism": "PBES2", "algorithmRef": _named(doc16, "AES-256-CBC")["bom-ref"]},
    }
    materials = [c["cryptoProperties"].get("relatedCryptoMaterialProperties", {}) for c in _crypto(doc16)]
    assert not any("value" in material for material in materials)
    assert _props(key) == {"qready:encrypted": "true"}
    deps = _deps(doc16)
    assert deps[ROOT_KEY.ref] == sorted(
        [_named(doc16, "RSA-2048")["bom-ref"], public_ref, _named(doc16, "AES-256-CBC")["bom-ref"]]
    )
    assert deps[ROOT.ref] == sorted([_named(doc16, "RSA-PKCS1-1.5-SHA-256-2048")["bom-ref"], public_ref])
    assert deps[public_ref] == [_named(doc16, "RSA-2048")["bom-ref"]]


def test_public_key_file_is_the_certificates_public_key(doc16: dict[str, Any]) -> None:
    refs = _by_ref(doc16)
    assert refs[LEAF.ref]["cryptoProperties"]["certificateProperties"]["subjectPublicKeyRef"] == LEAF_PUB.ref
    public = refs[LEAF_PUB.ref]
    assert public["cryptoProperties"]["relatedCryptoMaterialProperties"]["format"] == "PEM"
    assert public["evidence"]["occurrences"] == [
        {"location": "certs/leaf.crt"},
        {"location": "keys/leaf.pub", "line": 1},
    ]
    public_keys = [
        c
        for c in _crypto(doc16)
        if c["cryptoProperties"].get("relatedCryptoMaterialProperties", {}).get("type") == "public-key"
    ]
    assert sorted(c["bom-ref"] for c in public_keys) == sorted(
        [
            LEAF_PUB.ref,
            content_ref("public-key", "RSA-2048", identity=ROOT_SPKI),
            content_ref("public-key", "ECDSA-P-256", identity="f" * 64),
        ]
    )


def test_protocol_hybrid_and_library(doc16: dict[str, Any]) -> None:
    refs = _by_ref(doc16)
    hybrid, ec_sig = (
        _named(doc16, "X25519MLKEM768")["bom-ref"],
        _named(doc16, "ECDSA-P-256-SHA-256")["bom-ref"],
    )
    protocol = refs[TLS.ref]
    assert protocol["name"] == "TLS 1.3"
    assert protocol["cryptoProperties"]["protocolProperties"] == {
        "type": "tls",
        "version": "1.3",
        "cryptoRefArray": sorted([hybrid, ec_sig]),
    }
    assert _props(protocol) == {"qready:raw-name": "X25519MLKEM768,ecdsa_secp256r1_sha256"}
    deps = _deps(doc16)
    assert deps[TLS.ref] == sorted([hybrid, ec_sig])
    assert deps[hybrid] == sorted(
        [_named(doc16, "X25519")["bom-ref"], _named(doc16, "ML-KEM-768")["bom-ref"]]
    )
    assert (
        _named(doc16, "X25519MLKEM768")["cryptoProperties"]["algorithmProperties"]["primitive"] == "combiner"
    )
    library = refs[LIBRARY.ref]
    assert (library["type"], library["purl"], library["version"]) == (
        "library",
        "pkg:pypi/cryptography@46.0.1",
        "46.0.1",
    )
    assert library["evidence"]["occurrences"] == [{"location": "requirements.txt", "line": 3}]


def test_metadata_and_serial_number(doc16: dict[str, Any]) -> None:
    metadata = doc16["metadata"]
    assert metadata["timestamp"] == "2025-06-01T12:00:00+00:00"
    assert metadata["tools"] == {
        "components": [{"type": "application", "name": "qready", "version": "0.1.0"}]
    }
    assert _props(metadata) == {"qready:catalog-version": "test-1", "qready:policy": "nist-ir-8547"}
    digest = hashlib.sha256("\n".join(sorted(_by_ref(doc16))).encode()).hexdigest()
    assert doc16["serialNumber"] == uuid.uuid5(uuid.NAMESPACE_URL, "qready:" + digest).urn
    refs = [c["bom-ref"] for c in doc16["components"]]
    assert len(refs) == len(set(refs)) == 18
    assert not any(ref.startswith("BomRef.") for ref in refs)
    locations = [o["location"] for c in doc16["components"] for o in c["evidence"]["occurrences"]]
    assert not any(location.startswith("/") for location in locations)


ONLY_17 = {
    "algorithmFamily",
    "ellipticCurve",
    "relatedCryptographicAssets",
    "serialNumber",
    "fingerprint",
    "certificateFileExtension",
}


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def _without_17(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_17(v) for k, v in value.items() if k not in ONLY_17 | {"$schema", "specVersion"}}
    if isinstance(value, list):
        return [_without_17(v) for v in value]
    return value


def test_16_has_no_17_keys_and_17_only_adds(doc16: dict[str, Any], doc17: dict[str, Any]) -> None:
    assert _keys(doc16["components"]) & ONLY_17 == set()
    without = _without_17(doc17)
    assert without == _without_17(doc16)
    assert doc16["serialNumber"] == doc17["serialNumber"]


def test_17_fields(doc17: dict[str, Any]) -> None:
    refs = _by_ref(doc17)
    signature = _named(doc17, "RSA-PKCS1-1.5-SHA-256-2048")
    assert signature["cryptoProperties"]["algorithmProperties"]["algorithmFamily"] == "RSASSA-PKCS1"
    ec = _named(doc17, "ECDSA-P-256")["cryptoProperties"]["algorithmProperties"]
    assert (ec["algorithmFamily"], ec["ellipticCurve"], ec["curve"]) == ("ECDSA", "nist/P-256", "P-256")
    assert "algorithmFamily" not in _named(doc17, "RSA-2048")["cryptoProperties"]["algorithmProperties"]
    assert "algorithmFamily" not in _named(doc17, "X25519MLKEM768")["cryptoProperties"]["algorithmProperties"]
    root = refs[ROOT.ref]["cryptoProperties"]["certificateProperties"]
    public_ref = content_ref("public-key", "RSA-2048", identity=ROOT_SPKI)
    assert root["serialNumber"] == "1000"
    assert root["fingerprint"] == {"alg": "SHA-256", "content": "a" * 64}
    assert root["certificateFileExtension"] == "pem"
    assert root["relatedCryptographicAssets"] == [
        {"type": "algorithm", "ref": signature["bom-ref"]},
        {"type": "publicKey", "ref": public_ref},
    ]
    key = refs[ROOT_KEY.ref]["cryptoProperties"]["relatedCryptoMaterialProperties"]
    assert key["relatedCryptographicAssets"] == [
        {"type": "algorithm", "ref": _named(doc17, "RSA-2048")["bom-ref"]},
        {"type": "publicKey", "ref": public_ref},
    ]
    assert "serialNumber" not in refs[CSR.ref]["cryptoProperties"]["certificateProperties"]


def test_values_outside_the_enums() -> None:
    odd = Algorithm(
        "AES-256-XTS",
        "AES",
        Primitive.BLOCK_CIPHER,
        Threat.GROVER_WEAKENED,
        mode="xts",
        padding="pss",
        cdx_family="NOT-A-FAMILY",
        curve="made/up-curve",
        nist_quantum_level=6,
    )
    finding = _finding("test.rule", odd, SourceSpan("a.py", 1, 1), "xts")
    assessment = assess(Inventory.build(["."], [finding], [], []), today=ASSESSED_ON)
    for version in ("1.6", "1.7"):
        text = _render(version, assessment)
        assert validate_cbom(text, version) == []
        props = _named(json.loads(text), "AES-256-XTS")["cryptoProperties"]["algorithmProperties"]
        assert props == {
            "primitive": "block-cipher",
            "mode": "other",
            "padding": "other",
            "curve": "up-curve",
        }


def test_deterministic_and_order_independent() -> None:
    first = _render("1.7")
    assert _render("1.7") == first
    assert _render("1.7", _assessment(reverse=True)) == first


def test_unknown_version_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"1\.5"):
        _render("1.5")


def test_ref_collision_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cbom_graph, "algorithm_ref", lambda algorithm: "algorithm:same:0000000000000000")
    with pytest.raises(CbomRefError, match="collision"):
        _render("1.6")
