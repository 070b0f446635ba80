"""Small hand-made assessments whose every count is known: a finding per row of a spec."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qready.model import (
    Algorithm,
    Assessment,
    Finding,
    Inventory,
    Outcome,
    PolicyDeadline,
    Primitive,
    SourceSpan,
    Status,
    Threat,
    Urgency,
    Verdict,
)

RSA = Algorithm("RSA-2048", "RSA", Primitive.PKE, Threat.SHOR_BROKEN, key_size=2048)
ECDSA = Algorithm("ECDSA-P256", "ECDSA", Primitive.SIGNATURE, Threat.SHOR_BROKEN, curve="nist/P-256")
AES128 = Algorithm("AES-128-GCM", "AES", Primitive.AE, Threat.GROVER_WEAKENED, key_size=128)
MLKEM = Algorithm("ML-KEM-768", "ML-KEM", Primitive.KEM, Threat.QUANTUM_RESISTANT)


@dataclass(frozen=True)
class Spec:
    algorithm: Algorithm
    path: str
    line: int
    tier: str
    deadline: date | None = None
    suppressed: str | None = None
    evidence: str = ""


def finding(spec: Spec) -> Finding:
    evidence = spec.evidence or f"{spec.algorithm.name} at {spec.path}:{spec.line}"
    return Finding(
        rule_id=f"test.{spec.algorithm.family.lower()}",
        algorithm=spec.algorithm,
        location=SourceSpan(spec.path, spec.line),
        evidence=evidence,
    )


def verdict(spec: Spec, fingerprint: str) -> Verdict:
    deadlines = ()
    if spec.deadline is not None:
        deadline = PolicyDeadline(
            "nist-ir-8547", "NIST IR 8547", "deprecated", spec.deadline, "NIST IR 8547 ipd, Section 4 (2024)"
        )
        deadlines = (deadline,)
    return Verdict(
        fingerprint=fingerprint,
        threat=spec.algorithm.threat,
        classical_bits=spec.algorithm.classical_bits,
        nist_quantum_level=spec.algorithm.nist_quantum_level,
        replacements=spec.algorithm.replacements,
        deadlines=deadlines,
        urgency=Urgency(spec.tier, f"{spec.tier} because the test says so"),
        suppressed=spec.suppressed,
    )


def assessment(
    specs: list[Spec], targets: tuple[str, ...] = ("repo",), as_of: date | None = None
) -> Assessment:
    """An assessment of one finding per spec, its verdicts in inventory order."""
    pairs = {finding(spec).fingerprint: spec for spec in specs}
    outcomes = [Outcome(spec.path, Status.OK, detector="test") for spec in specs]
    inventory = Inventory.build(targets, [finding(s) for s in specs], [], outcomes, "2026.11.0", len(specs))
    verdicts = tuple(verdict(pairs[f.fingerprint], f.fingerprint) for f in inventory.findings)
    return Assessment(inventory, verdicts, policy="nist-ir-8547", as_of=as_of or date(2026, 6, 1))


def mixed() -> Assessment:
    """Six findings: 2 RSA (high, critical), 1 ECDSA suppressed, 1 ECDSA medium, 1 AES-128, 1 ML-KEM."""
    return assessment(
        [
            Spec(
                RSA, "src/tls.py", 10, "high", date(2030, 12, 31), evidence="rsa.generate_private_key(2048)"
            ),
            Spec(RSA, "src/legacy/sign.py", 4, "critical", date(2030, 12, 31)),
            Spec(ECDSA, "src/jwt.py", 7, "medium", date(2035, 1, 1), suppressed="vendor token, retired 2027"),
            Spec(
                ECDSA,
                "deploy/nginx.conf",
                12,
                "medium",
                date(2035, 1, 1),
                evidence="ssl_ecdh_curve prime256v1;",
            ),
            Spec(AES128, "src/crypto_box.py", 3, "not-quantum-urgent"),
            Spec(MLKEM, "src/pq.py", 9, "not-quantum-urgent"),
        ]
    )
