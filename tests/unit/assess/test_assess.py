"""assess(): every finding gets its threat, attack cost, policy deadlines, urgency and replacement; the
settings, the day and the hardware profile are inputs, so the result is exact."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from qready.assess import assess
from qready.assess.settings import parse_settings
from qready.knowledge import default_catalog
from qready.model import Endpoint, FileLocation, Finding, Inventory, SourceSpan, Threat
from qready.report.cbom_assessment import duration, quantity

TODAY = date(2026, 11, 29)
RSA_2048_SIGN = default_catalog().resolve("sha256WithRSAEncryption", size=2048)


def _finding(location: FileLocation | SourceSpan | Endpoint, algorithm_name: str, function: str) -> Finding:
    algorithm = default_catalog().resolve(algorithm_name)
    return Finding("test.rule", algorithm, location, "evidence", function=function)


def test_rsa_signature_in_a_certificate_file() -> None:
    finding = Finding("x509.signature", RSA_2048_SIGN, FileLocation("pki/ca.pem", 1), "certificate CN=CA")
    assessment = assess(Inventory.build(["."], [finding], [], []), today=TODAY)
    verdict = assessment.verdict_for(finding.fingerprint)
    assert verdict is not None
    assert (verdict.threat, verdict.classical_bits, verdict.nist_quantum_level) == (
        Threat.SHOR_BROKEN,
        112,
        0,
    )
    assert [(d.policy, d.requirement, d.effective) for d in verdict.deadlines] == [
        ("nist-ir-8547", "deprecated", date(2031, 1, 1))
    ]
    assert verdict.attack is not None and (verdict.attack.target, verdict.attack.profile) == (
        "rsa-2048",
        "sc_2019",
    )
    assert verdict.attack.model is not None and verdict.attack.model.physical_qubits == 897864
    assert verdict.attack.extrapolated is False
    assert verdict.urgency is not None and verdict.urgency.tier == "high"
    assert verdict.urgency.harvest_now is False
    assert verdict.tier == "high"
    assert verdict.replacement is not None
    assert verdict.replacement.action.startswith("reissue with ML-DSA-65 (RFC 9881) from an ML-DSA CA")
    assert (assessment.policy, assessment.as_of, assessment.profile) == ("nist-ir-8547", TODAY, "sc_2019")


def test_a_profile_outside_the_calibration_marks_the_model_figure_extrapolated() -> None:
    finding = Finding("x509.signature", RSA_2048_SIGN, FileLocation("pki/ca.pem", 1), "certificate CN=CA")
    found = assess(Inventory.build(["."], [finding], [], []), today=TODAY, profile="ms_qubit_gate_ns_e3")
    (verdict,) = found.verdicts
    assert verdict.attack is not None
    assert (verdict.attack.profile, verdict.attack.extrapolated) == ("ms_qubit_gate_ns_e3", True)


def test_policies_profile_and_suppressions_come_from_settings() -> None:
    finding = Finding("x509.signature", RSA_2048_SIGN, FileLocation("pki/ca.pem", 1), "certificate CN=CA")
    settings = parse_settings(
        'policy = ["cnsa", "uk"]\nprofile = "sc_optimistic"\n'
        '[[suppressions]]\nrule = "x509.signature"\npath = "pki/*"\nreason = "CA retired in 2027"\n'
        "expires = 2027-06-30\n"
    )
    assessment = assess(Inventory.build(["."], [finding], [], []), settings, today=TODAY)
    (verdict,) = assessment.verdicts
    assert [d.policy for d in verdict.deadlines] == ["cnsa-2.0", "uk-ncsc"]
    assert verdict.attack is not None and verdict.attack.profile == "sc_optimistic"
    assert verdict.suppressed == "CA retired in 2027"
    assert assessment.waves == ()  # a suppressed finding is in no wave
    later = assess(Inventory.build(["."], [finding], [], []), settings, today=date(2027, 7, 1))
    assert later.verdicts[0].suppressed is None
    assert later.warnings == (
        "qready.toml: suppressions[1] expired on 2027-06-30 and no longer applies"
        " (reason was: CA retired in 2027)",
    )


def test_key_exchange_on_an_endpoint_is_more_urgent_than_in_test_code() -> None:
    endpoint = _finding(Endpoint("tls", "127.0.0.1", 443), "X25519", "key-exchange")
    test_code = Finding(
        "py.cryptography.x25519", endpoint.algorithm, SourceSpan("tests/test_kex.py", 3), "X25519PrivateKey",
        function="keygen", context="test",
    )  # fmt: skip
    assessment = assess(Inventory.build(["."], [endpoint, test_code], [], []), today=TODAY)
    tiers = {v.fingerprint: v.urgency.tier for v in assessment.verdicts if v.urgency is not None}
    assert tiers[endpoint.fingerprint] == "critical"
    assert tiers[test_code.fingerprint] == "low"
    assert [(w.tier, len(w.fingerprints)) for w in assessment.waves] == [("critical", 1), ("low", 1)]


def test_quantum_resistant_findings_have_no_attack_or_replacement() -> None:
    finding = _finding(FileLocation("pki/pq.pem", 1), "ML-DSA-65", "sign")
    (verdict,) = assess(Inventory.build(["."], [finding], [], []), today=TODAY).verdicts
    assert (verdict.threat, verdict.attack, verdict.replacement, verdict.deadlines) == (
        Threat.QUANTUM_RESISTANT, None, None, ()
    )  # fmt: skip
    assert verdict.urgency is not None and verdict.urgency.tier == "not-quantum-urgent"


@pytest.mark.parametrize(
    ("count", "text"), [(897864, "900 k"), (20e6, "20 M"), (512, "510"), (1.5e9, "1.5 G")]
)
def test_quantities_have_two_significant_figures(count: float, text: str) -> None:
    assert quantity(count) == text


@pytest.mark.parametrize(("hours", "text"), [(7.3, "7.3 h"), (129.19, "5.4 days"), (24 * 800, "2.2 years")])
def test_durations(hours: float, text: str) -> None:
    assert duration(hours) == text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--policy", "nope"],
            "qready: error: --policy: unknown policy 'nope'; known: nist-ir-8547, cnsa-2.0",
        ),
        (["--profile", "nope"], "qready: error: --profile: unknown hardware profile 'nope'; known: sc_2019"),
        (
            ["--config", "/nonexistent/qready.toml"],
            "qready: error: --config /nonexistent/qready.toml: No such",
        ),
    ],
)
def test_cli_settings_errors(args: list[str], message: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "qready", "scan", str(tmp_path), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and done.stderr.startswith(message), done.stderr


def test_cli_reads_qready_toml_of_the_scanned_folder(tmp_path: Path) -> None:
    (tmp_path / "qready.toml").write_text('policy = ["bad-policy"]\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "qready", "scan", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"qready: error: {tmp_path}/qready.toml: policy 'bad-policy' is not a known policy "
        "(known: nist-ir-8547, cnsa-2.0, eu-pqc-roadmap, uk-ncsc, bsi-tr-02102-1, anssi)\n"
    )


def test_a_repository_shelf_life_rule_matches_the_scanned_folder_it_names() -> None:
    settings = parse_settings('[[shelf_life]]\nrepository = "billing"\nyears = 30\n')
    billing = Finding("x509.signature", RSA_2048_SIGN, FileLocation("billing/ca.pem", 1), "certificate CN=B")
    web = Finding("x509.signature", RSA_2048_SIGN, FileLocation("web/ca.pem", 1), "certificate CN=W")
    inventory = Inventory.build(["/srv/billing", "/srv/web"], [billing, web], [], [])
    assessment = assess(inventory, settings, today=TODAY)
    horizons = {
        f.location.path: verdict.urgency.horizon
        for f in inventory.findings
        if (verdict := assessment.verdict_for(f.fingerprint)) is not None and verdict.urgency is not None
    }
    assert horizons == {"billing/ca.pem": 2058.0, "web/ca.pem": 2033.0}
    lone = replace(billing, location=FileLocation("ca.pem", 1))
    alone = assess(Inventory.build(["/srv/billing"], [lone], [], []), settings, today=TODAY)
    assert [v.urgency.horizon for v in alone.verdicts if v.urgency is not None] == [2058.0]
