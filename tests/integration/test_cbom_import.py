"""`qready assess --cbom`: CBOMs in the shapes cdxgen, CBOMkit-theia, sonar-cryptography and IBM's draft
layout write (samples under tests/corpus/cbom/, written from each tool's published output), and qready's own
CBOM read back to the same algorithms. Unknown names stay, as unknown findings and skipped outcomes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import qready
from qready.assess import assess
from qready.cli import main
from qready.model import (
    Certificate,
    Endpoint,
    FileLocation,
    Inventory,
    KeyMaterial,
    Library,
    ProtocolConfig,
    SourceSpan,
    Status,
    location_line,
)
from qready.model.codec import dump_assessment
from qready.report import ReportOptions, reporter_named
from qready.report.cbom_import import import_cbom, location_of, unknown_names
from qready.report.cbom_read import Occurrence, read_cbom

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cbom"
ESTATE = Path(__file__).resolve().parents[2] / "examples" / "estate"
WHEN = datetime(2026, 1, 1, tzinfo=UTC)
QREADY_JSON = json.dumps(dump_assessment(assess(Inventory.build([], [], [], [])), "test"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    captured = capsys.readouterr()
    code = stop.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


def _import(name: str):  # type: ignore[no-untyped-def]
    document = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    return import_cbom(read_cbom(document, name), name)


def _rows(name: str) -> list[tuple[str, str, str, str]]:
    return [
        (str(f.location), f.algorithm.name, f.algorithm.threat.value, f.confidence.value)
        for f in _import(name).findings
    ]


def test_sonar_cryptography_names_map_through_the_catalog() -> None:
    src = "src/main/java/com/example/ledger"
    assert _rows("sonar-cryptography.cdx.json") == [
        (f"{src}/DigestService.java:44", "SHA-256", "grover-weakened", "high"),
        (f"{src}/KeyService.java:57", "RSA-2048", "shor-broken", "high"),
        (f"{src}/KeyService.java:88", "ECDSA-P-384", "shor-broken", "high"),  # EC-secp384r1
        (f"{src}/KeyStoreLoader.java:117", "PRIVATE KEY", "not-applicable", "low"),  # unknown, kept
        (f"{src}/LegacyChecksum.java:19", "SHA-1", "grover-weakened", "high"),
        (f"{src}/RecordCipher.java:62", "AES-128-GCM", "grover-weakened", "high"),  # AES-GCM, set 128
        (f"{src}/SessionKeys.java:31", "ECDH", "shor-broken", "high"),
        (f"{src}/TokenSigner.java:23", "HMAC-SHA-256", "grover-weakened", "high"),
        (f"{src}/xmldsig/DsaKeyValue.java:211", "DSA-2048", "shor-broken", "high"),
        ("src/test/java/com/example/ledger/SignatureFixtures.java:40", "Ed25519", "shor-broken", "high"),
    ]
    inventory = _import("sonar-cryptography.cdx.json")
    finding = inventory.findings[1]
    assert (finding.rule_id, finding.location, finding.evidence) == (
        "cbom.algorithm",
        SourceSpan(f"{src}/KeyService.java", 57, 38),
        "java.security.KeyPairGenerator#getInstance(Ljava/lang/String;)Ljava/security/KeyPairGenerator;",
    )
    [key] = inventory.assets
    assert (type(key).__name__, key.kind, key.algorithm.name) == ("KeyMaterial", "secret-key", "RSA-2048")  # type: ignore[union-attr]
    assert [(o.target, o.status, o.reason) for o in inventory.problems()] == [
        (
            "sonar-cryptography.cdx.json [PRIVATE KEY]",
            Status.SKIPPED,
            "unknown algorithm 'PRIVATE KEY' (component d6b0a4e8-2c57-41f3-8d9e-7a1c5e0b2f84): "
            "not in the qready catalog, reported as unknown and not assessed",
        )
    ]
    assert list(unknown_names(inventory)) == ["PRIVATE KEY"]


def test_cbomkit_theia_certificates_and_keys_give_sized_uses_and_never_echo_key_bytes() -> None:
    assert _rows("cbomkit-theia.cdx.json") == [
        ("/app/certs/api.pem", "RSA-2048", "shor-broken", "high"),  # the RSA component, at its key's size
        ("/app/certs/api.pem", "RSA-PKCS1-1.5-SHA-256", "shor-broken", "medium"),  # SHA256-RSA by OID
        ("/app/certs/api.pem", "SHA-256", "grover-weakened", "high"),
        ("/app/certs/legacy.der", "RSA-1024", "shor-broken", "high"),
        ("/app/certs/legacy.der", "RSA-PKCS1-1.5-SHA-1", "shor-broken", "medium"),
    ]
    inventory = _import("cbomkit-theia.cdx.json")
    certificates = sorted(
        (a.subject, a.signature_algorithm.name, a.public_key.name, a.not_after.year)  # type: ignore[union-attr]
        for a in inventory.assets
        if isinstance(a, Certificate)
    )
    assert certificates == [
        ("api.internal.example", "RSA-PKCS1-1.5-SHA-256", "RSA-2048", 2026),
        ("legacy.internal.example", "RSA-PKCS1-1.5-SHA-1", "RSA-1024", 2030),
    ]
    keys = sorted((a.kind, a.algorithm.name, a.size) for a in inventory.assets if isinstance(a, KeyMaterial))  # type: ignore[union-attr]
    assert keys == [("public-key", "RSA-1024", 1024), ("public-key", "RSA-2048", 2048)]
    document = json.loads((CORPUS / "cbomkit-theia.cdx.json").read_text(encoding="utf-8"))
    values = [
        c["cryptoProperties"]["relatedCryptoMaterialProperties"]["value"]
        for c in document["components"]
        if c["name"].startswith("RSA-")
    ]
    rendered = reporter_named("json").render(assess(inventory), ReportOptions(WHEN, "test"))
    assert len(values) == 2 and not any(value[:40] in rendered for value in values)


def test_cdxgen_algorithms_without_evidence_are_uses_where_their_library_was_seen() -> None:
    assert _rows("cdxgen.cdx.json") == [
        (
            "cdxgen.cdx.json [component crypto/algorithm/pwriKEK@1.2.840.113549.1.9.16.3.9]",
            "pwriKEK",
            "not-applicable",
            "low",
        ),
        ("src/main/java/com/example/payments/Checksums.java:14", "MD5", "grover-weakened", "high"),
        ("src/main/java/com/example/payments/Signer.java:27", "3DES-168-CBC", "grover-weakened", "high"),
        ("src/main/java/com/example/payments/Signer.java:27", "ECDSA-SHA-256", "shor-broken", "high"),
        ("src/main/java/com/example/payments/Signer.java:27", "HMAC-SHA-256", "grover-weakened", "high"),
    ]
    inventory = _import("cdxgen.cdx.json")
    libraries = sorted(
        (a.name, a.version, sorted(x.name for x in a.algorithms))
        for a in inventory.assets
        if isinstance(a, Library)
    )  # type: ignore[union-attr]
    assert libraries == [
        ("bcprov-jdk18on", "1.78.1", ["3DES-168-CBC", "ECDSA-SHA-256", "HMAC-SHA-256"]),
        ("commons-codec", "1.16.0", ["MD5"]),
    ]
    assert [o.target for o in inventory.problems()] == ["cdxgen.cdx.json [pwriKEK]"]


def test_ibm_draft_layout_reads_detection_context_variants_named_algorithms_and_cipher_suites() -> None:
    rows = _rows("ibm-quantum-safe-explorer.json")
    assert rows == [
        ("conf/server.xml:87", "3DES-168-CBC", "grover-weakened", "high"),
        ("conf/server.xml:87", "AES-128-GCM", "grover-weakened", "high"),
        ("conf/server.xml:87", "ECDH", "shor-broken", "high"),
        ("conf/server.xml:87", "HMAC-SHA-1", "grover-weakened", "high"),
        ("conf/server.xml:87", "RSA", "shor-broken", "high"),
        ("conf/server.xml:87", "RSA-PKCS1-1.5", "shor-broken", "high"),
        ("conf/tls/vault-service.crt:1", "RSA", "shor-broken", "high"),  # certificateAlgorithm "RSA"
        ("conf/tls/vault-service.crt:1", "RSA-PKCS1-1.5-SHA-256", "shor-broken", "high"),  # SHA256withRSA
        ("src/main/java/com/example/vault/Crypter.java:58", "AES-256-CBC", "quantum-resistant", "high"),
        ("src/main/java/com/example/vault/Crypter.java:71", "AES-256-CBC", "quantum-resistant", "high"),
        (
            "src/main/java/com/example/vault/KeyFactoryBean.java:33",
            "RSA-2048",
            "shor-broken",
            "high",
        ),  # rsa2048
        (
            "src/main/java/com/example/vault/pqc/PilotSigner.java:29",
            "Dilithium3",
            "quantum-resistant",
            "high",
        ),
        ("tools/rotate_keys.py:12", "SHA-1", "grover-weakened", "high"),
    ]
    inventory = _import("ibm-quantum-safe-explorer.json")
    suites = {
        (f.symbol, f.algorithm.name) for f in inventory.findings if f.location.path == "conf/server.xml"
    }
    assert ("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "3DES-168-CBC") in suites
    protocol = next(a for a in inventory.assets if isinstance(a, ProtocolConfig))
    assert (protocol.protocol, protocol.version, protocol.names) == (
        "tls",
        "1.2",
        ("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
    )
    key = next(a for a in inventory.assets if isinstance(a, KeyMaterial))
    assert (key.kind, key.size, key.algorithm.name) == ("private-key", 2048, "RSA-2048")  # type: ignore[union-attr]


def test_locations_endpoints_spans_and_cdxgen_hash_lines() -> None:
    assert location_of(Occurrence("tls://api.example.test:443")) == Endpoint("tls", "api.example.test", 443)
    assert location_of(Occurrence("app/x.py", 3, 9)) == SourceSpan("app/x.py", 3, 9)
    assert location_of(Occurrence("app/x.pem", 1)) == FileLocation("app/x.pem", 1)
    document = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "components": [
            {
                "type": "library",
                "name": "x",
                "bom-ref": "x",
                "evidence": {"occurrences": [{"location": "src/A.java#27"}, {"location": "docs/C#.md"}]},
            }
        ],
    }
    [library] = read_cbom(document, "d").components
    assert library.occurrences == (Occurrence("src/A.java", 27), Occurrence("docs/C#.md"))


@pytest.mark.parametrize("version", ["1.6", "1.7"])
def test_qready_own_cbom_reads_back_to_the_same_algorithms(tmp_path: Path, version: str) -> None:
    """Round trip: every finding's (algorithm, path, line) and every algorithm (all its parameters) come back.

    Two findings a CBOM writes as one occurrence (the same certificate in two keystore entries) come back
    as one, so the comparison is of sets."""
    original = assess(qready.scan(ESTATE, workers=1))
    options = ReportOptions(WHEN, "test", version)
    document = json.loads(reporter_named("cbom").render(original, options))
    imported = import_cbom(read_cbom(document, "qready.cdx.json"), "qready.cdx.json")
    places = {
        (f.algorithm.name, f.location.path, location_line(f.location)) for f in original.inventory.findings
    }
    assert places == {
        (f.algorithm.name, f.location.path, location_line(f.location)) for f in imported.findings
    }
    assert {f.algorithm for f in original.inventory.findings} == {f.algorithm for f in imported.findings}
    assert len(places) > 100 and imported.problems() == ()


def test_assess_cbom_reports_like_a_scan(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sample = str(CORPUS / "sonar-cryptography.cdx.json")
    code, out, _ = run(capsys, "assess", "--cbom", sample, "-q")
    assert code == 0
    assert "RecordCipher.java:62" in out and "AES-128-GCM" in out and "PRIVATE KEY" in out
    assert "unknown algorithm 'PRIVATE KEY'" in out
    assert run(capsys, "assess", "--cbom", sample, "--strict", "-q")[0] == 3
    assert run(capsys, "assess", "--cbom", sample, "--fail-on", "shor-broken", "-q")[0] == 1
    out_dir = tmp_path / "reports"
    code, _, _ = run(capsys, "assess", "--cbom", sample, "--out", str(out_dir), "--format", "json,cbom", "-q")
    assert code == 0
    report = json.loads((out_dir / "qready.json").read_text(encoding="utf-8"))
    names = {key: a["name"] for key, a in report["algorithms"].items()}
    assert sorted(names[f["algorithm"]] for f in report["assessment"]["inventory"]["findings"]) == [
        "AES-128-GCM", "DSA-2048", "ECDH", "ECDSA-P-384", "Ed25519", "HMAC-SHA-256", "PRIVATE KEY",
        "RSA-2048", "SHA-1", "SHA-256",
    ]  # fmt: skip
    verdicts = {v["fingerprint"]: v for v in report["assessment"]["verdicts"]}
    rsa = next(
        f for f in report["assessment"]["inventory"]["findings"] if names[f["algorithm"]] == "RSA-2048"
    )
    assert verdicts[rsa["fingerprint"]]["threat"] == "shor-broken"
    shared = report["shared"]  # verdict parts are written once and referred to by key
    assert shared[verdicts[rsa["fingerprint"]]["deadlines"][0]]["policy"] == "nist-ir-8547"
    reexported = json.loads((out_dir / "qready.cdx.json").read_text(encoding="utf-8"))
    assert reexported["specVersion"] == "1.6"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (QREADY_JSON, "a qready JSON report, not a CBOM (use 'qready report --from"),
        (
            '{"bomFormat": "CycloneDX", "specVersion": "1.3", "components": []}',
            "specVersion '1.3' is not supported",
        ),
        ("[1, 2]", "neither a qready JSON report nor a CycloneDX CBOM"),
    ],
)
def test_assess_refuses_what_is_not_a_cbom(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "input.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "assess", "--cbom", str(path))
    assert code == 2 and message in err
