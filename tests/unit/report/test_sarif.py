"""SarifReporter: golden output of a small fixed assessment, SARIF 2.1.0 schema validity (also on the sample
estate), GitHub code scanning's documented constraints, stable fingerprints, notifications, suppressions,
baseline state and the 25,000-result cap.

`small_assessment()` and `check_golden()` are shared with test_markdown.py and test_csv.py.
Regenerate the golden files with `QREADY_UPDATE_GOLDEN=1 pytest tests/unit/report`.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from qready.assess import assess
from qready.assess.settings import parse_settings
from qready.engine import scan
from qready.knowledge import resolve
from qready.model import (
    Assessment,
    Comparison,
    Endpoint,
    FileLocation,
    Finding,
    Inventory,
    Outcome,
    PackageRef,
    SourceSpan,
    Status,
    Threat,
)
from qready.report import sarif
from qready.report.base import ReportOptions
from qready.report.sarif import SarifReporter, describe_rule, endpoint_uri, level, rule_name

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = ROOT / "tests" / "golden"
SCHEMA = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"
TODAY = date(2026, 11, 29)
WHEN = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
OPTIONS = ReportOptions(timestamp=WHEN, tool_version="0.1.0")
HOSTILE = "web/<img src=x onerror=alert(1)>|@team `x`.pem"
SETTINGS = """
[[suppressions]]
rule = "py.cryptography.rsa-keygen"
path = "tests/**"
reason = "test fixture, never deployed"
"""
RSA_2048 = resolve("RSA", "name", size=2048)
KEYGEN = "rsa.generate_private_key(public_exponent=65537, key_size=2048)"
KEYGEN_SYMBOL = "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key"


def _keygen(path: str, line: int, column: int = 9) -> Finding:
    end = column + len(KEYGEN)
    return Finding(
        "py.cryptography.rsa-keygen",
        RSA_2048,
        SourceSpan(path, line, column, end_line=line, end_column=end),
        KEYGEN,
        symbol=KEYGEN_SYMBOL,
        function="keygen",
        context="test" if path.startswith("tests/") else "production",
    )


def small_findings() -> list[Finding]:
    """Every location kind, the same content twice in one file, a suppressed test key, a hostile file name."""
    endpoint = Endpoint("tls", "api.example.test", 8443)
    return [
        _keygen("app/crypto/keys.py", 12),
        _keygen("app/crypto/keys.py", 30),  # same content: same fingerprint, occurrence 2
        _keygen("tests/test_keys.py", 5, 5),  # suppressed by SETTINGS
        Finding(
            "py.cryptography.aes-gcm",
            resolve("AES-128-GCM"),
            SourceSpan("app/crypto/box.py", 7, 12),
            "AESGCM(key)",
            symbol="cryptography.hazmat.primitives.ciphers.aead.AESGCM",
            function="encrypt",
        ),
        Finding(
            "x509.signature",
            resolve("ECDSA-SHA-256", "name", curve="prime256v1"),
            FileLocation("certs/leaf.pem", 1),
            "CN=api.example.test signed with ecdsa-with-SHA256",
        ),
        Finding("x509.public-key", RSA_2048, FileLocation("certs/legacy.der"), "CN=legacy: RSA-2048 key"),
        Finding(
            "keystore.private-key",
            resolve("RSA", "name", size=3072),
            FileLocation("keystores/app.p12", item="alias 'server'"),
            "PKCS#12 entry 'server': RSA-3072 private key",
        ),
        Finding(
            "key.private", RSA_2048, FileLocation(HOSTILE, 1), "PEM RSA PRIVATE KEY: RSA-2048 (2048 bits)"
        ),
        Finding(
            "net.tls.group", resolve("X25519"), endpoint, "group x25519 (0x001D) supported", symbol="0x001D"
        ),
        Finding(
            "net.tls.negotiated",
            resolve("X25519MLKEM768"),
            endpoint,
            "a modern client negotiates X25519MLKEM768 (0x11EC)",
            symbol="0x11EC",
        ),
        Finding(
            "config.openssh.kexalgorithms",
            resolve("X25519"),
            FileLocation("etc/ssh/sshd_config", 14),
            "KexAlgorithms curve25519-sha256",
        ),
    ]


def small_inventory() -> Inventory:
    outcomes = [
        Outcome("certs/broken.pem", Status.FAILED, "truncated PEM: no END CERTIFICATE line", "x509"),
        Outcome("tls://down.example.test:443", Status.FAILED, "connect timeout after 5 s", "network"),
        Outcome("media/video.bin", Status.SKIPPED, "larger than --max-file-size (10 MB)"),
        Outcome("app/crypto/keys.py", Status.OK, "", "source"),
    ]
    return Inventory.build(
        ["."],
        small_findings(),
        [],
        outcomes,
        catalog_version="2026.11.0",
        files_scanned=9,
        endpoints_probed=1,
    )


@cache
def small_assessment(compared: bool = True) -> Assessment:
    """The fixed assessment of the golden files, judged on TODAY; compared with a baseline when asked."""
    assessment = assess(small_inventory(), parse_settings(SETTINGS), today=TODAY)
    if not compared:
        return assessment
    findings = assessment.inventory.findings
    new = tuple(dict.fromkeys(f.fingerprint for f in findings if f.location.path == "app/crypto/box.py"))
    unchanged = tuple(dict.fromkeys(f.fingerprint for f in findings if f.fingerprint not in new))
    gone = Finding("x509.signature", RSA_2048, FileLocation("certs/old.pem", 1), "CN=old signed with RSA")
    comparison = Comparison("previous/qready.json", new, unchanged, (gone,))
    return replace(assessment, comparison=comparison)


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/<name>; QREADY_UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("QREADY_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"missing golden file {path}: run with QREADY_UPDATE_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8")


@cache
def _validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def schema_errors(document: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in _validator().iter_errors(document)]


def _render(assessment: Assessment) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SarifReporter().render(assessment, OPTIONS))
    return document


def _results(document: dict[str, Any]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = document["runs"][0]["results"]
    return results


def _by_place(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{r['properties']['qready/location']}#{r['partialFingerprints']['primaryLocationLineHash'][-1]}": r
        for r in _results(document)
    }


def test_small_assessment_matches_the_golden_file() -> None:
    """The golden file is the document indented (the reporter writes it compact): readable diffs."""
    document = json.loads(SarifReporter().render(small_assessment(), OPTIONS))
    check_golden("sarif/small.sarif", json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def test_output_is_valid_sarif_2_1_0_and_deterministic() -> None:
    text = SarifReporter().render(small_assessment(), OPTIONS)
    assert text == SarifReporter().render(small_assessment(), OPTIONS)
    document = json.loads(text)
    assert schema_errors(document) == []
    assert document["version"] == "2.1.0"
    assert document["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"


def _all_uris(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["uri"]] if isinstance(node.get("uri"), str) else []
        return found + [u for value in node.values() for u in _all_uris(value)]
    if isinstance(node, list):
        return [u for item in node for u in _all_uris(item)]
    return []


def check_github_constraints(document: dict[str, Any]) -> None:
    """What GitHub code scanning documents as required or limited (see the header of report/sarif.py)."""
    assert len(document["runs"]) <= 20
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) <= 25_000 and len(rules) <= 25_000
    uris = _all_uris(document)
    assert uris
    for uri in uris:
        assert not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", uri), f"absolute URI {uri!r}"
        assert not uri.startswith("/") and " " not in uri and ":" not in uri.split("/")[0], uri
    for rule in rules:
        assert rule["shortDescription"]["text"] and len(rule["shortDescription"]["text"]) <= 1024
        assert rule["fullDescription"]["text"] and len(rule["fullDescription"]["text"]) <= 1024
        assert rule["help"]["text"] and len(rule["name"]) <= 255
        assert len(rule["properties"]["tags"]) <= 10
        severity = rule["properties"].get("security-severity")
        assert severity is None or 0.0 <= float(severity) <= 10.0
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        assert 1 <= len(result["locations"]) <= 10
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] in run["originalUriBaseIds"]
        assert result["partialFingerprints"]["primaryLocationLineHash"]


def test_github_constraints_hold() -> None:
    document = _render(small_assessment())
    check_github_constraints(document)
    assert set(document["runs"][0]["originalUriBaseIds"]) == {"%SRCROOT%", "ENDPOINTS"}


def test_rules_one_per_detection_rule_id_with_severity_from_the_most_urgent_result() -> None:
    rules = _render(small_assessment())["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [
        "config.openssh.kexalgorithms",
        "key.private",
        "keystore.private-key",
        "net.tls.group",
        "net.tls.negotiated",
        "py.cryptography.aes-gcm",
        "py.cryptography.rsa-keygen",
        "x509.public-key",
        "x509.signature",
    ]
    by_id = {r["id"]: r for r in rules}
    keygen = by_id["py.cryptography.rsa-keygen"]
    assert keygen["name"] == "PyCryptographyRsaKeygen"
    assert keygen["shortDescription"]["text"] == "Python source: cryptography.rsa-keygen"
    assert keygen["properties"]["tags"] == [
        "security", "cryptography", "quantum", "shor-broken", "external/cwe/cwe-327"
    ]  # fmt: skip
    assert keygen["properties"]["security-severity"] == "8.0"  # high
    assert keygen["defaultConfiguration"]["level"] == "error"
    assert by_id["net.tls.group"]["properties"]["security-severity"] == "9.5"  # critical: seen on an endpoint
    assert by_id["net.tls.negotiated"]["properties"]["security-severity"] == "0.0"  # not quantum-urgent
    assert by_id["net.tls.negotiated"]["defaultConfiguration"]["level"] == "note"
    assert by_id["x509.signature"]["shortDescription"]["text"] == "Certificate signature"


def test_rule_help_carries_the_remediation_of_the_verdicts() -> None:
    rules = _render(small_assessment())["runs"][0]["tool"]["driver"]["rules"]
    keygen = next(r for r in rules if r["id"] == "py.cryptography.rsa-keygen")
    verdict = small_assessment().verdict_for(_keygen("app/crypto/keys.py", 12).fingerprint)
    assert verdict is not None and verdict.replacement is not None and verdict.earliest is not None
    help_text = keygen["help"]["text"]
    assert "RSA-2048 (shor-broken, urgency high):" in help_text
    assert f"  Replacement: {verdict.replacement.action}" in help_text
    assert "  Earliest deadline: NIST IR 8547: deprecated from 2031-01-01 (" in help_text
    assert "  Cheapest published attack: " in help_text and "physical qubits" in help_text
    assert "**`RSA-2048`** (shor-broken, urgency high)" in keygen["help"]["markdown"]


def test_results_have_exact_regions_levels_and_messages() -> None:
    results = _by_place(_render(small_assessment()))
    keygen = results["app/crypto/keys.py:12#1"]
    assert keygen["ruleId"] == "py.cryptography.rsa-keygen"
    assert keygen["level"] == "error"
    assert keygen["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "app/crypto/keys.py", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 12, "startColumn": 9, "endLine": 12, "endColumn": 9 + len(KEYGEN)},
            }
        }
    ]
    assert keygen["message"]["text"].startswith(
        "RSA-2048 is broken by Shor's algorithm (urgency high). NIST IR 8547: deprecated from 2031-01-01. "
    )
    assert keygen["message"]["text"].endswith(f"Evidence: {KEYGEN}")
    assert results["certs/legacy.der#1"]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "certs/legacy.der", "uriBaseId": "%SRCROOT%"}
    }
    keystore = results["keystores/app.p12#1"]["locations"][0]
    assert keystore["message"] == {"text": "entry alias 'server'"}
    aes = results["app/crypto/box.py:7#1"]
    assert (aes["level"], aes["properties"]["qready/threat"]) == ("note", "grover-weakened")


def test_endpoint_findings_are_relative_pseudo_paths_with_a_logical_location() -> None:
    results = _by_place(_render(small_assessment()))
    group = results["tls://api.example.test:8443#1"]
    assert group["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "tls/api.example.test/8443", "uriBaseId": "ENDPOINTS"}
            },
            "logicalLocations": [
                {
                    "name": "api.example.test:8443",
                    "fullyQualifiedName": "tls://api.example.test:8443",
                    "kind": "resource",
                }
            ],
        }
    ]
    assert endpoint_uri("tls", "2001:db8::1", 443) == "tls/2001%3Adb8%3A%3A1/443"


def test_partial_fingerprints_come_from_the_content_fingerprint_and_survive_line_moves() -> None:
    results = _by_place(_render(small_assessment()))
    fingerprint = _keygen("app/crypto/keys.py", 12).fingerprint
    first, second = results["app/crypto/keys.py:12#1"], results["app/crypto/keys.py:30#2"]
    assert first["partialFingerprints"] == {
        "primaryLocationLineHash": f"{fingerprint[:16]}:1",
        "qready/v1": fingerprint,
    }
    assert second["partialFingerprints"]["primaryLocationLineHash"] == f"{fingerprint[:16]}:2"
    moved = Inventory.build(["."], [_keygen("app/crypto/keys.py", 40, 13)], [], [])
    again = _results(_render(assess(moved, today=TODAY)))[0]
    assert again["partialFingerprints"] == first["partialFingerprints"]
    assert again["locations"][0]["physicalLocation"]["region"]["startLine"] == 40


def test_suppressed_findings_are_results_with_an_external_suppression() -> None:
    results = _by_place(_render(small_assessment()))
    suppressed = results["tests/test_keys.py:5#1"]
    assert suppressed["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "test fixture, never deployed"}
    ]
    assert "suppressions" not in results["app/crypto/keys.py:12#1"]


def test_baseline_state_only_when_compared() -> None:
    compared = _by_place(_render(small_assessment()))
    assert compared["app/crypto/box.py:7#1"]["baselineState"] == "new"
    assert compared["certs/leaf.pem:1#1"]["baselineState"] == "unchanged"
    run = _render(small_assessment())["runs"][0]
    assert (run["properties"]["qready/baseline"], run["properties"]["qready/fixed"]) == ("qready.json", 1)
    plain = _render(small_assessment(compared=False))
    assert all("baselineState" not in result for result in _results(plain))
    assert "qready/baseline" not in plain["runs"][0]["properties"]


def _note(ident: str, grade: str, text: str, uri: str, base: str = "%SRCROOT%") -> dict[str, Any]:
    where = {"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": base}}}
    return {"descriptor": {"id": ident}, "level": grade, "message": {"text": text}, "locations": [where]}


def test_failed_and_skipped_outcomes_are_tool_execution_notifications() -> None:
    invocation = _render(small_assessment())["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True
    assert invocation["endTimeUtc"] == "2025-06-01T12:00:00Z"
    assert invocation["toolExecutionNotifications"] == [
        _note(
            "qready.failed",
            "error",
            "certs/broken.pem (x509): failed: truncated PEM: no END CERTIFICATE line",
            "certs/broken.pem",
        ),
        _note(
            "qready.skipped",
            "warning",
            "media/video.bin: skipped: larger than --max-file-size (10 MB)",
            "media/video.bin",
        ),
        _note(
            "qready.failed",
            "error",
            "tls://down.example.test:443 (network): failed: connect timeout after 5 s",
            "tls/down.example.test/443",
            "ENDPOINTS",
        ),
    ]


def test_hostile_file_name_is_percent_encoded_and_message_links_are_escaped() -> None:
    results = _by_place(_render(small_assessment()))
    hostile = results[f"{HOSTILE}:1#1"]
    uri = hostile["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "web/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%7C%40team%20%60x%60.pem"
    evidence = "see [docs](https://evil.example) {0} and \\ here"
    finding = Finding("key.private", RSA_2048, FileLocation("a.pem", 1), evidence)
    text = _results(_render(assess(Inventory.build(["."], [finding], [], []), today=TODAY)))[0]
    assert text["message"]["text"].endswith(
        "Evidence: see \\[docs\\](https://evil.example) {{0}} and \\ here"
    )


def test_results_over_githubs_limit_keep_the_most_urgent_and_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif, "MAX_RESULTS", 3)
    document = _render(small_assessment(compared=False))
    kept = [
        (r["properties"]["qready/location"], r["properties"]["qready/urgency"]) for r in _results(document)
    ]
    assert kept == [
        ("app/crypto/keys.py:12", "high"),
        ("app/crypto/keys.py:30", "high"),
        ("tls://api.example.test:8443", "critical"),
    ]
    notes = document["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[-1] == {
        "descriptor": {"id": "qready.truncated"},
        "level": "warning",
        "message": {"text": "8 less urgent results left out: GitHub code scanning rejects more than 3."},
    }
    assert schema_errors(document) == []


def test_a_run_at_githubs_result_limit_stays_far_under_10_mb_gzipped() -> None:
    """25,001 findings with 200-character evidence: 25,000 results, far under the 10 MB gzip upload limit."""
    evidence = KEYGEN + " # " + "x" * (200 - len(KEYGEN) - 3)
    findings = [
        replace(
            _keygen(f"src/module_{i // 100}/file_{i % 100}.py", 10 + i % 7),
            evidence=f"{evidence[:-6]}{i:06d}",
        )
        for i in range(25_001)
    ]
    inventory = Inventory.build(["."], findings, [], [])
    verdict = assess(Inventory.build(["."], findings[:1], [], []), today=TODAY).verdicts[0]
    verdicts = tuple(replace(verdict, fingerprint=f.fingerprint) for f in inventory.findings)
    text = SarifReporter().render(Assessment(inventory, verdicts, as_of=TODAY), OPTIONS)
    assert len(json.loads(text)["runs"][0]["results"]) == 25_000
    assert len(gzip.compress(text.encode("utf-8"))) < 10 * 1024 * 1024 // 4


@pytest.mark.parametrize(
    ("threat", "tier", "expected"),
    [
        ("shor-broken", "critical", "error"),
        ("shor-broken", "high", "error"),
        ("shor-broken", "medium", "warning"),
        ("shor-broken", "not-quantum-urgent", "warning"),
        ("grover-weakened", "high", "warning"),
        ("grover-weakened", "medium", "warning"),
        ("grover-weakened", "low", "note"),
        ("quantum-resistant", "critical", "note"),
    ],
)
def test_level_from_threat_and_urgency(threat: str, tier: str, expected: str) -> None:
    assert level(Threat(threat), tier) == expected


@pytest.mark.parametrize(
    ("rule_id", "short"),
    [
        ("config.openssh.kexalgorithms", "OpenSSH setting kexalgorithms"),
        ("config.kubernetes.cert-manager.privatekey", "Kubernetes setting cert-manager.privatekey"),
        ("java.jca.keypairgenerator", "Java source: jca.keypairgenerator"),
        ("net.ssh.host-key", "SSH host key"),
        ("made.up", "made.up"),
    ],
)
def test_rule_descriptions(rule_id: str, short: str) -> None:
    assert describe_rule(rule_id)[0] == short
    assert rule_name("x509.public-key") == "X509PublicKey"


def test_package_locations_name_the_manifest_line_and_package() -> None:
    where = PackageRef("pypi", "pycryptodome", "3.19.0", "requirements.txt", 4)
    finding = Finding("dep.test", RSA_2048, where, "pycryptodome 3.19.0")
    result = _results(_render(assess(Inventory.build(["."], [finding], [], []), today=TODAY)))[0]
    assert result["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "requirements.txt", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 4},
            },
            "message": {"text": "pypi package pycryptodome 3.19.0"},
        }
    ]


@pytest.fixture(scope="module")
def estate_assessment() -> Assessment:
    passwords = tuple((ROOT / "examples" / "passwords.txt").read_text(encoding="utf-8").split())
    return assess(scan(ROOT / "examples" / "estate", keystore_passwords=passwords, workers=1), today=TODAY)


def test_sample_estate_report_is_valid_and_meets_githubs_constraints(estate_assessment: Assessment) -> None:
    document = _render(estate_assessment)
    assert schema_errors(document) == []
    check_github_constraints(document)
    results = _results(document)
    assert len(results) == len(estate_assessment.inventory.findings)
    assert {r["ruleId"] for r in results} == {f.rule_id for f in estate_assessment.inventory.findings}
