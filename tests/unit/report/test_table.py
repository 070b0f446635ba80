"""The terminal table: counts by threat and urgency, each finding with its urgency and deadline year, the
attack cost of each target found, problems and the totals line."""

from __future__ import annotations

from datetime import UTC, date, datetime

from qready.assess import assess
from qready.knowledge import default_catalog
from qready.model import Endpoint, FileLocation, Finding, Inventory, Outcome, Status
from qready.report.base import ReportOptions
from qready.report.table import TableReporter

OPTIONS = ReportOptions(timestamp=datetime(2026, 11, 29, tzinfo=UTC), tool_version="0.1.0")


def _render() -> str:
    catalog = default_catalog()
    rsa = Finding("x509.signature", catalog.resolve("sha256WithRSAEncryption", size=2048),
                  FileLocation("pki/ca.pem", 1), "certificate CN=CA: signature")  # fmt: skip
    kex = Finding("net.tls.group", catalog.resolve("X25519"), Endpoint("tls", "127.0.0.1", 443),
                  "supports group x25519", function="key-exchange")  # fmt: skip
    pq = Finding("x509.public-key", catalog.resolve("ML-DSA-65"), FileLocation("pki/pq.pem", 1), "ML-DSA-65")
    outcomes = [Outcome("broken.pem", Status.FAILED, "truncated PEM", "x509")]
    inventory = Inventory.build(["."], [rsa, kex, pq], [], outcomes, "test-1", 3, 1)
    return TableReporter(width=200).render(assess(inventory, today=date(2026, 11, 29)), OPTIONS)


def test_table_sections_and_rows() -> None:
    text = _render()
    lines = [" ".join(line.replace("│", " ").split()) for line in text.splitlines()]
    assert "shor-broken 2" in lines and "quantum-resistant 1" in lines
    assert "critical 1" in lines and "high 1" in lines and "not-quantum-urgent 1" in lines
    assert (
        "pki/ca.pem:1 RSA-PKCS1-1.5-SHA-256-2048 112 shor-broken high (2031)"
        " x509.signature certificate CN=CA: signature" in lines
    )
    assert (
        "tls://127.0.0.1:443 X25519 128 shor-broken critical (2036) net.tls.group supports group x25519"
        in lines
    )
    assert (
        "pki/pq.pem:1 ML-DSA-65 192 quantum-resistant not-quantum-urgent x509.public-key ML-DSA-65" in lines
    )
    assert (
        "rsa-2048 1 Webster et al. (Iceberg Quantum) 2026 (2026-02): 100 k physical qubits"
        " qready model: 900 k physical qubits, 5.4 days"
    ) in lines
    assert (
        "ecc-256 1 Webber et al. 2022 (2022-01): 13 M physical qubits, 1 day"
        " qready model: 10 M physical qubits, 16 days (outside calibrated range)"
    ) in lines
    assert "problem: broken.pem (x509): failed: truncated PEM" in lines
    assert lines[-1] == (
        "3 files scanned, 1 endpoint probed, 3 findings, 0 assets, 1 problems (catalog test-1, qready 0.1.0)"
    )
