"""The readiness score: how far an estate is from needing no quantum migration, from 0 % to 100 %.

Every finding that is not suppressed earns a credit by its urgency tier: 1 when it needs no quantum
migration (quantum-resistant, not applicable, or not quantum-urgent like AES-128), 0.75 when low, 0.5
medium, 0.25 high and 0 critical. The score is the mean credit. A Shor-broken finding without an urgency
(a verdict made without one) counts as critical, anything else without one as not urgent. Suppressed
findings (accepted by the user, with a reason) are left out; no finding at all scores 100 %.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from qready.model import Assessment, Finding, Threat, Verdict

TIERS = ("critical", "high", "medium", "low", "not-quantum-urgent")  # most urgent first
TIER_CREDIT = {"critical": 0.0, "high": 0.25, "medium": 0.5, "low": 0.75, "not-quantum-urgent": 1.0}


@dataclass(frozen=True)
class Readiness:
    """`score` in [0, 1]; `by_tier` counts the findings that were scored, most urgent tier first."""

    score: float
    scored: int
    suppressed: int
    by_tier: tuple[tuple[str, int], ...]


def tier_rank(tier: str) -> int:
    """0 for critical ... 4 for not-quantum-urgent, 5 for anything else (unknown, suppressed)."""
    return TIERS.index(tier) if tier in TIERS else len(TIERS)


def most_urgent(tiers: Collection[str]) -> str | None:
    """The most urgent tier among `tiers` (None when none is a tier)."""
    return next((tier for tier in TIERS if tier in tiers), None)


def scored_tier(finding: Finding, verdict: Verdict | None) -> str:
    """The tier a finding is scored at (its urgency tier; see the module docstring when it has none)."""
    if verdict is not None and verdict.urgency is not None and verdict.urgency.tier in TIER_CREDIT:
        return verdict.urgency.tier
    return "critical" if finding.algorithm.threat is Threat.SHOR_BROKEN else "not-quantum-urgent"


def readiness(assessment: Assessment) -> Readiness:
    """The readiness score of an assessment (module docstring: how it is computed)."""
    tiers: Counter[str] = Counter()
    suppressed = 0
    for finding in assessment.inventory.findings:
        verdict = assessment.verdict_for(finding.fingerprint)
        if verdict is not None and verdict.suppressed is not None:
            suppressed += 1
            continue
        tiers[scored_tier(finding, verdict)] += 1
    scored = sum(tiers.values())
    credit = sum(TIER_CREDIT[tier] * count for tier, count in tiers.items())
    return Readiness(
        score=credit / scored if scored else 1.0,
        scored=scored,
        suppressed=suppressed,
        by_tier=tuple((tier, tiers[tier]) for tier in TIERS if tiers[tier]),
    )
