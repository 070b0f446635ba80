"""Turn an Inventory into an Assessment: a verdict for every finding."""

from __future__ import annotations

from qready.model import Algorithm, Assessment, Finding, Inventory, Threat, Verdict

_RATIONALE = {
    Threat.SHOR_BROKEN: "Shor's algorithm breaks {name} in polynomial time on a large quantum computer.",
    Threat.GROVER_WEAKENED: "Grover's algorithm at most halves the effective strength of {name}.",
    Threat.QUANTUM_RESISTANT: "{name} has no known quantum attack better than generic search.",
    Threat.NOT_APPLICABLE: "{name} is not a cryptographic strength parameter.",
}


def _verdict(finding: Finding) -> Verdict:
    algorithm: Algorithm = finding.algorithm
    return Verdict(
        fingerprint=finding.fingerprint,
        threat=algorithm.threat,
        classical_bits=algorithm.classical_bits,
        nist_quantum_level=algorithm.nist_quantum_level,
        replacements=algorithm.replacements,
        rationale=_RATIONALE[algorithm.threat].format(name=algorithm.name),
    )


def assess(inventory: Inventory) -> Assessment:
    """The quantum verdict for every finding, from the catalog facts carried by its algorithm."""
    return Assessment(inventory=inventory, verdicts=tuple(_verdict(f) for f in inventory.findings))


__all__ = ["assess"]
