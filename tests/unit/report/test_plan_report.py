"""The plan reporters: exact Markdown for a small assessment (upgrades first, waves, rows grouped by place and
replacement, numbered sources), the same plan as JSON per finding and as terminal text."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from qready.knowledge import default_catalog
from qready.model import (
    Assessment,
    FileLocation,
    Finding,
    Inventory,
    PolicyDeadline,
    Replacement,
    SourceSpan,
    Urgency,
    Verdict,
    Wave,
)
from qready.report import ReportOptions, reporter_named
from qready.report.plan import render_json, render_markdown, render_text

CATALOG = default_catalog()
GROUPS = FileLocation("etc/ssl/openssl.cnf", 12, "[system_default_sect] / Groups")
NIST_2031 = PolicyDeadline("nist-ir-8547", "NIST IR 8547", "deprecated", date(2031, 1, 1), "IR 8547 table 4")
NIST_2036 = PolicyDeadline("nist-ir-8547", "NIST IR 8547", "disallowed", date(2036, 1, 1), "IR 8547 table 4")
UPGRADE = "upgrade cryptography from 42.0.8 to 48.0.0 first (app/requirements.txt:2)"


def _finding(rule: str, name: str, where: FileLocation | SourceSpan, context: str | None = None) -> Finding:
    return Finding(rule, CATALOG.resolve(name), where, f"{rule} {name}", context=context)


X25519 = _finding("config.openssl.groups", "X25519", GROUPS)
FFDH = _finding("config.openssl.groups", "FFDH-ffdhe2048", GROUPS)
OAEP = _finding("py.cryptography.oaep", "RSA-OAEP", SourceSpan("app/wrap.py", 20), "production")
TEST_KEX = _finding("py.cryptography.x25519", "X25519", SourceSpan("tests/test_kex.py", 3), "test")
AES = _finding("config.openssl.cipherstring", "AES-256-GCM", FileLocation("etc/ssl/openssl.cnf", 13))
ROOT = _finding("x509.signature", "Ed25519", FileLocation("pki/old-root.pem", 1))


def _verdict(
    found: Finding,
    tier: str,
    deadlines: tuple[PolicyDeadline, ...] = (),
    replacement: Replacement | None = None,
    suppressed: str | None = None,
) -> Verdict:
    algorithm = found.algorithm
    return Verdict(
        found.fingerprint, algorithm.threat, algorithm.classical_bits, algorithm.nist_quantum_level, (),
        deadlines=deadlines, urgency=Urgency(tier, "because"), replacement=replacement, suppressed=suppressed,
    )  # fmt: skip


def assessment() -> Assessment:
    groups = Replacement(
        "Groups = X25519MLKEM768:X25519 (OpenSSL >= 3.5)", "OpenSSL 3.5.0 release notes (2025)"
    )
    wrap = Replacement("ML-KEM-768 | then AES-256-GCM (cryptography >= 48.0.0)", "pyca docs (2026)", UPGRADE)
    verdicts = (
        _verdict(X25519, "high", (NIST_2036,), groups),
        _verdict(FFDH, "high", (NIST_2031,), groups),
        _verdict(OAEP, "high", (NIST_2036,), wrap),
        _verdict(
            TEST_KEX, "low", (), Replacement("hybrid (cryptography >= 48.0.0)", "pyca docs (2026)", UPGRADE)
        ),
        _verdict(AES, "not-quantum-urgent"),
        _verdict(ROOT, "high", (NIST_2036,), Replacement("ML-DSA-65", "RFC 9881 (2026)"), "retired in 2027"),
    )
    waves = (
        Wave(
            "wave 1: high, configuration changes",
            "high",
            "Cheap first.",
            (FFDH.fingerprint, X25519.fingerprint),
        ),
        Wave("wave 2: high, code changes", "high", "Code next.", (OAEP.fingerprint,)),
        Wave("wave 3: low, code changes", "low", "Test code last.", (TEST_KEX.fingerprint,)),
    )
    inventory = Inventory.build(["."], [X25519, FFDH, OAEP, TEST_KEX, AES, ROOT], [], [])
    return Assessment(inventory, verdicts, "nist-ir-8547", date(2026, 11, 29), waves=waves)


EXPECTED_MARKDOWN = """\
# Migration plan

Judged on 2026-11-29 under nist-ir-8547: 4 of 6 findings in 3 waves; 2 not in the plan (1 quantum-resistant \
or not quantum-urgent, 1 suppressed).

## Upgrade first

- upgrade cryptography from 42.0.8 to 48.0.0 first (app/requirements.txt:2): 2 findings wait on it

## Wave 1: high, configuration changes

Cheap first.

| location | algorithms | earliest deadline | replacement |
|---|---|---|---|
| `etc/ssl/openssl.cnf:12 [[system_default_sect] / Groups]` | FFDH-ffdhe2048, X25519 | 2031-01-01 (NIST IR \
8547: deprecated) | Groups = X25519MLKEM768:X25519 (OpenSSL >= 3.5) [1] |

## Wave 2: high, code changes

