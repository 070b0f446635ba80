"""The assessment: an inventory plus a verdict for every finding (threat, attack cost, deadlines, urgency,
replacement), and the migration plan that groups the findings into waves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qready.model.algorithm import Threat
from qready.model.finding import Finding
from qready.model.inventory import Inventory
from qready.runtime import cached_property


@dataclass(frozen=True)
class PolicyDeadline:
    """One policy's earliest milestone for a finding: what it requires, from when, and who says so."""

    policy: str  # policy id (nist-ir-8547, cnsa-2.0, ...)
    policy_name: str
    requirement: str  # deprecated, disallowed, prefer, exclusive, start, hybrid, migrate
    effective: date  # the first day the requirement applies
    source: str  # document, section or table, year
    text: str = ""  # the source's own words


@dataclass(frozen=True)
class Estimate:
    """One row of the attack-cost frontier, as published (or as the model computes it)."""

    citation: str
    as_of: str
    tag: str  # primary, secondary, model
    physical_qubits: float | None = None
    expected_hours: float | None = None
    log2_gates: float | None = None  # Grover rows: log2 of the gate count under a depth limit
    time_text: str | None = None  # the runtime as published ("8 hours", "about a week")


@dataclass(frozen=True)
class AttackCost:
    """What breaking an algorithm would take: the cheapest published estimate and the model's figure."""

    target: str  # rsa-2048, ecc-256, dlog-3072, aes-128
    profile: str  # hardware profile of the model figure
    cheapest: Estimate | None
    model: Estimate | None
    extrapolated: bool = False  # the model is outside its calibrated range


@dataclass(frozen=True)
class Urgency:
    """Mosca urgency: the tier and why, in words."""

    tier: str  # critical, high, medium, low, not-quantum-urgent
    rationale: str
    horizon: float | None = None  # year by which the data must still be safe (today + shelf life + migration)
    probability: tuple[float, float] | None = None  # chance of a CRQC by `horizon` (pessimistic, optimistic)
    harvest_now: bool = False  # exposed today to harvest-now-decrypt-later


@dataclass(frozen=True)
class Replacement:
    """What to move to, in the finding's own stack, and what must happen first."""

    action: str  # "Groups = X25519MLKEM768:X25519 (OpenSSL >= 3.5)"
    source: str
    prerequisite: str | None = None  # "upgrade cryptography to 47.0 first"


@dataclass(frozen=True)
class Verdict:
    """What qready concludes about one finding (keyed by the finding's fingerprint)."""

    fingerprint: str
    threat: Threat
    classical_bits: int | None
    nist_quantum_level: int | None
    replacements: tuple[str, ...]
    deadlines: tuple[PolicyDeadline, ...] = ()
    attack: AttackCost | None = None
    urgency: Urgency | None = None
    replacement: Replacement | None = None
    suppressed: str | None = None  # the suppression's reason, when the user accepted this finding

    @property
    def tier(self) -> str | None:
        """The urgency tier, when the finding was judged."""
        return self.urgency.tier if self.urgency is not None else None

    @property
    def earliest(self) -> PolicyDeadline | None:
        return min(self.deadlines, key=lambda d: d.effective, default=None)


@dataclass(frozen=True)
class Wave:
    """One step of the migration plan: findings of one urgency tier, in the order to tackle them."""

    name: str
    tier: str
    rationale: str
    fingerprints: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    """The CI gate's view: this scan against a baseline (a previous qready JSON or CBOM), by fingerprint."""

    baseline: str  # the baseline file as given
    new: tuple[str, ...]  # fingerprints of findings absent from the baseline
    unchanged: tuple[str, ...]
    fixed: tuple[Finding, ...]  # findings of the baseline that this scan no longer has

    @cached_property
    def _new(self) -> frozenset[str]:
        return frozenset(self.new)

    def status(self, fingerprint: str) -> str:
        """new or unchanged (a finding of this scan)."""
        return "new" if fingerprint in self._new else "unchanged"


@dataclass(frozen=True)
class Assessment:
    inventory: Inventory
    verdicts: tuple[Verdict, ...]
    policy: str = "default"  # the selected policies, comma-separated
    as_of: date | None = None  # the day urgency and deadlines were judged on
    profile: str = "sc_2019"  # hardware profile of the attack-cost model
    waves: tuple[Wave, ...] = ()
    warnings: tuple[str, ...] = ()  # configuration warnings (an expired suppression)
    comparison: Comparison | None = None  # set by --baseline

    @cached_property
    def _by_fingerprint(self) -> dict[str, Verdict]:
        return {v.fingerprint: v for v in self.verdicts}

    def verdict_for(self, fingerprint: str) -> Verdict | None:
        return self._by_fingerprint.get(fingerprint)
