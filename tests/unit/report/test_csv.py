"""CsvReporter: golden file of the fixed assessment, exact rows read back with the csv module, RFC 4180
quoting and line ends, and CSV-injection cases."""

from __future__ import annotations

import csv
import io

import pytest
from tests.unit.report.test_sarif import HOSTILE, KEYGEN, OPTIONS, TODAY, check_golden, small_assessment

from qready.assess import assess
from qready.knowledge import resolve
from qready.model import Endpoint, FileLocation, Finding, Inventory, SourceSpan
from qready.report.csv import COLUMNS, CsvReporter, safe_cell


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _render(compared: bool = True) -> str:
    return CsvReporter().render(small_assessment(compared), OPTIONS)


def test_small_assessment_matches_the_golden_file() -> None:
    check_golden("csv/small.csv", _render())


def test_one_row_per_finding_with_crlf_line_ends() -> None:
    text = _render()
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    rows = _rows(text)
    assert [(r["path"] or r["host"], r["line"], r["rule"]) for r in rows] == [
        ("app/crypto/box.py", "7", "py.cryptography.aes-gcm"),
        ("app/crypto/keys.py", "12", "py.cryptography.rsa-keygen"),
        ("app/crypto/keys.py", "30", "py.cryptography.rsa-keygen"),
        ("certs/leaf.pem", "1", "x509.signature"),
        ("certs/legacy.der", "", "x509.public-key"),
        ("etc/ssh/sshd_config", "14", "config.openssh.kexalgorithms"),
        ("keystores/app.p12", "", "keystore.private-key"),
        ("tests/test_keys.py", "5", "py.cryptography.rsa-keygen"),
        ("api.example.test", "", "net.tls.group"),
        ("api.example.test", "", "net.tls.negotiated"),
        (HOSTILE, "1", "key.private"),
    ]


def test_source_finding_row_has_every_column() -> None:
    row = _rows(_render())[1]
    verdict = small_assessment().verdict_for(row["fingerprint"])
    assert verdict is not None and verdict.replacement is not None and verdict.attack is not None
    assert row == {
        "fingerprint": verdict.fingerprint,
        "rule": "py.cryptography.rsa-keygen",
        "location_kind": "source",
        "path": "app/crypto/keys.py",
        "line": "12",
        "column": "9",
        "end_line": "12",
        "end_column": str(9 + len(KEYGEN)),
        "item": "",
        "scheme": "",
        "host": "",
        "port": "",
        "algorithm": "RSA-2048",
        "family": "RSA",
        "primitive": "pke",
        "key_size": "2048",
        "curve": "",
        "parameter_set": "2048",
        "function": "keygen",
        "context": "production",
        "confidence": "high",
        "threat": "shor-broken",
        "classical_bits": "112",
        "nist_quantum_level": "0",
        "urgency": "high",
        "harvest_now": "true",
        "earliest_deadline": "2031-01-01",
        "deadline_requirement": "deprecated",
        "deadline_policy": "nist-ir-8547",
        "replacement": verdict.replacement.action,
        "prerequisite": verdict.replacement.prerequisite or "",
        "attack_target": "rsa-2048",
        "attack_cost_published": row["attack_cost_published"],
        "attack_cost_model": row["attack_cost_model"],
        "suppressed": "false",
        "suppression_reason": "",
        "baseline": "unchanged",
        "symbol": "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key",
        "asset_ref": "",
        "evidence": "rsa.generate_private_key(public_exponent=65537, key_size=2048)",
    }
    assert row["attack_cost_published"].endswith("physical qubits")
    assert row["attack_cost_model"].startswith("qready model: ")


def test_endpoint_keystore_suppressed_and_new_rows() -> None:
    rows = _rows(_render())
    group = rows[8]
    assert (group["location_kind"], group["scheme"], group["host"], group["port"], group["path"]) == (
        "endpoint", "tls", "api.example.test", "8443", ""
    )  # fmt: skip
    assert (group["algorithm"], group["urgency"]) == ("X25519", "critical")
    assert (rows[6]["location_kind"], rows[6]["item"]) == ("file", "alias 'server'")
    suppressed = rows[7]
    assert (suppressed["suppressed"], suppressed["suppression_reason"], suppressed["context"]) == (
        "true", "test fixture, never deployed", "test"
    )  # fmt: skip
    assert [r["baseline"] for r in rows].count("new") == 1 and rows[0]["baseline"] == "new"
    assert {r["baseline"] for r in _rows(_render(compared=False))} == {""}


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("a=1", "a=1"),
        (2048, "2048"),
        (None, ""),
        (True, "true"),
    ],
)
def test_safe_cell(value: str | int | bool | None, cell: str) -> None:
    assert safe_cell(value) == cell


def test_injection_and_quoting_in_a_rendered_file() -> None:
    hostile = Finding(
        "key.private",
        resolve("RSA", "name", size=2048),
        FileLocation("=cmd|' /C calc'!A0.pem", 1),
        '-----BEGIN RSA PRIVATE KEY----- "quoted", two\nlines',
        symbol="@import",
    )
    source = Finding("py.x", resolve("X25519"), SourceSpan("+a,b.py", 3, 1), "ok")
    probe = Finding("net.tls.group", resolve("X25519"), Endpoint("tls", "=evil.example", 443), "x")
    assessment = assess(Inventory.build(["."], [hostile, source, probe], [], []), today=TODAY)
    text = CsvReporter().render(assessment, OPTIONS)
    assert '"\'-----BEGIN RSA PRIVATE KEY----- ""quoted"", two\nlines"' in text  # RFC 4180 quoting
    rows = {r["rule"]: r for r in _rows(text)}
    assert rows["key.private"]["path"] == "'=cmd|' /C calc'!A0.pem"
    assert rows["key.private"]["symbol"] == "'@import"
    assert rows["key.private"]["evidence"] == '\'-----BEGIN RSA PRIVATE KEY----- "quoted", two\nlines'
    assert rows["py.x"]["path"] == "'+a,b.py"
    assert rows["net.tls.group"]["host"] == "'=evil.example"
    for row in rows.values():
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())