Code next.

| location | algorithms | earliest deadline | replacement |
|---|---|---|---|
| `app/wrap.py:20` | RSA-OAEP | 2036-01-01 (NIST IR 8547: disallowed) | upgrade cryptography from 42.0.8 to \
48.0.0 first (app/requirements.txt:2); then ML-KEM-768 \\| then AES-256-GCM (cryptography >= 48.0.0) [2] |

## Wave 3: low, code changes

Test code last.

| location | algorithms | earliest deadline | replacement |
|---|---|---|---|
| `tests/test_kex.py:3 (test)` | X25519 | none | upgrade cryptography from 42.0.8 to 48.0.0 first \
(app/requirements.txt:2); then hybrid (cryptography >= 48.0.0) [2] |

## Sources

1. OpenSSL 3.5.0 release notes (2025)
2. pyca docs (2026)
"""


def test_markdown_plan_is_exact() -> None:
    assert render_markdown(assessment()) == EXPECTED_MARKDOWN


def test_the_plan_reporter_writes_the_markdown_to_qready_plan_md() -> None:
    reporter = reporter_named("plan")
    options = ReportOptions(datetime(2026, 11, 29, tzinfo=UTC), "0.1.0")
    assert (reporter.name, reporter.filename) == ("plan", "qready-plan.md")
    assert reporter.render(assessment(), options) == EXPECTED_MARKDOWN


def test_json_plan_lists_every_finding_with_its_deadline_and_replacement() -> None:
    document = json.loads(render_json(assessment(), "0.1.0"))
    assert {
        key: document[key] for key in ("qready", "as_of", "policy", "findings", "planned", "suppressed")
    } == {
        "qready": "0.1.0",
        "as_of": "2026-11-29",
        "policy": "nist-ir-8547",
        "findings": 6,
        "planned": 4,
        "suppressed": 1,
    }
    assert document["prerequisites"] == [{"action": UPGRADE, "findings": 2}]
    assert [(w["name"], [f["algorithm"] for f in w["findings"]]) for w in document["waves"]] == [
        ("wave 1: high, configuration changes", ["FFDH-ffdhe2048", "X25519"]),
        ("wave 2: high, code changes", ["RSA-OAEP"]),
        ("wave 3: low, code changes", ["X25519"]),
    ]
    assert document["waves"][0]["findings"][0] == {
        "fingerprint": FFDH.fingerprint,
        "location": "etc/ssl/openssl.cnf:12 [[system_default_sect] / Groups]",
        "path": "etc/ssl/openssl.cnf",
        "line": 12,
        "rule": "config.openssl.groups",
        "algorithm": "FFDH-ffdhe2048",
        "tier": "high",
        "earliest_deadline": {
            "date": "2031-01-01",
            "policy": "nist-ir-8547",
            "policy_name": "NIST IR 8547",
            "requirement": "deprecated",
        },
        "action": "Groups = X25519MLKEM768:X25519 (OpenSSL >= 3.5)",
        "source": "OpenSSL 3.5.0 release notes (2025)",
        "prerequisite": None,
    }
    assert document["waves"][2]["findings"][0]["earliest_deadline"] is None


def test_text_plan_has_the_same_sections() -> None:
    lines = [line.rstrip() for line in render_text(assessment(), width=320).splitlines()]
    assert lines[:2] == [
        "Migration plan",
        "Judged on 2026-11-29 under nist-ir-8547: 4 of 6 findings in 3 waves; 2 not in the plan (1 "
        "quantum-resistant or not quantum-urgent, 1 suppressed).",
    ]
    assert (
        "  - upgrade cryptography from 42.0.8 to 48.0.0 first (app/requirements.txt:2): 2 findings wait on it"
        in (lines)
    )
    assert [line for line in lines if line.startswith("wave ")] == [
        "wave 1: high, configuration changes",
        "wave 2: high, code changes",
        "wave 3: low, code changes",
    ]
    row = next(line for line in lines if "etc/ssl/openssl.cnf:12" in line)
    cells = [cell.strip() for cell in row.split("│")[1:-1]]
    assert cells == [
        "etc/ssl/openssl.cnf:12 [[system_default_sect] / Groups]",
        "FFDH-ffdhe2048, X25519",
        "2031-01-01 (NIST IR 8547: deprecated)",
        "Groups = X25519MLKEM768:X25519 (OpenSSL >= 3.5) [1]",
    ]
    assert lines[-2:] == ["  1. OpenSSL 3.5.0 release notes (2025)", "  2. pyca docs (2026)"]


def test_an_assessment_without_waves_says_so() -> None:
    empty = Assessment(
        Inventory.build(["."], [AES], [], []), (_verdict(AES, "not-quantum-urgent"),), "uk-ncsc"
    )
    assert render_markdown(empty) == (
        "# Migration plan\n\nJudged on an unknown day under uk-ncsc: 0 of 1 findings in 0 waves; 1 not in "
        "the "
        "plan (1 quantum-resistant or not quantum-urgent, 0 suppressed).\n"
    )
