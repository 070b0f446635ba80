"""The assessment: an inventory plus a verdict for every finding."""

from __future__ import annotations

from dataclasses import dataclass

from qready.model.algorithm import Threat
from qready.model.inventory import Inventory


@dataclass(frozen=True)
class Verdict:
    """What qready concludes about one finding (keyed by the finding's fingerprint)."""

    fingerprint: str
    threat: Threat
    classical_bits: int | None
    nist_quantum_level: int | None
    replacements: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    inventory: Inventory
    verdicts: tuple[Verdict, ...]
    policy: str = "default"

    def verdict_for(self, fingerprint: str) -> Verdict | None:
        return next((v for v in self.verdicts if v.fingerprint == fingerprint), None)
