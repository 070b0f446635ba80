"""`qready plan` on the sample estate as a user runs it: the library upgrade first, waves by urgency and
effort, each finding's replacement in its own stack (sshd_config, openssl.cnf, requirements.txt, tokens.py),
JSON and text output, a probed endpoint, `scan --format plan`, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.network.servers.openssl_server import tls_server

from qready.cli import main

ESTATE = Path(__file__).parents[2] / "examples" / "estate"
DAY = "2026-11-29"
UPGRADE = "upgrade cryptography from 42.0.8 to 48.0.0 first (app/requirements.txt:2)"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    captured = capsys.readouterr()
    code = stop.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


def test_markdown_plan_of_the_estate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "plan", str(ESTATE), "--as-of", DAY, "--format", "markdown")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:7] == [
        "# Migration plan",
        "",
        "Judged on 2026-11-29 under nist-ir-8547: 93 of 122 findings in 5 waves; 29 not in the plan "
        "(29 quantum-resistant or not quantum-urgent, 0 suppressed).",
        "",
        "## Upgrade first",
        "",
        f"- {UPGRADE}: 8 findings wait on it",
    ]
    assert [line for line in lines if line.startswith("## Wave")] == [
        "## Wave 1: high, configuration changes",
        "## Wave 2: high, code changes",
        "## Wave 3: high, keys and certificates",
        "## Wave 4: high, waiting on the platform",
        "## Wave 5: medium, keys and certificates",
    ]
    expected = [
        "| `etc/ssl/openssl.cnf:12 [[system_default_sect] / Groups]` | FFDH-ffdhe2048, ECDH-P-256, X25519 | "
        "2031-01-01 (NIST IR 8547: deprecated) | already offers X25519MLKEM768; drop the classical-only "
        "entries "
        "when clients allow: Groups = X25519MLKEM768:X25519 (OpenSSL >= 3.5); TLS 1.2 has no post-quantum "
        "key "
        "exchange, so prefer MinProtocol = TLSv1.3 where clients allow [1] |",
        "| `ssh/sshd_config:4 [KexAlgorithms]` | FFDH-modp2048, X25519 | 2031-01-01 (NIST IR 8547: "
        "deprecated) | "
        "already offers mlkem768x25519-sha256, sntrup761x25519-sha512; drop the classical-only entries when "
        "clients allow: KexAlgorithms "
        "mlkem768x25519-sha256,sntrup761x25519-sha512@openssh.com,curve25519-sha256 "
        "(OpenSSH >= 9.9; the default from 10.0) [2] |",
        "| `app/src/tokens.py:15` | RSA-PKCS1-1.5-SHA-256 | 2036-01-01 (NIST IR 8547: disallowed) | "
        f"{UPGRADE}; then mldsa.MLDSA65PrivateKey.generate() and .sign(data) (cryptography >= 48.0.0) [5] |",
        "| `app/src/tokens.py:20` | RSA-OAEP | 2036-01-01 (NIST IR 8547: disallowed) | "
        f"{UPGRADE}; then wrap the data key with ML-KEM-768 (mlkem.MLKEM768PublicKey.encapsulate()) and "
        "AES-256-GCM instead of RSA-OAEP (cryptography >= 48.0.0) [5] |",
        "| `ssh/sshd_config:5 [HostKeyAlgorithms]` | Ed25519, RSA-PKCS1-1.5-SHA-512 | 2036-01-01 (NIST IR "
        "8547: "
        "disallowed) | no post-quantum SSH key type in OpenSSH yet: keep Ed25519 keys, rotate them, and "
        "make the "
        "key exchange hybrid (mlkem768x25519-sha256) [11] |",
    ]
    for line in expected:
        assert line in lines, line
    wave = {line: n for n, line in enumerate(lines) if line.startswith("## ")}
    assert (
        wave["## Wave 1: high, configuration changes"]
        < lines.index(expected[1])
        < wave["## Wave 2: high, code changes"]
    )
    assert "5. pyca/cryptography documentation (mlkem, mldsa) and changelog 47.0.0 / 48.0.0: " in out


def test_json_plan_of_the_estate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", str(ESTATE), "--as-of", DAY, "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert (document["findings"], document["planned"], document["prerequisites"]) == (
        122,
        93,
        [{"action": UPGRADE, "findings": 8}],
    )
    items = [item for wave in document["waves"] for item in wave["findings"]]
    oaep = [item for item in items if item["path"] == "app/src/tokens.py" and item["line"] == 20]
    assert [
        (i["rule"], i["algorithm"], i["tier"], i["earliest_deadline"]["date"], i["prerequisite"])
        for i in oaep
    ] == [("py.cryptography.oaep", "RSA-OAEP", "high", "2036-01-01", UPGRADE)]


def test_policy_flag_changes_the_deadlines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", str(ESTATE), "--as-of", DAY, "--format", "json", "--policy", "uk")
    assert code == 0
    document = json.loads(out)
    assert document["policy"] == "uk-ncsc"
    policies = {
        i["earliest_deadline"]["policy"]
        for w in document["waves"]
        for i in w["findings"]
        if i["earliest_deadline"]
    }
    assert policies == {"uk-ncsc"}


def test_text_plan_and_a_probed_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    with tls_server("X25519:P-256", cert="rsa") as (host, port, _):
        code, out, _ = run(
            capsys, "plan", str(ESTATE / "etc" / "ssl"), "--host", f"{host}:{port}", "--as-of", DAY,
            "--timeout", "2", "--width", "400",
        )  # fmt: skip
    assert code == 0
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0] == "Migration plan"
    assert [line for line in lines if line.startswith("wave ")] == [
        "wave 1: critical, configuration changes",
        "wave 2: critical, keys and certificates",
        "wave 3: high, configuration changes",
        "wave 4: high, keys and certificates",
    ]
    endpoint = next(line for line in lines if f"tls://127.0.0.1:{port}" in line and "X25519" in line)
    cells = [cell.strip() for cell in endpoint.split("│")[1:-1]]
    assert cells[0] == f"tls://127.0.0.1:{port}"
    assert cells[3] == (
        "offer X25519MLKEM768 on this endpoint: on by default in OpenSSL >= 3.5 (Groups = "
        "X25519MLKEM768:X25519), "
        "Go >= 1.24 and Node >= 24.5 [1]"
    )


def test_scan_writes_the_plan_with_out(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "scan", str(ESTATE), "--format", "plan", "--out", str(tmp_path), "--quiet")
    assert code == 0, err
    written = (tmp_path / "qready-plan.md").read_text(encoding="utf-8").splitlines()
    assert written[0] == "# Migration plan"
    assert f"- {UPGRADE}: 8 findings wait on it" in written


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan"], "qready: error: plan: name at least one path, or a host with --host/--targets"),
        (
            ["plan", str(ESTATE), "--as-of", "tomorrow"],
            "qready: error: --as-of: 'tomorrow' is not a date (YYYY-MM-DD)",
        ),
        (
            ["plan", str(ESTATE), "--policy", "moon"],
            "qready: error: --policy: unknown policy 'moon'; known: ",
        ),
    ],
)
def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1, err
