"""Turn an Inventory into an Assessment: a verdict for every finding."""

from __future__ import annotations

from qready.model import Algorithm, Assessment, Finding, Inventory, Verdict
from qready.runtime import collector_paused


def _verdict(finding: Finding) -> Verdict:
    algorithm: Algorithm = finding.algorithm
    return Verdict(
        fingerprint=finding.fingerprint,
        threat=algorithm.threat,
        classical_bits=algorithm.classical_bits,
        nist_quantum_level=algorithm.nist_quantum_level,
        replacements=algorithm.replacements,
    )


def assess(inventory: Inventory) -> Assessment:
    """The quantum verdict for every finding, from the catalog facts carried by its algorithm."""
    with collector_paused():
        return Assessment(inventory=inventory, verdicts=tuple(_verdict(f) for f in inventory.findings))


__all__ = ["assess"]
